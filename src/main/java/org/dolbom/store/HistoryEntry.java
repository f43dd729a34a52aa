package org.dolbom.store;

import java.time.Instant;

/** One replaced version of a record: when and why it was replaced, and its content as JSON (never a plain RRN). */
public record HistoryEntry(String recordType, String recordId, String rev, Instant replacedAt, String reason,
                           String contentJson) {
}
