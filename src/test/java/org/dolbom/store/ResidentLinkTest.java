package org.dolbom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.dolbom.app.AppContext;
import org.dolbom.domain.Resident;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.exchange.BundleRefusal;
import org.dolbom.exchange.DuplicateReason;
import org.dolbom.exchange.MergeClass;
import org.dolbom.exchange.PossibleDuplicate;
import org.dolbom.exchange.Progress;
import org.dolbom.exchange.json.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resident both offices registered on their own, linked as the same person on import: one case file holding the
 * work of both, and every later bundle from the other office lands on it again without asking.
 */
class ResidentLinkTest {

    @TempDir
    Path dir;

    @Test
    void aLinkedDuplicateBecomesOurResidentWithTheVisitsOfBothOffices() throws IOException {
        try (AppContext a = Offices.withDemo(folder("a"), "A1", 8, 21);
             AppContext b = Offices.open(folder("b"), "B1", "용문면")) {
            UUID theirs = residentWithVisits(a);
            UUID ours = samePersonRegisteredAt(b, a.residents().open(theirs, Offices.LEADER));
            visit(b, ours, "2026-10-02T10:00", "용문면 전화 안부");
            Path share = dir.resolve("share.dolbom.json");
            Offices.exportAll(a, share);

            ImportPreview preview = b.bundleImport().preview(share, () -> null, Progress.NONE, () -> false);
            assertThat(preview.duplicates()).contains(new PossibleDuplicate(theirs.toString(), ours.toString(),
                    DuplicateReason.SAME_NAME_BIRTH_PHONE));

            ImportPreview linked = link(b, share, Map.of(theirs.toString(), ours.toString()));

            assertThat(residentRows(b, theirs)).isZero();
            assertThat(Offices.count(b, "resident")).isEqualTo(Offices.count(a, "resident"));
            int theirVisits = a.visits().forResident(theirs, 0, 1000).size();
            assertThat(b.visits().forResident(ours, 0, 1000)).hasSize(theirVisits + 1)
                    .extracting(Visit::notes).contains("용문면 전화 안부");
            assertThat(linked.lines()).filteredOn(line -> line.id().equals(theirs.toString())).singleElement()
                    .satisfies(line -> {
                        assertThat(line.kind()).isEqualTo(MergeClass.CONFLICT);
                        assertThat(line.reasonKey()).isEqualTo("exchange.link.sameAs");
                    });
            // Their version of the person waits beside ours: nothing they wrote is lost.
            assertThat(b.bundleImport().conflicts()).singleElement().satisfies(conflict -> {
                assertThat(conflict.type()).isEqualTo(RecordType.RESIDENTS);
                assertThat(conflict.recordId()).isEqualTo(ours.toString());
                assertThat(conflict.differences()).extracting(Conflict.Difference::field).contains("notes");
            });
            assertThat(b.audit().forResident(ours, 50)).extracting(AuditEntry::action)
                    .contains(AuditAction.LINK, AuditAction.IMPORT);

            // Again, with or without the link asked again: nothing changes.
            String before = Offices.contentHash(b);
            ImportPreview again = link(b, share, Map.of(theirs.toString(), ours.toString()));
            ImportPreview once = Offices.importFile(b, share);
            assertThat(Offices.contentHash(b)).isEqualTo(before);
            assertThat(again.changesAnything()).isFalse();
            assertThat(once.summary()).startsWith("new=0 updated=0 ").endsWith("conflicts=0 refused=0");
            assertThat(once.duplicates()).isEmpty();

            // Taking their notes settles the conflict on our resident, and their file still maps onto it.
            Conflict waiting = b.bundleImport().conflicts().getFirst();
            b.bundleImport().resolve(waiting, Set.of("notes"), Offices.LEADER);
            String theirNotes = a.residents().open(theirs, Offices.LEADER).notes();
            assertThat(b.residents().open(ours, Offices.LEADER).notes()).isEqualTo(theirNotes);
            String settled = Offices.contentHash(b);
            Offices.importFile(b, share);
            assertThat(Offices.contentHash(b)).isEqualTo(settled);
        }
    }

