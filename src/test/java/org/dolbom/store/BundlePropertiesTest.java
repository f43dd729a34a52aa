package org.dolbom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.dolbom.app.AppContext;
import org.dolbom.domain.CareDomain;
import org.dolbom.domain.Consent;
import org.dolbom.domain.ConsentKind;
import org.dolbom.domain.DueReason;
import org.dolbom.domain.EmergencyContact;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.PlanStatus;
import org.dolbom.domain.PlannedService;
import org.dolbom.domain.Provider;
import org.dolbom.domain.ProviderKind;
import org.dolbom.domain.Resident;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.ScheduleStatus;
import org.dolbom.domain.ServiceEntry;
import org.dolbom.domain.Sex;
import org.dolbom.domain.SupportPlan;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitFrequency;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.domain.Vitals;
import org.dolbom.exchange.BundleRefusal;
import org.dolbom.exchange.MergeClass;
import org.dolbom.exchange.Progress;
import org.dolbom.exchange.Purpose;
import org.dolbom.exchange.Scope;
import org.dolbom.exchange.Sealing;
import org.dolbom.exchange.json.RecordType;
import org.dolbom.testing.ForAll;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules a bundle keeps whatever the case file holds, tried on random case files of two offices: what goes out
 * comes back the same, a second import changes nothing, a damaged file changes nothing, a deletion reaches the
 * other office, and settling a conflict either way loses no field.
 */
class BundlePropertiesTest {

    private static final LocalDate EVER = LocalDate.of(2000, 1, 1);
    private static final LocalDate NEVER = LocalDate.of(2100, 1, 1);
    /** The lowest iteration count a reader accepts, so each refused try stays quick. */
    private static final int QUICK_ITERATIONS = 100_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void whatOneOfficeSendsAnotherSendsOnUnchanged() {
        ForAll.check(ForAll.SEED, 5, random -> random.nextLong(), seed -> {
            Path here = folder(dir, "roundtrip" + Long.toHexString(seed));
            try (AppContext a = Offices.open(folder(here, "a"), "4183025000", "양평읍");
                 AppContext b = Offices.open(folder(here, "b"), "4183032000", "용문면")) {
                RandomOffice.fill(a, seed, 1, 6);
                BundleExport.Result first = Offices.exportAll(a, here.resolve("a.dolbom.json"));
                ImportPreview imported = Offices.importFile(b, here.resolve("a.dolbom.json"));
                BundleExport.Result again = Offices.exportAll(b, here.resolve("b.dolbom.json"));

                assertThat(imported.count(MergeClass.NEW)).isEqualTo(first.bundle().totalRecords());
                assertThat(again.bundle().counts()).isEqualTo(first.bundle().counts());
                assertThat(again.bundle().sha256()).isEqualTo(first.bundle().sha256());
                // What a team leader sees of the week, reasons and visiting order included.
                assertThat(b.schedule().between(EVER, NEVER)).isEqualTo(a.schedule().between(EVER, NEVER));

                // Sent back, the same records change nothing at the office they came from.
                String before = Offices.caseHash(a);
                ImportPreview echo = Offices.importFile(a, here.resolve("b.dolbom.json"));
                assertThat(echo.summary()).startsWith("new=0 updated=0 ").endsWith("conflicts=0 refused=0");
                assertThat(Offices.caseHash(a)).isEqualTo(before);
            }
        });
    }

    @Test
    void importingTheSameBundleTwiceChangesNothing() {
        ForAll.check(ForAll.SEED + 1, 4, random -> random.nextLong(), seed -> {
            Path here = folder(dir, "twice" + Long.toHexString(seed));
            try (AppContext a = Offices.open(folder(here, "a"), "4183025000", "양평읍");
                 AppContext b = Offices.open(folder(here, "b"), "4183032000", "용문면")) {
                RandomOffice.fill(a, seed, 1, 5);
                RandomOffice.fill(b, ~seed, 1, 3);
                Path bundle = here.resolve("a.dolbom.json");
                Offices.exportAll(a, bundle);
                Offices.importFile(b, bundle);
                String before = Offices.contentHash(b);
                Map<String, Long> rows = rowCounts(b);

                ImportPreview second = Offices.importFile(b, bundle);

                assertThat(Offices.contentHash(b)).isEqualTo(before);
                assertThat(rowCounts(b)).isEqualTo(rows);
                assertThat(second.summary()).startsWith("new=0 updated=0 ").endsWith("conflicts=0 refused=0");
                assertThat(b.ledger().entries()).hasSize(1);
            }
        });
    }

