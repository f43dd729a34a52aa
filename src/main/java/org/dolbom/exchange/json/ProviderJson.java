package org.dolbom.exchange.json;

import java.time.Instant;
import java.util.List;

/** A provider institution, as exchanged. */
public record ProviderJson(String id, String origin, String rev, String prevRev, List<String> lineage, Instant createdAt,
        Instant updatedAt, boolean deleted,
        String name, String kind, String phone) implements ExchangeRecord {

    public ProviderJson {
        lineage = ExchangeRecord.listOrEmpty(lineage);
    }

    @Override
    public void check(RecordCheck check) {
        check.required("name", name);
        check.required("kind", kind);
    }
}
