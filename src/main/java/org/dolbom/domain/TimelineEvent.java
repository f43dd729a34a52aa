package org.dolbom.domain;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One line of a resident's timeline.
 *
 * @param at       when it happened, local time (midnight for events known only by date)
 * @param recordId the assessment, plan, check, visit or resident it is about
 * @param tag      the value that says most about it, labelled through {@code enum.<SimpleName>.<CONSTANT>}:
 *                 the risk level of an assessment, the plan status, the visit outcome, the closure reason;
 *                 may be {@code null}
 * @param text     what the team wrote: summary, goals, result, notes or reason; may be {@code null}
 */
public record TimelineEvent(LocalDateTime at, TimelineKind kind, UUID recordId, Enum<?> tag, String text) {
}
