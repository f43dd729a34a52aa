package org.dolbom.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A follow-up asked for by the visit {@code visitId} at {@code askedAt}, due by {@code dueOn}. */
public record FollowUpFacts(UUID visitId, LocalDateTime askedAt, LocalDate dueOn, LocalDate doneOn) {
}
