package org.dolbom.store;

import java.time.Instant;

/**
 * One line of the sharing ledger. {@code counterpart} is the other office when known; {@code acknowledgedAt} is set
 * on a sent bundle once its receipt came back.
 */
public record LedgerEntry(Direction direction, Instant at, String counterpart, String purpose, String legalBasis,
                          String consentReference, String bundleSha256, long recordCount, Instant acknowledgedAt) {

    public enum Direction {
        SENT, RECEIVED
    }
}
