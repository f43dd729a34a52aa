package org.dolbom.exchange;

import java.util.Set;

/**
 * Where a record stands in the receiving database: its current rev and every rev it had before (its history),
 * or absent.
 */
public record LocalVersion(String currentRev, Set<String> history) {

    private static final LocalVersion ABSENT = new LocalVersion(null, Set.of());

    public LocalVersion {
        history = Set.copyOf(history);
    }

    public static LocalVersion absent() {
        return ABSENT;
    }

    public static LocalVersion of(String currentRev, Set<String> history) {
        if (currentRev == null) {
            throw new IllegalArgumentException("a present record has a rev");
        }
        return new LocalVersion(currentRev, history);
    }

    public boolean isAbsent() {
        return currentRev == null;
    }

    /** Whether this record ever had that rev, now or before. */
    public boolean knows(String rev) {
        return rev.equals(currentRev) || history.contains(rev);
    }
}
