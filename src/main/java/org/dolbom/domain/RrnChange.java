package org.dolbom.domain;

/** What a save does to the stored RRN: keep it, remove it, or replace it with a newly entered one. */
public sealed interface RrnChange {

    record Keep() implements RrnChange {
    }

    record Clear() implements RrnChange {
    }

    record Set(Rrn rrn) implements RrnChange {
    }

    static RrnChange keep() {
        return new Keep();
    }
}
