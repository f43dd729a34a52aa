package org.dolbom.exchange;

/** Told how far a long read or write has come; {@code total} is -1 when not known in advance. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    void advanced(long done, long total);
}