    @Test
    void anySingleChangedByteOfAPlainBundleIsRefusedAndChangesNothing() throws IOException {
        try (AppContext a = Offices.open(folder(dir, "a"), "4183025000", "양평읍");
             AppContext b = Offices.open(folder(dir, "b"), "4183032000", "용문면")) {
            RandomOffice.fill(a, 11, 2, 4);
            RandomOffice.fill(b, 12, 1, 2);
            Path bundle = dir.resolve("a.dolbom.json");
            Offices.exportAll(a, bundle);
            assertChangedBytesRefused(b, bundle, 100, () -> null);
        }
    }

    @Test
    void anySingleChangedByteOfAnEncryptedBundleIsRefusedAndChangesNothing() throws IOException {
        char[] passphrase = "봄바람 불던 2026년 가을".toCharArray();
        try (AppContext a = Offices.open(folder(dir, "a"), "4183025000", "양평읍");
             AppContext b = Offices.open(folder(dir, "b"), "4183032000", "용문면")) {
            RandomOffice.fill(a, 13, 1, 4);
            RandomOffice.fill(b, 14, 1, 2);
            Path bundle = dir.resolve("a.dolbom");
            a.bundleExport().export(new BundleExport.Request(Scope.all(null), Purpose.SHARE, "돌봄통합지원법",
                    "동의서 2026-118", Sealing.withPassphrase(passphrase.clone(), QUICK_ITERATIONS)), bundle,
                    Offices.LEADER, Progress.NONE, () -> false);
            assertChangedBytesRefused(b, bundle, 40, passphrase::clone);
        }
    }

    /** One byte of a file set to another value. */
    private record ByteChange(int offset, int value) {
    }

    /**
     * Changes one byte at a random offset to another value, many times over; each must be refused. Half the tries
     * hit the envelope of a plain file (everything around {@code records}), and half put a digit for a digit or a
     * letter for a letter, so that many changed files still parse and the checksums, not the parser, must notice.
     */
    private void assertChangedBytesRefused(AppContext into, Path bundle, int tries,
                                           Supplier<char[]> passphrase) throws IOException {
        byte[] whole = Files.readAllBytes(bundle);
        String text = new String(whole, StandardCharsets.ISO_8859_1);
        int recordsStart = text.indexOf("\"records\":");
        int recordsEnd = text.indexOf(",\"counts\":");
        boolean plain = recordsStart > 0 && recordsEnd > recordsStart;
        String before = Offices.contentHash(into);
        Path changed = dir.resolve("changed-" + bundle.getFileName());
        ForAll.check(ForAll.SEED, tries, random -> {
            int offset = random.nextInt(whole.length);
            if (plain && random.nextBoolean()) {
                int envelope = random.nextInt(recordsStart + whole.length - recordsEnd);
                offset = envelope < recordsStart ? envelope : recordsEnd + envelope - recordsStart;
            }
            int original = whole[offset] & 0xFF;
            int value = (original + 1 + random.nextInt(255)) & 0xFF;
            if (random.nextBoolean() && Character.isLetterOrDigit(original)) {
                String alike = Character.isDigit(original) ? "0123456789"
                        : Character.isUpperCase(original) ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "abcdefghijklmnopqrstuvwxyz";
                int at = (alike.indexOf(original) + 1 + random.nextInt(alike.length() - 1)) % alike.length();
                value = alike.charAt(at);
            }
            return new ByteChange(offset, value);
        }, change -> {
            byte[] copy = whole.clone();
            copy[change.offset()] = (byte) change.value();
            write(changed, copy);
            assertThatThrownBy(() -> into.bundleImport().apply(changed, passphrase, Offices.LEADER, null,
                    Progress.NONE, () -> false)).isInstanceOf(BundleRefusal.class);
        });
        // A refused import rolls back, so any write by any try would still show here.
        assertThat(Offices.contentHash(into)).isEqualTo(before);
    }

