package org.dolbom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.dolbom.app.AppContext;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.Resident;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RrnChange;
import org.dolbom.exchange.BundleContent;
import org.dolbom.exchange.BundleRefusal;
import org.dolbom.exchange.BundleWriter;
import org.dolbom.exchange.Envelope;
import org.dolbom.exchange.MergeClass;
import org.dolbom.exchange.Origin;
import org.dolbom.exchange.Progress;
import org.dolbom.exchange.Purpose;
import org.dolbom.exchange.Receipt;
import org.dolbom.exchange.Scope;
import org.dolbom.exchange.Sealing;
import org.dolbom.exchange.json.RecordType;
import org.dolbom.exchange.json.VisitJson;
import org.dolbom.testing.ForAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two offices, two real data files, passing bundles back and forth. */
class BundleExchangeTest {

    @TempDir
    Path dir;

    private Path folder(String name) throws IOException {
        return Files.createDirectories(dir.resolve(name));
    }

    @Test
    void exportImportExportGivesTheSameRecords() {
        ForAll.check(7, 3, random -> random.nextLong(1000), seed -> {
            Path here = dir.resolve("seed" + seed);
            try (AppContext a = Offices.withDemo(folder(here, "a"), "4183025000", 12, seed);
                 AppContext b = Offices.open(folder(here, "b"), "4183032000", "용문면")) {
                BundleExport.Result first = Offices.exportAll(a, here.resolve("a.dolbom.json"));
                ImportPreview imported = Offices.importFile(b, here.resolve("a.dolbom.json"));
                BundleExport.Result again = Offices.exportAll(b, here.resolve("b.dolbom.json"));

                assertThat(imported.count(MergeClass.NEW)).isEqualTo(first.bundle().totalRecords());
                assertThat(again.bundle().counts()).isEqualTo(first.bundle().counts());
                assertThat(again.bundle().sha256()).isEqualTo(first.bundle().sha256());
                assertThat(b.residents().search("", ResidentFilter.ALL, 0, 100).rows()).hasSize(first.residents());
            }
        });
    }

