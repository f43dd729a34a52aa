package org.dolbom.exchange.json;

import java.time.Instant;
import java.util.List;

/** A catalogue service, as exchanged. */
public record ServiceJson(String id, String origin, String rev, String prevRev, List<String> lineage, Instant createdAt,
        Instant updatedAt, boolean deleted,
        String code, String name, String domain, Boolean retired) implements ExchangeRecord {

    public ServiceJson {
        lineage = ExchangeRecord.listOrEmpty(lineage);
    }

    @Override
    public void check(RecordCheck check) {
        check.required("code", code);
        check.required("name", name);
        check.required("domain", domain);
        check.oneOf("domain", domain, Codes.SERVICE_DOMAINS);
        check.required("retired", retired);
    }
}