    @Test
    void aDeletionAtOneOfficeReachesTheOtherOnce() {
        try (AppContext a = Offices.open(folder(dir, "a"), "4183025000", "양평읍");
             AppContext b = Offices.open(folder(dir, "b"), "4183032000", "용문면")) {
            LocalDate today = LocalDate.now(a.clock());
            ServiceEntry meals = a.catalogue().save(new ServiceEntry(null, "MEAL-01", "도시락 배달", CareDomain.MEALS,
                    false));
            ServiceEntry typo = a.catalogue().save(new ServiceEntry(null, "MEAL-99", "도시락 배딜", CareDomain.MEALS,
                    false));
            Provider unused = a.catalogue().save(new Provider(null, "행복종합사회복지관", ProviderKind.WELFARE_CENTER,
                    null));
            Resident saved = a.residents().save(new Resident(null, null, "박순자", LocalDate.of(1941, 4, 2),
                    Sex.F, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, today.minusDays(90), null, null, List.of(
                    new Consent(null, ConsentKind.COLLECTION_USE, true, today.minusDays(90), null),
                    new Consent(null, ConsentKind.THIRD_PARTY, true, today.minusDays(90), "시군구 공유"))),
                    RrnChange.keep(), Offices.LEADER);
            UUID resident = saved.id();
            SupportPlan plan = a.plans().save(new SupportPlan(null, null, resident, null, today.minusDays(60),
                    today.minusDays(60), null, "식사 지원", VisitFrequency.WEEKLY, null,
                    PlanStatus.ACTIVE, null, null, null, List.of(
                    new PlannedService(null, meals.id(), null, "점심 도시락", "배달", "주 2회", null, null),
                    new PlannedService(null, meals.id(), null, "저녁 도시락", "배달", "주 1회", null, null))),
                    Offices.LEADER);
            Visit draft = a.visits().save(visit(resident, today.minusDays(3), null), false, Offices.LEADER);
            Visit signed = a.visits().save(visit(resident, today.minusDays(10), new Vitals(150, 95, null, null,
                    52.5)), true, Offices.LEADER);
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            a.schedule().replacePlanned(monday, monday.plusDays(4), List.of(new ScheduleEntry(null, null, monday,
                    "10:00", null, resident, null, null, List.of(DueReason.VISIT_FREQUENCY), "안부 확인", 1,
                    ScheduleStatus.PLANNED, null)), Offices.LEADER);
            Path share = dir.resolve("share.dolbom.json");
            Offices.exportAll(a, share);
            Offices.importFile(b, share);
            assertThat(b.residents().open(resident, Offices.LEADER).consents()).hasSize(2);
            assertThat(b.schedule().between(monday, monday.plusDays(4))).hasSize(1);

            // Every way the stores delete: a dropped consent and planned service, a deleted draft visit, vitals
            // taken out by a correction, a visit taken off the week, and catalogue entries made by mistake.
            Resident current = a.residents().open(resident, Offices.LEADER);
            a.residents().save(withConsents(current, current.consents().subList(0, 1)), RrnChange.keep(),
                    Offices.LEADER);
            SupportPlan p = a.plans().find(plan.id()).orElseThrow();
            a.plans().save(new SupportPlan(p.id(), p.rev(), resident, null, p.madeOn(), p.periodStart(),
                    p.periodEnd(), p.goals(), p.visitFrequency(), p.nextReviewOn(), p.status(), null, null,
                    p.responsibleStaffId(), p.services().subList(0, 1)), Offices.LEADER);
            a.visits().delete(draft.id(), Offices.LEADER);
            a.visits().save(new Visit(signed.id(), signed.rev(), resident, null, signed.visitedAt(), signed.kind(),
                    signed.outcome(), signed.notes(), null, signed.services(), null, signed.signedOffAt(),
                    signed.version()), true, Offices.LEADER);
            a.schedule().replacePlanned(monday, monday.plusDays(4), List.of(), Offices.LEADER);
            a.catalogue().deleteService(typo.id());
            a.catalogue().deleteProvider(unused.id());
            Map<String, Long> deletedAtA = deletedRows(a);
            Path deletions = dir.resolve("deletions.dolbom.json");
            Offices.exportAll(a, deletions);

            ImportPreview imported = Offices.importFile(b, deletions);

            assertThat(imported.count(MergeClass.CONFLICT)).isZero();
            assertThat(b.residents().open(resident, Offices.LEADER).consents()).extracting(Consent::kind)
                    .containsExactly(ConsentKind.COLLECTION_USE);
            assertThat(b.plans().find(plan.id()).orElseThrow().services()).extracting(PlannedService::content)
                    .containsExactly("점심 도시락");
            assertThat(b.visits().find(draft.id())).isEmpty();
            assertThat(b.visits().find(signed.id()).orElseThrow().vitals()).isNull();
            assertThat(b.schedule().between(monday, monday.plusDays(4))).isEmpty();
            assertThat(b.catalogue().service(typo.id())).isEmpty();
            assertThat(b.catalogue().provider(unused.id())).isEmpty();
            // Marked deleted, not removed: the same tombstones as the sender, with their history kept.
            assertThat(deletedRows(b)).isEqualTo(deletedAtA).containsValue(1L).doesNotContainValue(0L);
            assertThat(b.visits().history(draft.id())).isNotEmpty();

            String after = Offices.contentHash(b);
            ImportPreview again = Offices.importFile(b, deletions);
            assertThat(again.summary()).startsWith("new=0 updated=0 ").endsWith("conflicts=0 refused=0");
            assertThat(Offices.contentHash(b)).isEqualTo(after);
        }
    }

