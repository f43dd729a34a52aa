package org.dolbom.exchange.json;

import java.time.Instant;
import java.util.List;

/** A household (세대), as exchanged. */
public record HouseholdJson(String id, String origin, String rev, String prevRev, List<String> lineage, Instant createdAt,
        Instant updatedAt, boolean deleted,
        String areaId, String roadAddress, String addressDetail, String note) implements ExchangeRecord {

    public HouseholdJson {
        lineage = ExchangeRecord.listOrEmpty(lineage);
    }

    @Override
    public void check(RecordCheck check) {
        check.required("roadAddress", roadAddress);
        check.reference("areaId", RecordType.AREAS, areaId);
    }
}
