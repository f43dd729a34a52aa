package org.dolbom.exchange;

import java.time.Instant;
import java.util.Objects;

/**
 * What a bundle says about itself besides its records, counts and checksum. A share names its legal basis and
 * consent reference; {@code rrnIncluded} is true only for encrypted bundles that carry RRNs.
 */
public record Envelope(Instant createdAt, Origin origin, Purpose purpose, Scope scope, String legalBasis,
                       String consentReference, boolean rrnIncluded) {

    public Envelope {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(scope, "scope");
        if (purpose == Purpose.SHARE && (isBlank(legalBasis) || isBlank(consentReference))) {
            throw new IllegalArgumentException("a share names its legal basis and consent reference");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