    @Test
    void aLaterBundleFromTheSameOfficeLandsOnTheLinkedResidentWithoutAsking() throws IOException {
        try (AppContext a = Offices.withDemo(folder("a"), "A1", 6, 22);
             AppContext b = Offices.open(folder("b"), "B1", "용문면")) {
            UUID theirs = residentWithVisits(a);
            Resident person = a.residents().open(theirs, Offices.LEADER);
            UUID ours = samePersonRegisteredAt(b, person);
            Offices.exportAll(a, dir.resolve("1.dolbom.json"));
            link(b, dir.resolve("1.dolbom.json"), Map.of(theirs.toString(), ours.toString()));
            long residents = Offices.count(b, "resident");
            int visitsBefore = b.visits().forResident(ours, 0, 1000).size();

            visit(a, theirs, "2026-11-20T15:00", "행복동 가정 방문: 보일러 고장");
            Offices.exportAll(a, dir.resolve("2.dolbom.json"));
            ImportPreview later = Offices.importFile(b, dir.resolve("2.dolbom.json"));

            assertThat(later.count(RecordType.VISITS, MergeClass.NEW)).isEqualTo(1);
            assertThat(later.duplicates()).isEmpty();
            assertThat(Offices.count(b, "resident")).isEqualTo(residents);
            assertThat(residentRows(b, theirs)).isZero();
            assertThat(b.visits().forResident(ours, 0, 1000)).hasSize(visitsBefore + 1)
                    .extracting(Visit::notes).contains("행복동 가정 방문: 보일러 고장");
        }
    }

    @Test
    void aLinkToSomeoneWhoIsNotThereOrToARecordThatIsNotNewIsRefusedAndChangesNothing() throws IOException {
        try (AppContext a = Offices.withDemo(folder("a"), "A1", 5, 23);
             AppContext b = Offices.open(folder("b"), "B1", "용문면")) {
            UUID theirs = residentWithVisits(a);
            UUID ours = samePersonRegisteredAt(b, a.residents().open(theirs, Offices.LEADER));
            Path share = dir.resolve("share.dolbom.json");
            Offices.exportAll(a, share);
            String before = Offices.contentHash(b);

            assertRefused(b, share, Map.of(theirs.toString(), UUID.randomUUID().toString()),
                    "exchange.link.localMissing");
            assertRefused(b, share, Map.of(UUID.randomUUID().toString(), ours.toString()), "exchange.link.notNew");
            assertRefused(b, share, Map.of(ours.toString(), ours.toString()), "exchange.link.notNew");
            assertThat(Offices.contentHash(b)).isEqualTo(before);

            link(b, share, Map.of(theirs.toString(), ours.toString()));
            UUID someoneElse = samePersonRegisteredAt(b, CaseFile.named("박영자", person(a, theirs).birthDate(),
                    person(a, theirs).sex()));
            String linked = Offices.contentHash(b);
            assertRefused(b, share, Map.of(theirs.toString(), someoneElse.toString()),
                    "exchange.link.otherResident");
            assertThat(Offices.contentHash(b)).isEqualTo(linked);
        }
    }

    private static int residentRows(AppContext context, UUID id) {
        return context.database().read(ctx -> ctx.fetchCount(org.dolbom.store.jooq.Tables.RESIDENT,
                org.dolbom.store.jooq.Tables.RESIDENT.ID.eq(id.toString())));
    }

    private static Resident person(AppContext context, UUID id) {
        return context.residents().open(id, Offices.LEADER);
    }

    private static void assertRefused(AppContext into, Path bundle, Map<String, String> links, String key) {
        assertThatThrownBy(() -> link(into, bundle, links))
                .isInstanceOfSatisfying(BundleRefusal.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo(key));
    }

    private static ImportPreview link(AppContext into, Path bundle, Map<String, String> links) {
        return into.bundleImport().apply(bundle, () -> null, Offices.LEADER, null, links, Progress.NONE,
                () -> false);
    }

    /** A resident of the sending office with at least one visit, so their case has something to carry. */
    private static UUID residentWithVisits(AppContext context) {
        return context.residents().search("", ResidentFilter.ALL, 0, 100).rows().stream().map(ResidentRow::id)
                .filter(id -> !context.visits().forResident(id, 0, 1).isEmpty())
                .filter(id -> context.residents().open(id, Offices.LEADER).mobilePhone() != null)
                .findFirst().orElseThrow();
    }

    /** The same person registered on their own at another office: same name, birth date and phone. */
    private static UUID samePersonRegisteredAt(AppContext office, Resident r) {
        Resident here = new Resident(null, null, r.name(), r.birthDate(), r.sex(), null, r.mobilePhone(), null,
                r.roadAddress(), null, null, null, null, r.livingSituation(), r.vulnerabilities(), r.riskLevel(),
                null, null, null, null, r.intakeDate(), null, "용문면에서 먼저 등록", List.of());
        return office.residents().save(here, RrnChange.keep(), Offices.LEADER).id();
    }

    private static void visit(AppContext office, UUID residentId, String at, String notes) {
        office.visits().save(new Visit(null, null, residentId, null, LocalDateTime.parse(at), VisitKind.HOME,
                VisitOutcome.MET, notes, null, List.of(), null, null, 1), true, Offices.LEADER);
    }

    private Path folder(String name) throws IOException {
        return Files.createDirectories(dir.resolve(name));
    }
}
