package org.dolbom.domain;

import java.time.LocalDate;

/**
 * A follow-up a visit asked for: contact again by {@code dueOn}. It is done when marked done, or when the
 * resident is met again after the visit that asked for it.
 */
public record FollowUp(LocalDate dueOn, String note, LocalDate doneOn) {
}
