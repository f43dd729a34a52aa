package org.dolbom.store;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.dolbom.app.AppContext;
import org.dolbom.app.DataLocation;
import org.dolbom.app.demo.DemoData;
import org.dolbom.app.schedule.WeekSchedule;
import org.dolbom.domain.FollowUp;
import org.dolbom.domain.Office;
import org.dolbom.domain.PlanCheck;
import org.dolbom.domain.Resident;
import org.dolbom.domain.Rrn;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.ScheduleStatus;
import org.dolbom.domain.ServiceCount;
import org.dolbom.domain.SupportPlan;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.domain.Vitals;
import org.dolbom.exchange.Progress;
import org.dolbom.exchange.Purpose;
import org.dolbom.exchange.Scope;
import org.dolbom.exchange.Sealing;
import org.dolbom.schedule.KoreanHolidays;
import org.dolbom.schedule.Week;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Makes an upgrade fixture: a small data file written by the Dolbom of this checkout, with its RRN key and the
 * counts and values {@link UpgradeFixturesTest} expects to find in it after every later migration.
 *
 * <p>Run it once, right before a migration is added, so the fixture holds the schema that migration starts from:
 * <pre>
 * ./mvnw -B -ntp verify -Dtest=UpgradeFixtureMaker -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Ddolbom.fixture.out=src/test/resources/org/dolbom/store/upgrade/v3
 * </pre>
 * then add the folder's name to {@link UpgradeFixturesTest#FIXTURES} and commit the three files. Without the
 * property this class does nothing, so the ordinary test run never rewrites a fixture.
 *
 * <p>The file holds the 양평군 demo office with 30 residents and two years of case work, the week 2026-W48 planned
 * and partly worked (done with a visit, absent, refused, moved, still planned), one resident linked as the same
 * person as another office's resident, and the records that other office sent with them.
 */
class UpgradeFixtureMaker {

    static final String OUT_PROPERTY = "dolbom.fixture.out";
    static final String DATA_FILE = "dolbom.db";
    static final String EXPECTED = "expected.properties";

    /**
     * The demo case work ends six weeks before the planned week, so plenty of residents are due in it; the week is
     * planned and worked on its Saturday, so every weekday can have an outcome.
     */
    static final Clock DEMO_CLOCK = Clock.fixed(Instant.parse("2026-10-12T00:00:00Z"), ZoneOffset.UTC);
    /** Monday morning of the week: the team leader plans it before the visits start. */
    static final Clock PLAN_CLOCK = Clock.fixed(Instant.parse("2026-11-23T00:30:00Z"), ZoneOffset.UTC);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T08:00:00Z"), ZoneOffset.UTC);
    static final Week WEEK = Week.parse("2026-W48");
    static final Actor LEADER = new Actor("김팀장", "office-pc-1");
    private static final int RESIDENTS = 30;

    @Test
    @EnabledIfSystemProperty(named = OUT_PROPERTY, matches = ".+")
    void makeFixture() throws Exception {
        make(Path.of(System.getProperty(OUT_PROPERTY)));
    }

