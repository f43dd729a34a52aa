package org.dolbom.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.dolbom.exchange.json.AreaJson;
import org.dolbom.exchange.json.AssessmentDomainJson;
import org.dolbom.exchange.json.AssessmentJson;
import org.dolbom.exchange.json.ConsentJson;
import org.dolbom.exchange.json.ExchangeRecord;
import org.dolbom.exchange.json.HouseholdJson;
import org.dolbom.exchange.json.PlanCheckJson;
import org.dolbom.exchange.json.PlanJson;
import org.dolbom.exchange.json.PlannedServiceJson;
import org.dolbom.exchange.json.ProviderJson;
import org.dolbom.exchange.json.RecordType;
import org.dolbom.exchange.json.ResidentJson;
import org.dolbom.exchange.json.ScheduleEntryJson;
import org.dolbom.exchange.json.ServiceJson;
import org.dolbom.exchange.json.StaffJson;
import org.dolbom.exchange.json.TombstoneJson;
import org.dolbom.exchange.json.VisitJson;
import org.dolbom.exchange.json.VisitServiceJson;
import org.dolbom.exchange.json.VitalsJson;
import org.dolbom.testing.ForAll;

/** A small township's case file as bundle records: one of every kind, all references resolved. */
final class SampleRecords {

    static final Instant AT = Instant.parse("2026-11-20T01:02:03Z");
    static final Envelope ENVELOPE = new Envelope(AT, new Origin("4711025", "행복동"), Purpose.SHARE,
            Scope.all("시군구 통합돌봄 공유"), "돌봄통합지원법 제00조", "동의서 2026-118", false);
    static final Envelope ENVELOPE_WITH_RRN = new Envelope(AT, new Origin("4711025", "행복동"), Purpose.TRANSFER,
            Scope.residents(List.of("resident-1"), "전출"), null, null, true);

    private SampleRecords() {
    }

    /** One record of every kind, the resident with a plain RRN only when asked. */
    static Map<RecordType, List<ExchangeRecord>> township(boolean withRrn) {
        Map<RecordType, List<ExchangeRecord>> records = new EnumMap<>(RecordType.class);
        records.put(RecordType.STAFF, List.of(new StaffJson("staff-1", "4711025", rev("s1"), null, List.of(), AT, AT,
                false, "박간호", "VISITING_NURSE", "010-2222-3333", true, 6)));
        records.put(RecordType.AREAS, List.of(new AreaJson("area-1", "4711025", rev("a1"), null, List.of(), AT, AT,
                false, "행복동", "3통", "TONG", "staff-1")));
        records.put(RecordType.HOUSEHOLDS, List.of(new HouseholdJson("household-1", "4711025", rev("h1"), null,
                List.of(), AT, AT, false, "area-1", "행복로 12", "101호", null)));
        records.put(RecordType.RESIDENTS, List.of(resident("resident-1", "김민수", withRrn ? "500101-1234567" : null)));
        records.put(RecordType.CONSENTS, List.of(new ConsentJson("consent-1", "4711025", rev("c1"), null, List.of(),
                AT, AT, false, "resident-1", "THIRD_PARTY", true, LocalDate.of(2026, 1, 5), null)));
        records.put(RecordType.ASSESSMENTS, List.of(new AssessmentJson("assessment-1", "4711025", rev("as1"), null,
                List.of(), AT, AT, false, "resident-1", LocalDate.of(2026, 2, 1), "staff-1", "혼자 거동 어려움",
                "HIGH", List.of(new AssessmentDomainJson("MEALS", 2, "결식"),
                        new AssessmentDomainJson("HEALTH_ADL", 3, null)))));
        records.put(RecordType.PLANS, List.of(new PlanJson("plan-1", "4711025", rev("p1"), rev("p0"),
                List.of(rev("p0")), AT, AT, false, "resident-1", "assessment-1", LocalDate.of(2026, 2, 10),
                LocalDate.of(2026, 2, 10), null, "식사 지원", "WEEKLY", LocalDate.of(2026, 5, 10), "ACTIVE", null,
                null, "staff-1")));
        records.put(RecordType.PLANNED_SERVICES, List.of(new PlannedServiceJson("ps-1", "4711025", rev("ps1"), null,
                List.of(), AT, AT, false, "plan-1", "service-1", "provider-1", "도시락", "배달", "주 2회", null, null)));
        records.put(RecordType.PLAN_CHECKS, List.of(new PlanCheckJson("check-1", "4711025", rev("k1"), null,
                List.of(), AT, AT, false, "plan-1", LocalDate.of(2026, 5, 1), "staff-1", "유지", null)));
        records.put(RecordType.SERVICES, List.of(new ServiceJson("service-1", "4711025", rev("sv1"), null, List.of(),
                AT, AT, false, "MEAL-01", "도시락 배달", "MEALS", false)));
        records.put(RecordType.PROVIDERS, List.of(new ProviderJson("provider-1", "4711025", rev("pr1"), null,
                List.of(), AT, AT, false, "행복종합사회복지관", "WELFARE_CENTRE", "054-123-4567")));
        records.put(RecordType.VISITS, List.of(new VisitJson("visit-1", "4711025", rev("v1"), null, List.of(), AT, AT,
                false, "resident-1", "staff-1", "2026-11-19T05:00:00Z", "HOME", "MET", "식사 잘 하심",
                LocalDate.of(2026, 11, 26), "약 확인", null, null, 1, List.of(new VisitServiceJson("service-1", 2)))));
        records.put(RecordType.VITALS, List.of(new VitalsJson("vitals-1", "4711025", rev("vt1"), null, List.of(), AT,
                AT, false, "visit-1", 132, 85, 110, true, 58.5)));
        records.put(RecordType.SCHEDULE_ENTRIES, List.of(new ScheduleEntryJson("entry-1", "4711025", rev("e1"), null,
                List.of(), AT, AT, false, LocalDate.of(2026, 11, 26), "10:00", "staff-1", "resident-1", "안부 확인",
                "PLANNED", null, List.of("FOLLOW_UP", "VISIT_FREQUENCY"), 2)));
        records.put(RecordType.TOMBSTONES, List.of(new TombstoneJson("residents", "resident-0", "4711025", rev("t1"),
                rev("t0"), List.of(rev("t0")), AT, AT, true)));
        return records;
    }

    static ResidentJson resident(String id, String name, String rrn) {
        return new ResidentJson(id, "4711025", rev(id), null, List.of(), AT, AT, false, name,
                LocalDate.of(1950, 1, 1), "M", rrn, "500101-1******", "010-1234-5678", null, "행복로 12", "101호",
                "area-1", "household-1", "staff-1", "ALONE", List.of("DISABILITY", "BASIC_LIVELIHOOD"), "HIGH",
                "ACTIVE", null, null, null, LocalDate.of(2026, 1, 5), "김영희", "딸", "010-9999-8888",
                "무릎 수술 후 거동 불편");
    }

    /** Many residents with random Hangul names and random ids, for ordering and size checks. */
    static List<ExchangeRecord> residents(Random random, int count) {
        List<ExchangeRecord> residents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            residents.add(resident("r-" + Long.toHexString(random.nextLong()) + "-" + i,
                    ForAll.hangul(random, 2 + random.nextInt(3)), null));
        }
        return residents;
    }

    static BundleContent content(Map<RecordType, List<ExchangeRecord>> records) {
        BundleContent content = new BundleContent();
        records.forEach(content::add);
        return content;
    }

    /** A stand-in rev: any stable text does for the format; the store uses content hashes. */
    static String rev(String seed) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(seed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