    @Test
    void settlingAConflictOursTheirsOrFieldByFieldLosesNoField() throws IOException {
        try (AppContext a = Offices.open(folder(dir, "a"), "A1", "양평읍");
             AppContext b = Offices.open(folder(dir, "b"), "B1", "용문면")) {
            List<UUID> ids = RandomOffice.fill(a, 21, 5, 6).stream()
                    .filter(id -> a.residents().open(id, Offices.LEADER).status() == ResidentStatus.ACTIVE)
                    .limit(3).toList();
            assertThat(ids).hasSize(3);
            Path share = dir.resolve("share.dolbom.json");
            Offices.exportAll(a, share);
            Offices.importFile(b, share);
            for (UUID id : ids) {
                Resident ours = a.residents().open(id, Offices.LEADER);
                a.residents().save(edited(ours, "A: 도시락 배달 시작 " + id, RiskLevel.CRISIS, "양근로 1" + ours.name(),
                        ours.mobilePhone(), ours.emergencyContact()), RrnChange.keep(), Offices.LEADER);
                Resident theirs = b.residents().open(id, Offices.LEADER);
                b.residents().save(edited(theirs, "B: 병원 동행 요청 " + id, theirs.riskLevel(),
                        theirs.roadAddress(), new PhoneNumber("01077778888"),
                        new EmergencyContact("최영희", "며느리", new PhoneNumber("01055556666"))), RrnChange.keep(),
                        Offices.LEADER);
            }
            Scope edited = Scope.residents(ids.stream().map(UUID::toString).toList(), null);
            Map<UUID, Map<String, String>> oursBefore = residentFields(a, edited, dir.resolve("ours.dolbom.json"));
            Map<UUID, Map<String, String>> theirsBefore = residentFields(b, edited,
                    dir.resolve("theirs.dolbom.json"));

            ImportPreview back = Offices.importFile(a, dir.resolve("theirs.dolbom.json"));

            assertThat(back.count(MergeClass.CONFLICT)).isEqualTo(3);
            Map<UUID, Conflict> conflicts = new LinkedHashMap<>();
            a.bundleImport().conflicts().forEach(c -> conflicts.put(UUID.fromString(c.recordId()), c));
            assertThat(conflicts).containsOnlyKeys(ids);
            a.bundleImport().resolve(conflicts.get(ids.get(0)), Set.of(), Offices.LEADER);
            Set<String> every = new HashSet<>();
            conflicts.get(ids.get(1)).differences().forEach(d -> every.add(d.field()));
            a.bundleImport().resolve(conflicts.get(ids.get(1)), every, Offices.LEADER);
            a.bundleImport().resolve(conflicts.get(ids.get(2)), Set.of("phoneMobile", "emergencyContactName",
                    "emergencyContactRelation", "emergencyContactPhone"), Offices.LEADER);
            assertThat(a.bundleImport().conflicts()).isEmpty();

            assertThat(a.residents().open(ids.get(0), Offices.LEADER).notes()).startsWith("A: ");
            assertThat(a.residents().open(ids.get(1), Offices.LEADER).notes()).startsWith("B: ");
            Resident mixed = a.residents().open(ids.get(2), Offices.LEADER);
            assertThat(mixed.notes()).startsWith("A: ");
            assertThat(mixed.riskLevel()).isEqualTo(RiskLevel.CRISIS);
            assertThat(mixed.mobilePhone().digits()).isEqualTo("01077778888");
            assertThat(mixed.emergencyContact().name()).isEqualTo("최영희");

            Map<UUID, Map<String, String>> settled = residentFields(a, edited, dir.resolve("settled.dolbom.json"));
            for (UUID id : ids) {
                List<Map<String, String>> kept = new ArrayList<>();
                kept.add(settled.get(id));
                for (HistoryEntry entry : a.residents().history(id)) {
                    kept.add(fields(JSON.readTree(entry.contentJson())));
                }
                for (Map<String, String> version : List.of(oursBefore.get(id), theirsBefore.get(id))) {
                    version.forEach((field, value) -> assertThat(kept)
                            .as("%s of resident %s", field, id)
                            .anySatisfy(k -> assertThat(k).containsEntry(field, value)));
                }
            }

            // The settled versions descend from both, so the other office takes them without a new conflict.
            ImportPreview forward = Offices.importFile(b, dir.resolve("settled.dolbom.json"));
            assertThat(forward.count(MergeClass.CONFLICT)).isZero();
            assertThat(forward.count(MergeClass.UPDATED)).isEqualTo(3);
            for (UUID id : ids) {
                assertThat(b.residents().open(id, Offices.LEADER).notes())
                        .isEqualTo(a.residents().open(id, Offices.LEADER).notes());
            }
        }
    }