    static void make(Path out) throws IOException, SQLException {
        if (Files.exists(out.resolve(DATA_FILE))) {
            throw new IllegalStateException(out + " already holds a fixture; a committed fixture never changes");
        }
        Path work = Files.createTempDirectory("dolbom-fixture");
        Path file = work.resolve(DATA_FILE);
        Map<String, String> expected = new TreeMap<>();
        try (AppContext context = AppContext.open(file, DEMO_CLOCK)) {
            DemoData.fill(context, RESIDENTS, DemoData.DEFAULT_SEED, LEADER);
        }
        try (AppContext context = AppContext.open(file, PLAN_CLOCK)) {
            WeekSchedule schedule = new WeekSchedule(context, KoreanHolidays.shipped());
            schedule.save(schedule.plan(WEEK, false, List.of()), LEADER);
        }
        try (AppContext context = AppContext.open(file, CLOCK)) {
            WeekSchedule schedule = new WeekSchedule(context, KoreanHolidays.shipped());
            workTheWeek(context, schedule, expected);
            // Next week, planned on Saturday: the visits left without a result wait on its 미편성 list.
            schedule.save(schedule.plan(WEEK.next(), false, List.of()), LEADER);
            linkAPersonFromAnotherOffice(context, work, expected);
            record(context, expected);
        }
        compact(file);
        record(file, expected);

        Files.createDirectories(out);
        Files.copy(file, out.resolve(DATA_FILE), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(DataLocation.keyFileFor(file), out.resolve(DataLocation.keyFileFor(out.resolve(DATA_FILE))
                .getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(out.resolve(EXPECTED), properties(expected), StandardCharsets.UTF_8);
        deleteTree(work);
    }

    /**
     * Gives the week's first entries every outcome a team records: one done with a full visit (notes, vitals,
     * a counted service and a follow-up), one absent, one refused, one moved; the rest stay planned.
     */
    private static void workTheWeek(AppContext context, WeekSchedule schedule, Map<String, String> expected) {
        LocalDate today = LocalDate.now(CLOCK);
        List<ScheduleEntry> past = schedule.entries(WEEK).stream().filter(e -> e.date().isBefore(today)).toList();
        ScheduleEntry done = past.stream()
                .filter(e -> context.residents().revealRrn(e.residentId(), LEADER).isPresent())
                .filter(e -> context.plans().current(e.residentId()).filter(p -> !p.services().isEmpty())
                        .isPresent())
                .findFirst().orElseThrow();
        List<ScheduleEntry> others = past.stream().filter(e -> !e.id().equals(done.id())).toList();

        UUID serviceId = context.plans().current(done.residentId()).orElseThrow().services().getFirst().serviceId();
        Visit visit = context.visits().save(new Visit(null, null, done.residentId(), done.staffId(),
                done.date().atTime(10, 30), VisitKind.HOME, VisitOutcome.MET,
                "혈압약 복용 확인. 무릎 통증으로 계단 이용이 어렵다고 함. 다음 주 보건소 동행 요청.",
                new Vitals(138, 86, 112, true, 52.4), List.of(new ServiceCount(serviceId, 1)),
                new FollowUp(done.date().plusDays(7), "보건소 동행 일정 확인", null), null, 0), true, LEADER);
        context.schedule().markDone(done.id(), visit.id(), LEADER);
        ScheduleEntry absent = context.schedule().recordNotReached(others.get(0).id(), VisitOutcome.ABSENT, LEADER);
        ScheduleEntry refused = context.schedule().recordNotReached(others.get(1).id(), VisitOutcome.REFUSED,
                LEADER);
        ScheduleEntry movedTo = context.schedule().moveToNextWeek(others.get(2).id(), LEADER);

        Resident resident = context.residents().open(done.residentId(), LEADER);
        Rrn rrn = context.residents().revealRrn(resident.id(), LEADER).orElseThrow();
        expected.put("resident.id", resident.id().toString());
        expected.put("resident.name", resident.name());
        expected.put("resident.birthDate", resident.birthDate().toString());
        expected.put("resident.roadAddress", resident.roadAddress());
        expected.put("resident.addressDetail", String.valueOf(resident.addressDetail()));
        expected.put("resident.phone", resident.mobilePhone() == null ? "" : resident.mobilePhone().digits());
        expected.put("resident.maskedRrn", resident.maskedRrn());
        // A demo number (the generator's, never a real person's): the test unseals it with the fixture's key.
        expected.put("resident.rrn", rrn.reveal());

        SupportPlan plan = context.plans().current(resident.id()).orElseThrow();
        expected.put("plan.id", plan.id().toString());
        expected.put("plan.goals", plan.goals());
        expected.put("plan.status", plan.status().name());
        expected.put("plan.periodStart", plan.periodStart().toString());
        expected.put("plan.services", String.valueOf(plan.services().size()));
        expected.put("plan.service.content", plan.services().getFirst().content());
        expected.put("plan.service.quantity", String.valueOf(plan.services().getFirst().quantity()));
        List<PlanCheck> checks = context.plans().checks(plan.id());
        expected.put("plan.checks", String.valueOf(checks.size()));

        expected.put("visit.id", visit.id().toString());
        expected.put("visit.visitedAt", visit.visitedAt().toString());
        expected.put("visit.outcome", visit.outcome().name());
        expected.put("visit.notes", visit.notes());
        expected.put("visit.vitals", vitals(visit.vitals()));
        expected.put("visit.followUp.dueOn", visit.followUp().dueOn().toString());
        expected.put("visit.followUp.note", visit.followUp().note());
        expected.put("visit.signedOff", String.valueOf(visit.signedOffAt() != null));

        putEntry(expected, "done", context.schedule().find(done.id()).orElseThrow());
        putEntry(expected, "absent", absent);
        putEntry(expected, "refused", refused);
        putEntry(expected, "moved", context.schedule().find(others.get(2).id()).orElseThrow());
        putEntry(expected, "movedTo", movedTo);
        expected.put("schedule.absent.visitOutcome",
                context.visits().find(absent.visitId()).orElseThrow().outcome().name());
    }

    /**
     * Another office registered one of our residents on its own and sent its records; the leader linked their
     * resident to ours, so the link and the other office's records are in the file too.
     */
    private static void linkAPersonFromAnotherOffice(AppContext context, Path work, Map<String, String> expected)
            throws IOException {
        Path otherFolder = Files.createDirectories(work.resolve("other"));
        Path bundle = work.resolve("share.dolbom.json");
        UUID ours = UUID.fromString(expected.get("resident.id"));
        UUID theirs;
        try (AppContext other = AppContext.open(otherFolder.resolve("B1.db"), CLOCK)) {
            other.office().register(new Office("B1", "용문면 맞춤형복지팀"));
            Resident r = context.residents().open(ours, LEADER);
            Resident there = new Resident(null, null, r.name(), r.birthDate(), r.sex(), null, r.mobilePhone(), null,
                    r.roadAddress(), null, null, null, null, r.livingSituation(), r.vulnerabilities(),
                    r.riskLevel(), null, null, null, null, r.intakeDate(), null, "용문면에서 먼저 등록", List.of());
            theirs = other.residents().save(there, RrnChange.keep(), LEADER).id();
            other.visits().save(new Visit(null, null, theirs, null, LocalDate.now(CLOCK).minusDays(10).atTime(14, 0),
                    VisitKind.PHONE, VisitOutcome.MET, "용문면 전화 안부: 이사 예정 확인", null, List.of(), null, null, 0),
                    true, LEADER);
            String us = context.office().office().orElseThrow().code();
            other.bundleExport().export(new BundleExport.Request(Scope.all(null), Purpose.SHARE,
                    "사회보장급여의 이용·제공 및 수급권자 발굴에 관한 법률 제23조", "개인정보 제3자 제공 동의서 2026-11",
                    Sealing.none(), us), bundle, LEADER, Progress.NONE, () -> false);
        }
        context.bundleImport().apply(bundle, () -> null, LEADER, null, Map.of(theirs.toString(), ours.toString()),
                Progress.NONE, () -> false);
        expected.put("link.incoming", theirs.toString());
        expected.put("link.resident", ours.toString());
        expected.put("link.visitNotes", "용문면 전화 안부: 이사 예정 확인");
    }

    /** What the user sees through Dolbom: the check command's counts and the due list on the fixture's day. */
    private static void record(AppContext context, Map<String, String> expected) {
        expected.put("fixture.today", LocalDate.now(CLOCK).toString());
        Office office = context.office().office().orElseThrow();
        expected.put("office.code", office.code());
        expected.put("office.name", office.name());
        context.inventory().counts().forEach((name, count) -> expected.put("count." + name.replace(' ', '-'),
                count.toString()));
        LocalDate today = LocalDate.now(CLOCK);
        expected.put("due.count", String.valueOf(context.caseFiles().due(today, today.plusDays(6)).size()));
        for (ScheduleStatus status : ScheduleStatus.values()) {
            long n = context.schedule().between(WEEK.monday(), WEEK.monday().plusWeeks(2)).stream()
                    .filter(e -> e.status() == status).count();
            expected.put("schedule.status." + status.name(), String.valueOf(n));
        }
    }

    /** Every table's rows, columns and content hash, and the schema version, read from the finished file. */
    private static void record(Path file, Map<String, String> expected) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String table : CaseFileSnapshot.tables(connection)) {
                List<String> columns = CaseFileSnapshot.columns(connection, table);
                expected.put("table." + table + ".rows", String.valueOf(CaseFileSnapshot.rows(connection, table)));
                expected.put("table." + table + ".columns", String.join(",", columns));
                expected.put("table." + table + ".hash", CaseFileSnapshot.hash(connection, table, columns));
            }
            try (Statement st = connection.createStatement();
                 var rs = st.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history "
                         + "WHERE success = 1")) {
                rs.next();
                expected.put("fixture.schema", rs.getString(1));
            }
        }
    }

    /** Folds the WAL into the file and drops free pages, so the committed fixture is one small file. */
    private static void compact(Path file) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = connection.createStatement()) {
            st.execute("VACUUM");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        for (String suffix : List.of("-wal", "-shm")) {
            Path side = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(side) && Files.size(side) > 0) {
                throw new IllegalStateException(side + " still holds pages after the checkpoint");
            }
        }
    }

    private static void putEntry(Map<String, String> expected, String name, ScheduleEntry entry) {
        expected.put("schedule." + name + ".id", entry.id().toString());
        expected.put("schedule." + name + ".date", entry.date().toString());
        expected.put("schedule." + name + ".status", entry.status().name());
        expected.put("schedule." + name + ".resident", entry.residentId().toString());
        expected.put("schedule." + name + ".visit", entry.visitId() == null ? "" : entry.visitId().toString());
    }

    static String vitals(Vitals vitals) {
        return vitals == null ? "" : vitals.systolic() + "/" + vitals.diastolic() + " mmHg, glucose "
                + vitals.glucose() + (Boolean.TRUE.equals(vitals.glucoseFasting()) ? " fasting" : "") + ", "
                + vitals.weightKg() + " kg";
    }

    private static String properties(Map<String, String> expected) {
        Properties properties = new Properties();
        properties.putAll(expected);
        StringWriter text = new StringWriter();
        try {
            properties.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Properties writes a timestamp first; without it, the file says only what the fixture holds.
        return "# Made by UpgradeFixtureMaker; checked by UpgradeFixturesTest. Never edit by hand.\n"
                + text.toString().lines().filter(line -> !line.startsWith("#")).sorted()
                .reduce(new StringBuilder(), (b, line) -> b.append(line).append('\n'), StringBuilder::append);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
