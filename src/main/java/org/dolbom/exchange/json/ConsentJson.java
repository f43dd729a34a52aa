package org.dolbom.exchange.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A consent to collection/use or to third-party provision, as exchanged. */
public record ConsentJson(String id, String origin, String rev, String prevRev, List<String> lineage, Instant createdAt,
        Instant updatedAt, boolean deleted,
        String residentId, String kind, Boolean granted, LocalDate givenOn, String note) implements ExchangeRecord {

    public ConsentJson {
        lineage = ExchangeRecord.listOrEmpty(lineage);
    }

    @Override
    public void check(RecordCheck check) {
        check.required("residentId", residentId);
        check.reference("residentId", RecordType.RESIDENTS, residentId);
        check.required("kind", kind);
        check.oneOf("kind", kind, Codes.CONSENT_KINDS);
        check.required("granted", granted);
        check.required("givenOn", givenOn);
    }
}