    @Test
    void aVersionOneFileFromAnOfficeNotYetUpdatedStillImports() throws IOException {
        try (AppContext a = Offices.open(folder(dir, "a"), "4183025000", "양평읍");
             AppContext b = Offices.open(folder(dir, "b"), "4183032000", "용문면")) {
            RandomOffice.fill(a, 31, 2, 5);
            Path current = dir.resolve("a.dolbom.json");
            Offices.exportAll(a, current);
            Path old = dir.resolve("a-v1.dolbom.json");
            Files.writeString(old, asVersionOne(Files.readString(current, StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);

            ImportPreview imported = Offices.importFile(b, old);

            assertThat(imported.bundle().formatVersion()).isEqualTo(1);
            List<ScheduleEntry> sent = a.schedule().between(EVER, NEVER);
            assertThat(sent).isNotEmpty();
            assertThat(b.schedule().between(EVER, NEVER)).isEqualTo(sent.stream()
                    .map(e -> new ScheduleEntry(e.id(), e.rev(), e.date(), e.time(), e.staffId(), e.residentId(),
                            e.residentName(), e.areaId(), List.of(), e.purpose(), 0, e.status(), e.visitId(),
                            e.responsibleStaffId()))
                    .toList());
        }
    }

    /**
     * The file as a version 1 writer would have made it from the same records: schedule entries without
     * {@code reasons} and {@code visitOrder}, no envelope checksum, and {@code sha256} over those records.
     */
    private static String asVersionOne(String text) {
        int start = text.indexOf("\"records\":") + "\"records\":".length();
        int end = text.indexOf(",\"counts\":");
        String records = text.substring(start, end).replaceAll(",\"reasons\":\\[[^\\]]*\\]", "")
                .replaceAll(",\"visitOrder\":\\d+", "");
        String counts = text.substring(end, text.indexOf(",\"sha256\":"));
        return text.substring(0, start).replace("\"formatVersion\":2,", "\"formatVersion\":1,") + records + counts
                + ",\"sha256\":\"" + sha256(records) + "\"}";
    }

    private static Visit visit(UUID resident, LocalDate on, Vitals vitals) {
        return new Visit(null, null, resident, null, on.atTime(10, 0), VisitKind.HOME, VisitOutcome.MET, "안부 확인",
                vitals, List.of(), null, null, 0);
    }

    private static Resident withConsents(Resident r, List<Consent> consents) {
        return new Resident(r.id(), r.rev(), r.name(), r.birthDate(), r.sex(), r.maskedRrn(), r.mobilePhone(),
                r.homePhone(), r.roadAddress(), r.addressDetail(), r.areaId(), r.householdId(),
                r.responsibleStaffId(), r.livingSituation(), r.vulnerabilities(), r.riskLevel(), r.status(),
                r.closureReason(), r.statusNote(), r.statusDate(), r.intakeDate(), r.emergencyContact(), r.notes(),
                consents);
    }

    private static Resident edited(Resident r, String notes, RiskLevel risk, String roadAddress, PhoneNumber mobile,
                                   EmergencyContact contact) {
        return new Resident(r.id(), r.rev(), r.name(), r.birthDate(), r.sex(), r.maskedRrn(), mobile,
                r.homePhone(), roadAddress, r.addressDetail(), r.areaId(), r.householdId(),
                r.responsibleStaffId(), r.livingSituation(), r.vulnerabilities(), risk, r.status(),
                r.closureReason(), r.statusNote(), r.statusDate(), r.intakeDate(), contact, notes, r.consents());
    }

    /** Each resident's content fields as the office exports them, by resident id. */
    private static Map<UUID, Map<String, String>> residentFields(AppContext office, Scope scope, Path file) {
        Offices.export(office, file, scope);
        Map<UUID, Map<String, String>> residents = new LinkedHashMap<>();
        for (JsonNode resident : JSON.readTree(file.toFile()).get("records").get("residents")) {
            Map<String, String> content = fields(resident);
            Set.of("id", "origin", "rev", "prevRev", "lineage", "createdAt", "updatedAt", "deleted")
                    .forEach(content::remove);
            residents.put(UUID.fromString(resident.get("id").asString()), content);
        }
        return residents;
    }

    /**
     * A record's fields as text under their bundle names, whether it was written as a bundle record (camelCase) or
     * as a stored row (snake_case, lists as comma-separated text).
     */
    private static Map<String, String> fields(JsonNode record) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : record.properties()) {
            JsonNode value = member.getValue();
            if (value.isNull()) {
                continue;
            }
            String text;
            if (value.isArray() && value.valueStream().allMatch(JsonNode::isValueNode)) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.asString()));
                text = String.join(",", items.stream().sorted().toList());
            } else if (value.isContainer()) {
                // Content kept with the record (a resident's consents): not a field of the record itself.
                continue;
            } else {
                text = value.asString();
            }
            String field = camel(member.getKey());
            if (field.equals("vulnerabilities") && value.isString()) {
                text = String.join(",", List.of(text.split(",")).stream().sorted().toList());
            }
            fields.put(field, text);
        }
        return fields;
    }

    private static String camel(String column) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    /** How many rows of each case table are marked deleted. */
    private static Map<String, Long> deletedRows(AppContext office) {
        Map<String, Long> deleted = new LinkedHashMap<>();
        for (String table : List.of("consent", "planned_service", "visit", "vitals", "schedule_entry", "service",
                "provider")) {
            deleted.put(table, office.database().read(ctx -> (long) ctx.fetchCount(DSL.table(table),
                    DSL.field("deleted").eq(1))));
        }
        return deleted;
    }

    private static Map<String, Long> rowCounts(AppContext office) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : Offices.CASE_TABLES.stream().sorted().toList()) {
            counts.put(table, Offices.count(office, table));
        }
        counts.put("record_history", Offices.count(office, "record_history"));
        counts.put("audit_log", Offices.count(office, "audit_log"));
        return counts;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder(Path parent, String name) {
        try {
            return Files.createDirectories(parent.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
