package org.dolbom.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import org.dolbom.app.AppContext;
import org.dolbom.app.DataLocation;
import org.dolbom.domain.Resident;
import org.dolbom.domain.SupportPlan;
import org.dolbom.domain.Visit;
import org.dolbom.search.Hangul;
import org.dolbom.search.ResidentKeys;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team's data file made by an older Dolbom opens in this one with every record intact.
 *
 * <p>Each folder under {@code org/dolbom/store/upgrade/} is a small file written by the Dolbom of one schema version
 * (made by {@link UpgradeFixtureMaker}), its RRN key, and {@code expected.properties}: the counts and values it held
 * when it was made. The test copies the folder, opens the copy the way the app does (migrating it), and compares.
 * A migration that must change what an older file reads as updates that fixture's expectations and says why.
 */
class UpgradeFixturesTest {

    private static final String ROOT = "/org/dolbom/store/upgrade/";

    /** One fixture per schema version a released file may still be at, oldest first. */
    static final List<String> FIXTURES = List.of("v2", "v3");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "a file made at schema {0} opens with everything in it")
    @FieldSource("FIXTURES")
    void aFileFromAnOlderDolbomOpensWithEveryRecordIntact(String version) throws Exception {
        Properties expected = expected(version);
        String fixtureBefore = sha256(ROOT + version + "/" + UpgradeFixtureMaker.DATA_FILE);
        Path file = copy(version);

        try (AppContext context = AppContext.open(file, UpgradeFixtureMaker.CLOCK)) {
            // First what the file holds, before anything here reads a resident and so writes an audit entry.
            assertThat(context.inventory().integrity()).isEqualTo("ok");
            Map<String, Long> counts = new LinkedHashMap<>();
            context.inventory().counts().forEach((name, n) -> counts.put("count." + name.replace(' ', '-'), n));
            // A later version may count new record types; the old ones keep their numbers.
            assertThat(counts).containsAllEntriesOf(prefixed(expected, "count."));
            assertEveryTableReadsAsBefore(context, expected);

            assertTheResidentIsAsRecorded(context, expected);
            assertThePlanIsAsRecorded(context, expected);
            assertTheVisitIsAsRecorded(context, expected);
            assertTheWeekIsAsRecorded(context, expected);
            assertTheLinkedPersonIsStillOneResident(context, expected);

            LocalDate today = LocalDate.parse(expected.getProperty("fixture.today"));
            assertThat(context.caseFiles().due(today, today.plusDays(6))).as("the due list of the fixture's day")
                    .hasSize(Integer.parseInt(expected.getProperty("due.count")));
            assertThat(context.office().office()).hasValueSatisfying(office -> {
                assertThat(office.code()).isEqualTo(expected.getProperty("office.code"));
                assertThat(office.name()).isEqualTo(expected.getProperty("office.name"));
            });
        }

        assertTheSchemaIsTheLatest(file, Integer.parseInt(expected.getProperty("fixture.schema")));
        assertThat(sha256(ROOT + version + "/" + UpgradeFixtureMaker.DATA_FILE)).as("the fixture itself")
                .isEqualTo(fixtureBefore);
    }

    @Test
    void everyFixtureFolderIsTested() throws IOException, URISyntaxException {
        URL root = UpgradeFixturesTest.class.getResource(ROOT);
        assertThat(root).isNotNull();
        try (Stream<Path> folders = Files.list(Path.of(root.toURI()))) {
            assertThat(folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(FIXTURES);
        }
        for (String version : FIXTURES) {
            // A leftover WAL would hold pages the committed file lacks; the fixture must be the one file.
            assertThat(UpgradeFixturesTest.class.getResource(ROOT + version + "/" + UpgradeFixtureMaker.DATA_FILE
                    + "-wal")).as(version).isNull();
            assertThat(UpgradeFixturesTest.class.getResource(ROOT + version + "/dolbom.key")).as(version)
                    .isNotNull();
        }
    }

    /** Every table the fixture had still has its rows, and its old columns still hold the same values. */
    private static void assertEveryTableReadsAsBefore(AppContext context, Properties expected) {
        List<String> tables = expected.stringPropertyNames().stream()
                .filter(key -> key.startsWith("table.") && key.endsWith(".rows"))
                .map(key -> key.substring("table.".length(), key.length() - ".rows".length())).sorted().toList();
        assertThat(tables).contains("resident", "visit", "vitals", "schedule_entry", "support_plan", "resident_link");
        context.database().read(ctx -> ctx.connectionResult(connection -> {
            assertThat(CaseFileSnapshot.tables(connection)).as("tables").containsAll(tables);
            for (String table : tables) {
                assertTableReadsAsBefore(connection, table, expected);
            }
            return null;
        }));
    }

    private static void assertTableReadsAsBefore(Connection connection, String table, Properties expected)
            throws java.sql.SQLException {
        List<String> columns = Arrays.asList(expected.getProperty("table." + table + ".columns").split(","));
        assertThat(CaseFileSnapshot.columns(connection, table)).as(table + " columns").containsAll(columns);
        assertThat(CaseFileSnapshot.rows(connection, table)).as(table + " rows")
                .isEqualTo(Long.parseLong(expected.getProperty("table." + table + ".rows")));
        assertThat(CaseFileSnapshot.hash(connection, table, columns)).as(table + " content")
                .isEqualTo(expected.getProperty("table." + table + ".hash"));
    }

    private static void assertTheResidentIsAsRecorded(AppContext context, Properties expected) {
        UUID id = UUID.fromString(expected.getProperty("resident.id"));
        Resident resident = context.residents().open(id, UpgradeFixtureMaker.LEADER);
        assertThat(resident.name()).isEqualTo(expected.getProperty("resident.name"));
        assertThat(resident.birthDate()).hasToString(expected.getProperty("resident.birthDate"));
        assertThat(resident.roadAddress()).isEqualTo(expected.getProperty("resident.roadAddress"));
        assertThat(String.valueOf(resident.addressDetail())).isEqualTo(expected.getProperty("resident.addressDetail"));
        assertThat(resident.mobilePhone() == null ? "" : resident.mobilePhone().digits())
                .isEqualTo(expected.getProperty("resident.phone"));
        assertThat(resident.maskedRrn()).isEqualTo(expected.getProperty("resident.maskedRrn"));
        // The number sealed with the file's key still unseals to what was sealed.
        assertThat(context.residents().revealRrn(id, UpgradeFixtureMaker.LEADER))
                .hasValueSatisfying(rrn -> assertThat(rrn.reveal()).isEqualTo(expected.getProperty("resident.rrn")));
        // Found by the search a person types: name and 초성 both come from the search keys.
        assertThat(context.residents().search(resident.name(), ResidentFilter.ALL, 0, 50).rows())
                .extracting(ResidentRow::id).contains(id);
        // The search keys of V4 were made for every resident the older file held, and answer each kind of query.
        int keys = context.database().read(ctx -> ctx.fetchCount(DSL.table("resident_search_key")));
        int derived = context.database().read(ctx -> ctx.fetchCount(DSL.selectDistinct(DSL.asterisk())
                .from(DSL.table("resident_search_key_source"))));
        assertThat(keys).isPositive().isEqualTo(derived);
        List<String> queries = new ArrayList<>(List.of(Hangul.initials(ResidentKeys.sortName(resident.name())),
                resident.birthDate().format(DateTimeFormatter.BASIC_ISO_DATE)));
        if (resident.name().length() > 2) {
            queries.add(resident.name().substring(1));
        }
        if (resident.roadAddress() != null && resident.roadAddress().contains(" ")) {
            queries.add(resident.roadAddress().split(" ")[1]);
        }
        if (resident.mobilePhone() != null) {
            queries.add(resident.mobilePhone().lastFour());
        }
        for (String query : queries) {
            assertThat(context.residents().search(query, ResidentFilter.ALL, 0, 5000).rows()).as(query)
                    .extracting(ResidentRow::id).contains(id);
        }
    }

    private static void assertThePlanIsAsRecorded(AppContext context, Properties expected) {
        SupportPlan plan = context.plans().find(UUID.fromString(expected.getProperty("plan.id"))).orElseThrow();
        assertThat(plan.goals()).isEqualTo(expected.getProperty("plan.goals"));
        assertThat(plan.status()).hasToString(expected.getProperty("plan.status"));
        assertThat(plan.periodStart()).hasToString(expected.getProperty("plan.periodStart"));
        assertThat(plan.services()).hasSize(Integer.parseInt(expected.getProperty("plan.services")));
        assertThat(plan.services().getFirst().content()).isEqualTo(expected.getProperty("plan.service.content"));
        assertThat(String.valueOf(plan.services().getFirst().quantity()))
                .isEqualTo(expected.getProperty("plan.service.quantity"));
        assertThat(context.plans().checks(plan.id())).hasSize(Integer.parseInt(expected.getProperty("plan.checks")));
    }

    private static void assertTheVisitIsAsRecorded(AppContext context, Properties expected) {
        Visit visit = context.visits().find(UUID.fromString(expected.getProperty("visit.id"))).orElseThrow();
        assertThat(visit.visitedAt()).hasToString(expected.getProperty("visit.visitedAt"));
        assertThat(visit.outcome()).hasToString(expected.getProperty("visit.outcome"));
        assertThat(visit.notes()).isEqualTo(expected.getProperty("visit.notes"));
        assertThat(UpgradeFixtureMaker.vitals(visit.vitals())).isEqualTo(expected.getProperty("visit.vitals"));
        assertThat(visit.followUp().dueOn()).hasToString(expected.getProperty("visit.followUp.dueOn"));
        assertThat(visit.followUp().note()).isEqualTo(expected.getProperty("visit.followUp.note"));
        assertThat(visit.signedOffAt() != null)
                .isEqualTo(Boolean.parseBoolean(expected.getProperty("visit.signedOff")));
    }

    private static void assertTheWeekIsAsRecorded(AppContext context, Properties expected) {
        for (String name : List.of("done", "absent", "refused", "moved", "movedTo")) {
            String key = "schedule." + name + ".";
            ScheduleEntry entry = context.schedule().find(UUID.fromString(expected.getProperty(key + "id")))
                    .orElseThrow();
            assertThat(entry.status()).as(name).hasToString(expected.getProperty(key + "status"));
            assertThat(entry.date()).as(name).hasToString(expected.getProperty(key + "date"));
            assertThat(entry.residentId()).as(name).hasToString(expected.getProperty(key + "resident"));
            assertThat(entry.visitId() == null ? "" : entry.visitId().toString()).as(name)
                    .isEqualTo(expected.getProperty(key + "visit"));
        }
        UUID absentVisit = UUID.fromString(expected.getProperty("schedule.absent.visit"));
        assertThat(context.visits().find(absentVisit)).hasValueSatisfying(v -> assertThat(v.outcome())
                .hasToString(expected.getProperty("schedule.absent.visitOutcome")));
        LocalDate monday = UpgradeFixtureMaker.WEEK.monday();
        Map<String, Long> statuses = new LinkedHashMap<>();
        for (ScheduleEntry entry : context.schedule().between(monday, monday.plusWeeks(2))) {
            statuses.merge("schedule.status." + entry.status().name(), 1L, Long::sum);
        }
        Map<String, Long> recorded = new LinkedHashMap<>(prefixed(expected, "schedule.status."));
        recorded.values().removeIf(n -> n == 0);
        assertThat(statuses).isEqualTo(recorded);
    }

    private static void assertTheLinkedPersonIsStillOneResident(AppContext context, Properties expected) {
        UUID ours = UUID.fromString(expected.getProperty("link.resident"));
        String incoming = expected.getProperty("link.incoming");
        String linkedTo = context.database().read(ctx -> ctx.fetchValue(
                "SELECT resident_id FROM resident_link WHERE incoming_id = ?", incoming)).toString();
        assertThat(linkedTo).isEqualTo(ours.toString());
        assertThat(context.visits().forResident(ours, 0, 1000)).extracting(Visit::notes)
                .contains(expected.getProperty("link.visitNotes"));
    }

    /** Flyway finds nothing left to apply, every applied migration succeeded, and none is older than the file. */
    private static void assertTheSchemaIsTheLatest(Path file, int fixtureSchema) {
        Flyway flyway = Flyway.configure(UpgradeFixturesTest.class.getClassLoader())
                .dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration").load();
        MigrationInfo[] all = flyway.info().all();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(all).allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
        MigrationInfo current = flyway.info().current();
        assertThat(current.getVersion()).isEqualTo(all[all.length - 1].getVersion());
        assertThat(Integer.parseInt(current.getVersion().getVersion())).isGreaterThanOrEqualTo(fixtureSchema);
    }

    /** The fixture's data file and key, copied: opening migrates, and the committed fixture must never change. */
    private Path copy(String version) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(version));
        Path file = folder.resolve(UpgradeFixtureMaker.DATA_FILE);
        copyResource(ROOT + version + "/" + UpgradeFixtureMaker.DATA_FILE, file);
        copyResource(ROOT + version + "/dolbom.key", DataLocation.keyFileFor(file));
        return file;
    }

    private static void copyResource(String resource, Path target) throws IOException {
        try (InputStream in = UpgradeFixturesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, target);
        }
    }

    private static Properties expected(String version) throws IOException {
        Properties properties = new Properties();
        String resource = ROOT + version + "/" + UpgradeFixtureMaker.EXPECTED;
        try (InputStream in = UpgradeFixturesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Map<String, Long> prefixed(Properties properties, String prefix) {
        Map<String, Long> values = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().filter(key -> key.startsWith(prefix)).sorted()
                .forEach(key -> values.put(key, Long.parseLong(properties.getProperty(key))));
        return values;
    }

    private static String sha256(String resource) {
        try (InputStream in = UpgradeFixturesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