    private static Path folder(Path parent, String name) {
        try {
            return Files.createDirectories(parent.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void thePreviewCountsEveryRecordByTypeButListsOnlyResidentsAndWhatNeedsAPerson() throws IOException {
        try (AppContext a = Offices.withDemo(folder("a"), "A1", 20, 12);
             AppContext b = Offices.open(folder("b"), "B1", "용문면")) {
            Path bundle = dir.resolve("a.dolbom.json");
            BundleExport.Result sent = Offices.exportAll(a, bundle);

            ImportPreview preview = b.bundleImport().preview(bundle, () -> null, Progress.NONE, () -> false);

            long visits = sent.bundle().counts().get(RecordType.VISITS);
            assertThat(visits).isPositive();
            assertThat(preview.count(RecordType.VISITS, MergeClass.NEW)).isEqualTo(visits);
            assertThat(preview.count(RecordType.RESIDENTS, MergeClass.NEW)).isEqualTo(sent.residents());
            assertThat(preview.countsByType().values().stream().flatMap(m -> m.values().stream())
                    .mapToLong(Long::longValue).sum()).isEqualTo(sent.bundle().totalRecords());
            assertThat(preview.lines()).hasSize(sent.residents())
                    .allSatisfy(line -> assertThat(line.type()).isEqualTo(RecordType.RESIDENTS));
        }
    }

    @Test
    void importedResidentsAreFoundBySearchAndResidentsAddedAfterwardsToo() throws IOException {
        try (AppContext a = Offices.withDemo(folder("a"), "A1", 25, 13);
             AppContext b = Offices.open(folder("b"), "B1", "용문면")) {
            UUID already = register(b, "한가온", "경기도 양평군 용문면 다문북길 77");
            Offices.exportAll(a, dir.resolve("a.dolbom.json"));
            Offices.importFile(b, dir.resolve("a.dolbom.json"));
            assertSearchIndexMatchesResidents(b);

            // A whole phone number is looked up through the full-text index.
            Resident imported = a.residents().search("", ResidentFilter.ALL, 0, 100).rows().stream()
                    .map(row -> a.residents().open(row.id(), Offices.LEADER))
                    .filter(r -> r.mobilePhone() != null).findFirst().orElseThrow();
            assertThat(b.residents().search(imported.mobilePhone().digits(), ResidentFilter.ALL, 0, 10).rows())
                    .extracting(ResidentRow::id).containsExactly(imported.id());
            UUID later = register(b, "문해솔", "경기도 양평군 용문면 다문남길 12");
            assertThat(b.residents().search("다문북길", ResidentFilter.ALL, 0, 10).rows())
                    .extracting(ResidentRow::id).containsExactly(already);
            assertThat(b.residents().search("다문남길", ResidentFilter.ALL, 0, 10).rows())
                    .extracting(ResidentRow::id).containsExactly(later);
            assertSearchIndexMatchesResidents(b);
        }
    }

    private static UUID register(AppContext office, String name, String roadAddress) {
        return office.residents().save(new Resident(null, null, name, java.time.LocalDate.of(1948, 2, 3),
                org.dolbom.domain.Sex.F, null, null, null, roadAddress, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, List.of()), RrnChange.keep(), Offices.LEADER).id();
    }

    /** SQLite compares the full-text index with the resident rows and fails when they disagree. */
    private static void assertSearchIndexMatchesResidents(AppContext context) {
        context.database().read(ctx -> ctx.execute(
                "INSERT INTO resident_fts (resident_fts, rank) VALUES ('integrity-check', 1)"));
    }

    @Test
    void importingTheSameBundleTwiceChangesNothing() throws IOException {
        try (AppContext a = Offices.withDemo(folder("a"), "A1", 15, 3);
             AppContext b = Offices.open(folder("b"), "B1", "용문면")) {
            Path bundle = dir.resolve("a.dolbom.json");
            Offices.exportAll(a, bundle);
            Offices.importFile(b, bundle);
            String before = Offices.contentHash(b);

            ImportPreview second = Offices.importFile(b, bundle);

            assertThat(Offices.contentHash(b)).isEqualTo(before);
            assertThat(second.summary()).startsWith("new=0 updated=0 ").endsWith("conflicts=0 refused=0");
            assertThat(b.ledger().entries()).hasSize(1);
        }
    }

    @Test
    void anUpdateFastForwardsAndKeepsTheReplacedVersion() throws IOException {
        try (AppContext a = Offices.withDemo(folder("a"), "A1", 5, 4);
             AppContext b = Offices.open(folder("b"), "B1", "용문면")) {
            Offices.exportAll(a, dir.resolve("1.dolbom.json"));
            Offices.importFile(b, dir.resolve("1.dolbom.json"));
            UUID id = firstResident(a);
            Resident edited = a.residents().open(id, Offices.LEADER);
            a.residents().save(withNotes(edited, "2주마다 전화 확인"), RrnChange.keep(), Offices.LEADER);
            Offices.exportAll(a, dir.resolve("2.dolbom.json"));

            ImportPreview second = Offices.importFile(b, dir.resolve("2.dolbom.json"));

            assertThat(second.count(MergeClass.UPDATED)).isEqualTo(1);
            assertThat(b.residents().open(id, Offices.LEADER).notes()).isEqualTo("2주마다 전화 확인");
            assertThat(b.residents().history(id)).hasSizeGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void bothOfficesEditingTheSameResidentKeepsBothAndEitherChoiceLosesNothing() throws IOException {
        try (AppContext a = Offices.withDemo(folder("a"), "A1", 5, 5);
             AppContext b = Offices.open(folder("b"), "B1", "용문면")) {
            Offices.exportAll(a, dir.resolve("share.dolbom.json"));
            Offices.importFile(b, dir.resolve("share.dolbom.json"));
            UUID id = firstResident(a);
            a.residents().save(withNotes(a.residents().open(id, Offices.LEADER), "A: 도시락 배달 시작"),
                    RrnChange.keep(), Offices.LEADER);
            Resident theirs = b.residents().open(id, Offices.LEADER);
            b.residents().save(withPhone(theirs, "01077778888"), RrnChange.keep(), Offices.LEADER);
            Offices.export(b, dir.resolve("back.dolbom.json"), Scope.residents(List.of(id.toString()), null));

            ImportPreview back = Offices.importFile(a, dir.resolve("back.dolbom.json"));

            assertThat(back.count(MergeClass.CONFLICT)).isEqualTo(1);
            assertThat(a.residents().open(id, Offices.LEADER).notes()).isEqualTo("A: 도시락 배달 시작");
            List<Conflict> conflicts = a.bundleImport().conflicts();
            assertThat(conflicts).singleElement().satisfies(c -> {
                assertThat(c.type()).isEqualTo(RecordType.RESIDENTS);
                assertThat(c.differences()).extracting(Conflict.Difference::field)
                        .contains("notes", "phoneMobile");
            });

            // Field by field: their phone, our notes: both edits current.
            a.bundleImport().resolve(conflicts.getFirst(), Set.of("phoneMobile"), Offices.LEADER);
            Resident merged = a.residents().open(id, Offices.LEADER);
            assertThat(merged.notes()).isEqualTo("A: 도시락 배달 시작");
            assertThat(merged.mobilePhone().digits()).isEqualTo("01077778888");
            assertThat(a.bundleImport().conflicts()).isEmpty();
            assertThat(a.residents().history(id)).extracting(HistoryEntry::contentJson)
                    .anySatisfy(content -> assertThat(content).contains("01077778888"))
                    .anySatisfy(content -> assertThat(content).contains("A: 도시락 배달 시작"));

            // The settled version descends from both, so the other office simply fast-forwards.
            Offices.export(a, dir.resolve("settled.dolbom.json"), Scope.residents(List.of(id.toString()), null));
            ImportPreview settled = Offices.importFile(b, dir.resolve("settled.dolbom.json"));
            assertThat(settled.count(MergeClass.CONFLICT)).isZero();
            assertThat(settled.count(MergeClass.UPDATED)).isEqualTo(1);
            assertThat(b.residents().open(id, Offices.LEADER).notes()).isEqualTo("A: 도시락 배달 시작");
        }
    }

    @Test
    void keepingOursStillKeepsTheirsInHistory() throws IOException {
        try (AppContext a = Offices.withDemo(folder("a"), "A1", 5, 6);
             AppContext b = Offices.open(folder("b"), "B1", "용문면")) {
            Offices.exportAll(a, dir.resolve("share.dolbom.json"));
            Offices.importFile(b, dir.resolve("share.dolbom.json"));
            UUID id = firstResident(a);
            a.residents().save(withNotes(a.residents().open(id, Offices.LEADER), "ours"), RrnChange.keep(),
                    Offices.LEADER);
            b.residents().save(withNotes(b.residents().open(id, Offices.LEADER), "theirs"), RrnChange.keep(),
                    Offices.LEADER);
            Offices.export(b, dir.resolve("back.dolbom.json"), Scope.residents(List.of(id.toString()), null));
            Offices.importFile(a, dir.resolve("back.dolbom.json"));

            a.bundleImport().resolve(a.bundleImport().conflicts().getFirst(), Set.of(), Offices.LEADER);

            assertThat(a.residents().open(id, Offices.LEADER).notes()).isEqualTo("ours");
            assertThat(a.residents().history(id)).extracting(HistoryEntry::contentJson)
                    .anySatisfy(content -> assertThat(content).contains("\"theirs\""));
            assertThat(a.bundleImport().conflicts()).isEmpty();
        }
    }

    @Test
    void anOldFileOfOurOwnOfficeThatWouldOverwriteNewerWorkIsRefused() throws IOException {
        try (AppContext a = Offices.withDemo(folder("a"), "A1", 5, 7)) {
            Path backup = dir.resolve("backup.dolbom.json");
            Offices.exportAll(a, backup);
            UUID id = firstResident(a);
            Path restoredFolder = folder("restored");
            try (AppContext restored = Offices.open(restoredFolder, "A1", "행복동")) {
                Offices.importFile(restored, backup);
                restored.residents().save(withNotes(restored.residents().open(id, Offices.LEADER), "old copy"),
                        RrnChange.keep(), Offices.LEADER);
                Offices.exportAll(restored, dir.resolve("diverged.dolbom.json"));
            }
            a.residents().save(withNotes(a.residents().open(id, Offices.LEADER), "current work"), RrnChange.keep(),
                    Offices.LEADER);
            String before = Offices.contentHash(a);

            assertThatThrownBy(() -> Offices.importFile(a, dir.resolve("diverged.dolbom.json")))
                    .isInstanceOfSatisfying(BundleRefusal.class, refusal -> assertThat(refusal.messageKey())
                            .isEqualTo("exchange.merge.refused.sameOffice"));
            assertThat(Offices.contentHash(a)).isEqualTo(before);
        }
    }

    @Test
    void hostileBundlesAreRefusedAndChangeNothing() throws IOException {
        try (AppContext a = Offices.withDemo(folder("a"), "A1", 5, 8);
             AppContext b = Offices.withDemo(folder("b"), "B1", 3, 9)) {
            Path good = dir.resolve("good.dolbom.json");
            Offices.exportAll(a, good);
            String before = Offices.contentHash(b);

            Path orphan = dir.resolve("orphan.dolbom.json");
            String missing = UUID.randomUUID().toString();
            VisitJson visit = new VisitJson(UUID.randomUUID().toString(), "A1", "r1", null, List.of(),
                    java.time.Instant.parse("2026-11-01T00:00:00Z"), java.time.Instant.parse("2026-11-01T00:00:00Z"),
                    false, missing, null, "2026-11-01T10:00", "HOME", "MET", null, null, null, null, null, 1,
                    List.of());
            new BundleWriter().write(orphan, new Envelope(java.time.Instant.now(), new Origin("A1", "행복동"),
                    Purpose.BACKUP, Scope.all(null), null, null, false),
                    new BundleContent().add(RecordType.VISITS, List.of(visit)), Sealing.none(), Progress.NONE,
                    () -> false);
            assertRefused(b, orphan, "exchange.refused.missingReference");

            Path newer = dir.resolve("newer.dolbom.json");
            Files.writeString(newer, Files.readString(good).replaceFirst("\"formatVersion\":\\d+",
                    "\"formatVersion\":999"));
            assertRefused(b, newer, "exchange.refused.newerVersion");

            byte[] bytes = Files.readAllBytes(good);
            Path flipped = dir.resolve("flipped.dolbom.json");
            int at = bytes.length / 2;
            bytes[at] = (byte) (bytes[at] == 'a' ? 'b' : 'a');
            Files.write(flipped, bytes);
            assertThatThrownBy(() -> Offices.importFile(b, flipped)).isInstanceOf(BundleRefusal.class);

            Path sealed = dir.resolve("sealed.dolbom");
            a.bundleExport().export(new BundleExport.Request(Scope.all(null), Purpose.BACKUP, null, null,
                    Sealing.withPassphrase("맞는 암호 2026!".toCharArray())), sealed, Offices.LEADER, Progress.NONE,
                    () -> false);
            assertThatThrownBy(() -> b.bundleImport().apply(sealed, "틀린 암호"::toCharArray, Offices.LEADER, null,
                    Progress.NONE, () -> false))
                    .isInstanceOfSatisfying(BundleRefusal.class, refusal -> assertThat(refusal.messageKey())
                            .isEqualTo("exchange.refused.passphrase"));

            assertThat(Offices.contentHash(b)).isEqualTo(before);
        }
    }

    private static void assertRefused(AppContext into, Path bundle, String key) {
        assertThatThrownBy(() -> Offices.importFile(into, bundle))
                .isInstanceOfSatisfying(BundleRefusal.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo(key));
    }

    @Test
    void rrnsTravelOnlyEncryptedAndAreSealedAgainWithTheReceiversKey() throws IOException {
        try (AppContext a = Offices.withDemo(folder("a"), "A1", 30, 10);
             AppContext b = Offices.open(folder("b"), "B1", "용문면");
             AppContext c = Offices.open(folder("c"), "C1", "지평면")) {
            Path plain = dir.resolve("plain.dolbom.json");
            Offices.exportAll(a, plain);
            List<String> rrns = a.database().read(ctx -> ctx.select(org.dolbom.store.jooq.Tables.RESIDENT.ID)
                    .from(org.dolbom.store.jooq.Tables.RESIDENT)
                    .where(org.dolbom.store.jooq.Tables.RESIDENT.RRN_CIPHER.isNotNull())
                    .fetch(org.dolbom.store.jooq.Tables.RESIDENT.ID)).stream()
                    .map(id -> a.residents().revealRrn(UUID.fromString(id), Offices.LEADER).orElseThrow().reveal()
                            .replace("-", ""))
                    .toList();
            assertThat(rrns).isNotEmpty();
            String plainText = Files.readString(plain).replace("-", "");
            assertThat(rrns).noneMatch(plainText::contains);
            assertThat(plainText).contains("\"rrnIncluded\":false");

            Path sealed = dir.resolve("sealed.dolbom");
            char[] passphrase = "봄바람 불던 2026년 가을".toCharArray();
            a.bundleExport().export(new BundleExport.Request(Scope.all(null), Purpose.SHARE, "돌봄통합지원법",
                    "동의서 2026-118", Sealing.withPassphrase(passphrase)), sealed, Offices.LEADER, Progress.NONE,
                    () -> false);
            b.bundleImport().apply(sealed, passphrase::clone, Offices.LEADER, null, Progress.NONE, () -> false);
            Offices.importFile(c, plain);

            UUID withRrn = a.database().read(ctx -> UUID.fromString(ctx.select(
                    org.dolbom.store.jooq.Tables.RESIDENT.ID).from(org.dolbom.store.jooq.Tables.RESIDENT)
                    .where(org.dolbom.store.jooq.Tables.RESIDENT.RRN_CIPHER.isNotNull()).limit(1).fetchOne(0,
                            String.class)));
            assertThat(b.residents().revealRrn(withRrn, Offices.LEADER))
                    .isEqualTo(a.residents().revealRrn(withRrn, Offices.LEADER));
            assertThat(c.residents().revealRrn(withRrn, Offices.LEADER)).isEmpty();
            assertThat(c.residents().open(withRrn, Offices.LEADER).maskedRrn()).endsWith("******");
            b.close();
            String bFile = new String(Files.readAllBytes(dir.resolve("b").resolve("B1.db")),
                    StandardCharsets.ISO_8859_1).replace("-", "");
            assertThat(rrns).noneMatch(bFile::contains);
        }
    }

    @Test
    void aTransferMarksTheResidentTransferredAndTheReceiptAcknowledgesTheLedger() throws IOException {
        try (AppContext a = Offices.withDemo(folder("a"), "A1", 5, 11);
             AppContext b = Offices.open(folder("b"), "B1", "용문면")) {
            UUID id = firstResident(a);
            Path bundle = dir.resolve("move.dolbom.json");
            a.bundleExport().export(new BundleExport.Request(Scope.residents(List.of(id.toString()), "전출"),
                    Purpose.TRANSFER, null, null, Sealing.none()), bundle, Offices.LEADER, Progress.NONE, () -> false);

            assertThat(a.residents().open(id, Offices.LEADER).status()).isEqualTo(ResidentStatus.TRANSFERRED);
            assertThat(a.audit().forResident(id, 10)).extracting(AuditEntry::action).contains(AuditAction.EXPORT);
            assertThat(a.ledger().entries()).singleElement().satisfies(entry -> {
                assertThat(entry.direction()).isEqualTo(LedgerEntry.Direction.SENT);
                assertThat(entry.acknowledgedAt()).isNull();
            });

            Path receipt = dir.resolve("move.receipt.json");
            b.bundleImport().apply(bundle, () -> null, Offices.LEADER, receipt, Progress.NONE, () -> false);
            assertThat(b.residents().open(id, Offices.LEADER).status()).isEqualTo(ResidentStatus.ACTIVE);
            assertThat(b.audit().forResident(id, 10)).extracting(AuditEntry::action).contains(AuditAction.IMPORT);
            assertThat(b.residents().search(a.residents().open(id, Offices.LEADER).name(), ResidentFilter.ALL, 0, 10)
                    .rows()).extracting(ResidentRow::id).contains(id);

            assertThat(a.ledger().acknowledge(Receipt.read(receipt))).isEqualTo(1);
            assertThat(a.ledger().entries().getFirst().acknowledgedAt()).isNotNull();
            assertThat(a.ledger().entries().getFirst().counterpart()).contains("B1");
        }
    }

    /** The first open case in the registry: closed ones are not moved or shared. */
    private static UUID firstResident(AppContext context) {
        return context.residents().search("", ResidentFilter.OPEN_ONLY, 0, 1).rows().getFirst().id();
    }

    private static Resident withNotes(Resident r, String notes) {
        return new Resident(r.id(), r.rev(), r.name(), r.birthDate(), r.sex(), r.maskedRrn(), r.mobilePhone(),
                r.homePhone(), r.roadAddress(), r.addressDetail(), r.areaId(), r.householdId(),
                r.responsibleStaffId(), r.livingSituation(), r.vulnerabilities(), r.riskLevel(), r.status(),
                r.closureReason(), r.statusNote(), r.statusDate(), r.intakeDate(), r.emergencyContact(), notes,
                r.consents());
    }

    private static Resident withPhone(Resident r, String digits) {
        return new Resident(r.id(), r.rev(), r.name(), r.birthDate(), r.sex(), r.maskedRrn(),
                new PhoneNumber(digits), r.homePhone(), r.roadAddress(), r.addressDetail(), r.areaId(),
                r.householdId(), r.responsibleStaffId(), r.livingSituation(), r.vulnerabilities(), r.riskLevel(),
                r.status(), r.closureReason(), r.statusNote(), r.statusDate(), r.intakeDate(),
                r.emergencyContact(), r.notes(), r.consents());
    }
}
