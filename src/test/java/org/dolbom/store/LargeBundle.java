package org.dolbom.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.dolbom.exchange.BundleContent;
import org.dolbom.exchange.BundleWriter;
import org.dolbom.exchange.Envelope;
import org.dolbom.exchange.Origin;
import org.dolbom.exchange.Progress;
import org.dolbom.exchange.Purpose;
import org.dolbom.exchange.Scope;
import org.dolbom.exchange.Sealing;
import org.dolbom.exchange.json.ConsentJson;
import org.dolbom.exchange.json.RecordType;
import org.dolbom.exchange.json.ResidentJson;
import org.dolbom.exchange.json.VisitJson;
import org.dolbom.testing.ForAll;

/**
 * A district-sized bundle written straight from records (no sender file to fill first): residents, each with two
 * consents and a few visits, five records per resident.
 */
final class LargeBundle {

    static final int RECORDS_PER_RESIDENT = 5;

    private LargeBundle() {
    }

    /** Writes the bundle and answers how many records it holds. */
    static long write(Path target, int residents, long seed) {
        Instant at = Instant.parse("2026-11-01T00:00:00Z");
        Random random = new Random(seed);
        List<ResidentJson> people = new ArrayList<>();
        List<ConsentJson> consents = new ArrayList<>();
        List<VisitJson> visits = new ArrayList<>();
        for (int i = 0; i < residents; i++) {
            String id = new UUID(random.nextLong(), random.nextLong()).toString();
            people.add(new ResidentJson(id, "A1", "rev-" + id, null, List.of(), at, at, false,
                    ForAll.hangul(random, 3), LocalDate.of(1930 + random.nextInt(40), 1 + random.nextInt(12), 1),
                    random.nextBoolean() ? "M" : "F", null, null, "010" + (10_000_000 + random.nextInt(89_999_999)),
                    null, "경기도 양평군 양평읍 양근리 " + i, null, null, null, null, "ALONE", List.of(), "LOW",
                    "ACTIVE", null, null, null, null, null, null, null, null));
            for (String kind : List.of("COLLECTION_USE", "THIRD_PARTY")) {
                String consentId = new UUID(random.nextLong(), random.nextLong()).toString();
                consents.add(new ConsentJson(consentId, "A1", "rev-" + consentId, null, List.of(), at, at, false, id,
                        kind, true, LocalDate.of(2026, 1, 2), null));
            }
            for (int v = 0; v < RECORDS_PER_RESIDENT - 3; v++) {
                String visitId = new UUID(random.nextLong(), random.nextLong()).toString();
                visits.add(new VisitJson(visitId, "A1", "rev-" + visitId, null, List.of(), at, at, false, id, null,
                        "2026-10-" + (10 + v) + "T10:00", "HOME", "MET", "안부 확인, 식사 잘 하심", null, null, null,
                        "2026-10-" + (10 + v) + "T11:00:00Z", 1, List.of()));
            }
        }
        return new BundleWriter().write(target, new Envelope(at, new Origin("A1", "행복동"), Purpose.BACKUP,
                        Scope.all(null), null, null, false),
                new BundleContent().add(RecordType.RESIDENTS, people).add(RecordType.CONSENTS, consents)
                        .add(RecordType.VISITS, visits),
                Sealing.none(), Progress.NONE, () -> false).totalRecords();
    }
}
