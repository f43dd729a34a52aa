package org.dolbom.exchange.json;

import java.time.Instant;
import java.util.List;

/**
 * What every record in a bundle carries besides its own fields. {@code lineage} lists earlier revs, most recent
 * first (so {@code lineage[0]} is {@code prevRev}); it is bounded, so an old ancestor may be missing.
 */
public interface ExchangeRecord {

    String id();

    String origin();

    String rev();

    String prevRev();

    List<String> lineage();

    Instant createdAt();

    Instant updatedAt();

    boolean deleted();

    /** Reports the record's own required fields, codes and references. */
    void check(RecordCheck check);

    /** An empty list for null, and an unmodifiable copy otherwise. */
    static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
