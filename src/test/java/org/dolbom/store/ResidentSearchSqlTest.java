package org.dolbom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dolbom.store.jooq.Tables.AREA;
import static org.dolbom.store.jooq.Tables.RESIDENT;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.Sex;
import org.dolbom.search.Hangul;
import org.dolbom.search.ResidentKeys;
import org.dolbom.search.SearchQuery;
import org.dolbom.search.SearchToken;
import org.dolbom.search.SearchToken.Digits;
import org.dolbom.search.SearchToken.NameMatch;
import org.dolbom.search.SearchToken.Words;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResidentSearchSqlTest {

    private static final String NOW = "2026-11-22T00:00:00Z";

    @TempDir
    Path dir;

    private Connection connection;
    private DSLContext ctx;
    private final Map<String, String> areaIds = new LinkedHashMap<>();
    private final Map<UUID, Person> people = new LinkedHashMap<>();

    /** What the test knows about each resident it put in the file. */
    private record Person(UUID id, String name, LocalDate birthDate, String mobile, String area, String road) {
    }

    @BeforeEach
    void migrateAnEmptyFile() throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("case.db");
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        connection = DriverManager.getConnection(url);
        ctx = DSL.using(connection, SQLDialect.SQLITE);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void initialsFindTheirNameOnly() {
        UUID kim = add("김민수", "1950-03-04", "01011112222", "양평읍 양근리");
        add("박민수", "1951-05-06", "01033334444", "양평읍 양근리");

        assertThat(ids("ㄱㅁㅅ")).containsExactly(kim);
        assertThat(ids("ㄱㅁ")).containsExactly(kim);
        assertThat(ids("ㅁㅅ")).hasSize(2);
    }

    @Test
    void syllablesAndInitialsMixAndDoubleConsonantsCount() {
        UUID kim = add("김민수", "1950-03-04", "01011112222", "양평읍 양근리");
        add("김수민", "1950-03-05", null, "양평읍 양근리");
        UUID ssang = add("쌍둥이", "1960-01-01", null, "양평읍 양근리");

        assertThat(ids("김ㅁ")).containsExactly(kim);
        assertThat(ids("ㅆㄷ")).containsExactly(ssang);
        assertThat(ids("ㅅㄷ")).isEmpty();
    }

    @Test
    void dueumVariantsFindEachOther() {
        UUID ri = add("리영희", "1948-02-02", null, "양평읍 양근리");
        UUID yu = add("유재석", "1952-07-07", null, "양평읍 양근리");
        UUID ro = add("노무현", "1946-09-01", null, "양평읍 양근리");

        assertThat(ids("이영희")).containsExactly(ri);
        assertThat(ids("이")).containsExactly(ri);
        assertThat(ids("이영")).containsExactly(ri);
        assertThat(ids("류재석")).containsExactly(yu);
        assertThat(ids("로무")).containsExactly(ro);
    }

    @Test
    void birthDatesByYearFullDateAndShortForm() {
        UUID a = add("김민수", "1950-01-01", null, "양평읍 양근리");
        UUID b = add("이순자", "1950-12-31", null, "양평읍 양근리");
        add("박영수", "1951-01-01", null, "양평읍 양근리");

        assertThat(ids("1950")).containsExactlyInAnyOrder(a, b);
        assertThat(ids("19500101")).containsExactly(a);
        assertThat(ids("1950-01-01")).containsExactly(a);
        assertThat(ids("500101")).containsExactly(a);
        assertThat(ids("195012")).containsExactly(b);
    }

    @Test
    void theLastFourPhoneDigitsFindAResidentAndTheListShowsTheNumberMasked() {
        UUID kim = add("김민수", "1950-01-01", "01012345678", "양평읍 양근리");
        add("박영수", "1951-01-01", "01056781234", "양평읍 양근리");

        ResidentPage page = page("5678", ResidentFilter.ALL, 0, 10);

        assertThat(page.rows()).extracting(ResidentRow::id).containsExactly(kim);
        assertThat(page.rows().getFirst().maskedPhone()).isEqualTo("010-****-5678");
        assertThat(ids("567")).containsExactly(kim);
        assertThat(ids("010-1234-5678")).containsExactly(kim);
    }

    @Test
    void anAreaOrAddressFindsWhoLivesThere() {
        UUID kim = add("김민수", "1950-01-01", null, "양평읍 양근리");
        UUID lee = add("이순자", "1950-01-01", null, "강상면 세월리");

        ResidentPage page = page("양근리", ResidentFilter.ALL, 0, 10);

        assertThat(page.rows()).extracting(ResidentRow::id).containsExactly(kim);
        assertThat(page.rows().getFirst().areaLabel()).isEqualTo("양평읍 양근리");
        assertThat(ids("중앙로")).containsExactly(kim);
        assertThat(ids("세월")).containsExactly(lee);
    }

    @Test
    void everyWordMustMatch() {
        UUID kim = add("김민수", "1950-01-01", null, "양평읍 양근리");
        add("김영자", "1950-01-01", null, "강상면 세월리");
        add("박민수", "1950-01-01", null, "양평읍 양근리");

        assertThat(ids("김 양근리")).containsExactly(kim);
        assertThat(ids("ㄱㅁ 1950")).containsExactly(kim);
    }

    @Test
    void namesStartingWithTheWordComeFirst() {
        UUID kim = add("김민수", "1950-01-01", null, "양평읍 양근리");
        UUID min = add("민지호", "1950-01-01", null, "양평읍 양근리");

        assertThat(ids("민")).containsExactly(min, kim);
        assertThat(ids("")).containsExactly(kim, min);
    }

    @Test
    void pagesAreDisjointAndSayWhetherMoreFollow() {
        Set<UUID> all = new HashSet<>();
        for (int i = 0; i < 25; i++) {
            all.add(add("김" + (char) ('가' + i * 28) + "수", "1950-01-01", null, "양평읍 양근리"));
        }

        ResidentPage first = page("김", ResidentFilter.ALL, 0, 10);
        ResidentPage second = page("김", ResidentFilter.ALL, 10, 10);
        ResidentPage third = page("김", ResidentFilter.ALL, 20, 10);

        assertThat(first.rows()).hasSize(10);
        assertThat(first.hasMore()).isTrue();
        assertThat(second.rows()).hasSize(10);
        assertThat(second.hasMore()).isTrue();
        assertThat(third.rows()).hasSize(5);
        assertThat(third.hasMore()).isFalse();
        List<UUID> seen = new ArrayList<>();
        for (ResidentPage page : List.of(first, second, third)) {
            page.rows().forEach(row -> seen.add(row.id()));
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void walkingTheWholeRegistryPageAfterPageGivesEveryoneOnceInTheListsOrderFromTheIndex() throws SQLException {
        addMany(1500, new Random(11));
        // Namesakes born the same day: only the id tells them apart, and no page boundary may lose one.
        for (int i = 0; i < 7; i++) {
            add("김민수", "1950-01-01", null, "양평읍 양근리");
        }
        ctx.execute("ANALYZE");

        for (ResidentFilter filter : ResidentFilter.values()) {
            List<UUID> oneLongPage = page("", filter, 0, 5000).rows().stream().map(ResidentRow::id).toList();
            List<UUID> walked = new ArrayList<>();
            ResidentPage current = page("", filter, 0, 3);
            current.rows().forEach(row -> walked.add(row.id()));
            List<String> plans = new ArrayList<>();
            while (current.hasMore()) {
                assertThat(current.next()).as("a registry page says where the next starts").isNotNull();
                ResidentPage previous = current;
                List<Query> seen = new ArrayList<>();
                DSLContext recording = DSL.using(ctx.configuration().derive(
                        ExecuteListener.onExecuteStart(c -> seen.add(c.query()))));
                current = ResidentSearchSql.next(recording, "", filter, previous, 37);
                assertThat(current.offset()).isEqualTo(walked.size());
                current.rows().forEach(row -> walked.add(row.id()));
                for (Query q : seen) {
                    plans.addAll(ctx.fetch("explain query plan " + q.getSQL(), q.getBindValues().toArray())
                            .getValues("detail", String.class));
                }
            }
            assertThat(walked).as("%s", filter).containsExactlyElementsOf(oneLongPage);
            assertThat(plans).as("%s", filter).isNotEmpty()
                    .allMatch(step -> !step.contains("TEMP B-TREE"))
                    .anyMatch(step -> step.contains("resident_sort") && step.contains("(sort_name,birth_date,id)>"));
        }
    }

    @Test
    void closedCasesAreHiddenFromOpenOnlyAndTombstonesFromEveryone() {
        UUID open = add("김민수", "1950-01-01", null, "양평읍 양근리");
        UUID closed = add("김영자", "1950-01-01", null, "양평읍 양근리");
        UUID gone = add("김철수", "1950-01-01", null, "양평읍 양근리");
        ctx.update(RESIDENT).set(RESIDENT.STATUS, ResidentStatus.CLOSED.name())
                .where(RESIDENT.ID.eq(closed.toString())).execute();
        ctx.update(RESIDENT).set(RESIDENT.DELETED, 1).where(RESIDENT.ID.eq(gone.toString())).execute();

        assertThat(page("김", ResidentFilter.OPEN_ONLY, 0, 10).rows()).extracting(ResidentRow::id)
                .containsExactly(open);
        ResidentPage all = page("김", ResidentFilter.ALL, 0, 10);
        assertThat(all.rows()).extracting(ResidentRow::id).containsExactly(open, closed);
        assertThat(all.rows().get(1).status()).isEqualTo(ResidentStatus.CLOSED);
    }

    @Test
    void theTotalCountsEveryPageAndLeavesOutWhatTheListLeavesOut() {
        for (int i = 0; i < 25; i++) {
            add("김" + (char) ('가' + i * 28) + "수", "1950-01-01", null, "양평읍 양근리");
        }
        add("박영희", "1944-05-03", null, "양평읍 양근리");
        UUID closed = add("김영자", "1950-01-01", null, "양평읍 양근리");
        UUID gone = add("김철수", "1950-01-01", null, "양평읍 양근리");
        ctx.update(RESIDENT).set(RESIDENT.STATUS, ResidentStatus.CLOSED.name())
                .where(RESIDENT.ID.eq(closed.toString())).execute();
        ctx.update(RESIDENT).set(RESIDENT.DELETED, 1).where(RESIDENT.ID.eq(gone.toString())).execute();

        for (ResidentFilter filter : ResidentFilter.values()) {
            for (String query : List.of("", "김", "ㄱㅅ", "양근리", "1950", "없는이름")) {
                int paged = 0;
                ResidentPage page;
                do {
                    page = page(query, filter, paged, 7);
                    paged += page.rows().size();
                } while (page.hasMore());
                assertThat(ResidentSearchSql.count(ctx, query, filter)).as("%s %s", query, filter)
                        .isEqualTo(paged);
            }
        }
        assertThat(ResidentSearchSql.count(ctx, "김", ResidentFilter.OPEN_ONLY)).isEqualTo(25);
        assertThat(ResidentSearchSql.count(ctx, "김", ResidentFilter.ALL)).isEqualTo(26);
    }

    @Test
    void searchCharactersAreTakenLiterally() {
        add("김민수", "1950-01-01", null, "양평읍 양근리");

        assertThat(ids("ㄱ*")).isEmpty();
        assertThat(ids("김?")).isEmpty();
        assertThat(ids("ㄱ[")).isEmpty();
        assertThat(ids("\"양근")).isEmpty();
        assertThat(ids("'); drop table resident; --")).isEmpty();
        assertThat(ids("김")).hasSize(1);
    }

    @Test
    void aLargeFileGivesTheSameAnswersThroughItsIndexesAsReadingEveryone() throws SQLException {
        addMany(3000, new Random(20261122));

        assertSameAsReadingEveryone("양근리", p -> p.area().contains("양근리"));
        assertSameAsReadingEveryone("중앙로", p -> p.road().contains("중앙로"));
        assertSameAsReadingEveryone("ㄱㅁ", p -> Hangul.initials(p.name()).contains("ㄱㅁ"));
        assertSameAsReadingEveryone("1950", p -> p.birthDate().getYear() == 1950
                || (p.mobile() != null && p.mobile().endsWith("1950")));
        assertSameAsReadingEveryone("이영 ", p -> nameMatches("이영 ", p));
        assertSameAsReadingEveryone("김민", p -> nameMatches("김민", p));
        assertSameAsReadingEveryone("류 양근리", p -> nameMatches("류 ", p) && p.area().contains("양근리"));

        // The plain list walks the sort index page by page instead of sorting the whole table each time.
        for (ResidentFilter filter : ResidentFilter.values()) {
            assertThat(plan("", filter)).anyMatch(step -> step.contains("resident_sort"))
                    .noneMatch(step -> step.contains("TEMP B-TREE"));
        }
    }

    /** One query of each kind the registry's box answers, as a person types it. */
    private static final Map<String, List<String>> QUERY_CLASSES = new LinkedHashMap<>();

    static {
        QUERY_CLASSES.put("초성 prefix", List.of("ㄱㅁㅅ", "ㅇㅇ ", "ㄹㅇ"));
        QUERY_CLASSES.put("초성 anywhere", List.of("ㅅㅎ", "ㅈ", "ㅎㄱ"));
        QUERY_CLASSES.put("mixed", List.of("김ㅁ", "ㄱ민", "이ㅅ ", "박영ㅈ"));
        QUERY_CLASSES.put("name prefix", List.of("김", "박영", "이", "로 ", "양순"));
        QUERY_CLASSES.put("two-syllable substring", List.of("민수", "영희 ", "순자", "호길"));
        QUERY_CLASSES.put("three or more syllables", List.of("김민수", "이영희 ", "양근로", "리순자"));
        QUERY_CLASSES.put("phone last 4", List.of("1234", "56", "7"));
        QUERY_CLASSES.put("birth year", List.of("1950", "195", "19"));
        QUERY_CLASSES.put("birth date yymmdd", List.of("500317", "351102"));
        QUERY_CLASSES.put("birth date yyyymmdd", List.of("19500317", "1935-11-02"));
        QUERY_CLASSES.put("리 or address word", List.of("양근리", "오빈", "물맑은길", "세월 ", "문호"));
        QUERY_CLASSES.put("two words", List.of("김 양근리", "ㄱㅁ 1950", "민 19", "류 양근리", "영희 물맑은",
                "양근리 ㅅ"));
    }

    @Test
    void everyKindOfQueryFindsWhatReadingEveryoneFindsInTheListsOrder() throws SQLException {
        addMany(3000, new Random(20261202));
        // A few residents every kind of query is sure to find, beside the random ones.
        add("김민수", "1950-03-17", "01012341234", "양평읍 양근리");
        add("이영희", "1935-11-02", "01099995678", "강상면 세월리");
        add("양순자", "1950-03-17", null, "서종면 문호리");
        add("리순자", "1941-07-30", "01033334444", "용문면 다문리");
        UUID gone = add("김민호", "1950-03-17", "01011111234", "양평읍 양근리");
        UUID closed = add("박영자", "1950-03-17", "01022221234", "양평읍 양근리");
        ctx.update(RESIDENT).set(RESIDENT.DELETED, 1).where(RESIDENT.ID.eq(gone.toString())).execute();
        ctx.update(RESIDENT).set(RESIDENT.STATUS, ResidentStatus.CLOSED.name())
                .where(RESIDENT.ID.eq(closed.toString())).execute();
        Set<UUID> hidden = Set.of(gone);

        for (var kind : QUERY_CLASSES.entrySet()) {
            for (String query : kind.getValue()) {
                for (ResidentFilter filter : ResidentFilter.values()) {
                    Set<UUID> leftOut = filter == ResidentFilter.ALL ? hidden : Set.of(gone, closed);
                    assertSameAsReadingEveryone(kind.getKey() + " " + query, query, filter,
                            p -> !leftOut.contains(p.id()) && readsAsMatching(query, p));
                }
            }
        }
    }

    @Test
    void everyKindOfQueryIsReadFromAnIndexAndNeverSortsTheFirstPage() throws SQLException {
        addMany(2000, new Random(7));
        // Statistics as a file in use has them, so the planner weighs the indexes as it would there.
        ctx.execute("ANALYZE");

        for (var kind : QUERY_CLASSES.entrySet()) {
            for (String query : kind.getValue()) {
                for (ResidentFilter filter : ResidentFilter.values()) {
                    List<List<String>> plans = plans(query, filter);
                    assertThat(plans).as("%s %s", kind.getKey(), query).isNotEmpty();
                    for (List<String> plan : plans) {
                        assertThat(plan).as("%s [%s] %s: %s", kind.getKey(), query, filter, plan)
                                .anyMatch(step -> step.startsWith("SEARCH"))
                                // A key probe counts its rows through a subquery; no table is read whole.
                                .noneMatch(step -> step.startsWith("SCAN") && !step.contains("VIRTUAL TABLE")
                                        && !step.startsWith("SCAN (subquery"))
                                .noneMatch(step -> step.contains("TEMP B-TREE"));
                    }
                }
            }
        }
    }

    @Test
    void theSearchKeysFollowEveryWriteOfAResident() {
        UUID kim = add("김민수", "1950-03-17", "01012345678", "양평읍 양근리");
        add("박영희", "1944-01-01", null, "강상면 세월리");
        assertKeysAsDerived();

        ResidentKeys renamed = ResidentKeys.of("최순자", LocalDate.of(1951, 4, 1), List.of(), "양평군 옥천면 아신로 1",
                null, "옥천면 아신리");
        ctx.update(RESIDENT).set(RESIDENT.NAME, "최순자").set(RESIDENT.BIRTH_DATE, "1951-04-01")
                .set(RESIDENT.PHONE_MOBILE, (String) null)
                .set(RESIDENT.SORT_NAME, renamed.sortName()).set(RESIDENT.NAME_INITIALS, renamed.nameInitials())
                .set(RESIDENT.SEARCH_TEXT, renamed.searchText()).set(RESIDENT.PHONE_LAST4, renamed.phoneLast4())
                .where(RESIDENT.ID.eq(kim.toString())).execute();
        assertKeysAsDerived();
        assertThat(ids("ㅊㅅ")).containsExactly(kim);
        assertThat(ids("순자")).containsExactly(kim);
        assertThat(ids("1951")).containsExactly(kim);
        assertThat(ids("아신")).containsExactly(kim);
        assertThat(ids("ㄱㅁㅅ")).isEmpty();
        assertThat(ids("민수")).isEmpty();
        assertThat(ids("5678")).isEmpty();

        // A save that changes no key leaves the keys as they are.
        ctx.update(RESIDENT).set(RESIDENT.NOTES, "메모").where(RESIDENT.ID.eq(kim.toString())).execute();
        assertKeysAsDerived();

        ctx.deleteFrom(RESIDENT).where(RESIDENT.ID.eq(kim.toString())).execute();
        assertKeysAsDerived();
        assertThat(ids("ㅊㅅ")).isEmpty();
    }

    @Test
    void aBulkWriteKeysItsResidentsAtTheEndAndPutsTheTriggersBack() throws SQLException {
        UUID before = add("김민수", "1950-03-17", "01012345678", "양평읍 양근리");
        connection.setAutoCommit(false);
        DeferredSearchIndex deferred = DeferredSearchIndex.setAside(connection);
        UUID during = add("박영희", "1944-01-01", "01011112222", "강상면 세월리");
        assertThat(ctx.fetchCount(DSL.table("resident_search_key"))).as("nothing keyed while set aside")
                .isEqualTo(keys(ctx, "resident_search_key").size())
                .isLessThan(keys(ctx, "resident_search_key_source").size());
        deferred.restore();
        connection.commit();
        connection.setAutoCommit(true);

        assertKeysAsDerived();
        assertThat(ids("ㅂㅇ")).containsExactly(during);
        assertThat(ids("2222")).containsExactly(during);
        assertThat(ids("ㄱㅁ")).containsExactly(before);
        // The triggers are back: a resident added after is keyed as it is written.
        UUID after = add("최순자", "1951-04-01", null, "옥천면 아신리");
        assertKeysAsDerived();
        assertThat(ids("ㅊㅅ")).containsExactly(after);
    }

    @Test
    void aFileOfTheThirdSchemaGetsEveryResidentsKeysWhenItIsUpgraded() throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("v3.db");
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("3").load()
                .migrate();
        try (Connection v3 = DriverManager.getConnection(url)) {
            DSLContext old = DSL.using(v3, SQLDialect.SQLITE);
            insert(old, "김민수", "1950-03-17", "01012345678", "양평읍 양근리", "양평군 양평읍 중앙로 12");
            insert(old, "리영희", "1944-01-01", null, "강상면 세월리", "양평군 강상면 강남로 3");
        }
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        try (Connection v4 = DriverManager.getConnection(url)) {
            DSLContext upgraded = DSL.using(v4, SQLDialect.SQLITE);
            assertThat(keys(upgraded, "resident_search_key")).isNotEmpty()
                    .isEqualTo(keys(upgraded, "resident_search_key_source"));
            assertThat(ResidentSearchSql.page(upgraded, "ㄱㅁ", ResidentFilter.ALL, 0, 10).rows())
                    .extracting(ResidentRow::name).containsExactly("김민수");
            assertThat(ResidentSearchSql.page(upgraded, "이영", ResidentFilter.ALL, 0, 10).rows())
                    .extracting(ResidentRow::name).containsExactly("리영희");
            assertThat(ResidentSearchSql.page(upgraded, "5678", ResidentFilter.ALL, 0, 10).rows())
                    .extracting(ResidentRow::name).containsExactly("김민수");
        }
    }

    private void assertKeysAsDerived() {
        assertThat(keys(ctx, "resident_search_key")).isEqualTo(keys(ctx, "resident_search_key_source"));
    }

    private static Set<String> keys(DSLContext db, String table) {
        return new HashSet<>(db.fetch("SELECT key || '|' || sort_name || '|' || birth_date || '|' || resident_rowid "
                + "FROM " + table).getValues(0, String.class));
    }

    /**
     * Whether a resident matches the query, read the slow way from what the test knows about them: every token
     * must match its name (초성, 두음, while typing), its search text (two characters or more), its birth date or
     * the last four digits of its phone.
     */
    private static boolean readsAsMatching(String query, Person person) {
        String sortName = ResidentKeys.sortName(person.name());
        String searchText = searchText(person);
        for (SearchToken token : SearchQuery.parse(query).tokens()) {
            boolean matches = switch (token) {
                case Words words -> words.matchesName(sortName)
                        || (!words.hasJamo() && words.text().length() > 1 && searchText.contains(words.text()));
                case Digits digits -> digitsMatch(digits, person, searchText);
            };
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    private static boolean digitsMatch(Digits digits, Person person, String searchText) {
        String birth = person.birthDate().toString();
        if (digits.birthDatePrefix().filter(birth::startsWith).isPresent()
                || digits.shortBirthDates().contains(person.birthDate())) {
            return true;
        }
        String last4 = person.mobile() == null ? "" : person.mobile().substring(person.mobile().length() - 4);
        if (digits.phoneLastFourPrefix().filter(p -> !last4.isEmpty() && last4.startsWith(p)).isPresent()) {
            return true;
        }
        return digits.searchesPhoneDigits() && searchText.contains(digits.digits());
    }

    private static String searchText(Person person) {
        List<PhoneNumber> phones = person.mobile() == null ? List.of() : List.of(new PhoneNumber(person.mobile()));
        return ResidentKeys.of(person.name(), person.birthDate(), phones, person.road(), null, person.area())
                .searchText();
    }

    /** Exact name-prefix matches come first, then guesses at what is being typed, then the rest. */
    private static int rank(String query, Person person) {
        String sortName = ResidentKeys.sortName(person.name());
        int rank = 2;
        for (SearchToken token : SearchQuery.parse(query).tokens()) {
            if (token instanceof Words words) {
                for (NameMatch match : words.matches()) {
                    if (match.pattern().matchesStartOf(sortName)) {
                        rank = Math.min(rank, match.whileTyping() ? 1 : 0);
                    }
                }
            }
        }
        return rank;
    }

    private void assertSameAsReadingEveryone(String query, Predicate<Person> expected) {
        assertSameAsReadingEveryone(query, query, ResidentFilter.ALL, expected);
    }

    private void assertSameAsReadingEveryone(String what, String query, ResidentFilter filter,
                                             Predicate<Person> expected) {
        Set<UUID> want = new HashSet<>();
        people.values().stream().filter(expected).forEach(p -> want.add(p.id()));
        List<UUID> got = new ArrayList<>();
        int offset = 0;
        ResidentPage page;
        do {
            page = page(query, filter, offset, 200);
            page.rows().forEach(row -> got.add(row.id()));
            offset += 200;
        } while (page.hasMore());

        assertThat(want).as("the data should hold matches for %s", what).isNotEmpty();
        assertThat(got).as("%s %s", what, filter).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(want);
        assertThat(ResidentSearchSql.count(ctx, query, filter)).as("total for %s %s", what, filter)
                .isEqualTo(got.size());
        // A broad query is counted by reading every resident: the same total.
        assertThat(ResidentSearchSql.count(ctx, query, filter, 1)).as("total for %s %s by reading everyone", what,
                filter).isEqualTo(got.size());
        Comparator<Person> listOrder = Comparator.<Person>comparingInt(p -> rank(query, p))
                .thenComparing(p -> ResidentKeys.sortName(p.name())).thenComparing(Person::birthDate);
        assertThat(got.stream().map(people::get).toList()).as("order of %s %s", what, filter)
                .isSortedAccordingTo(listOrder);
    }

    private static boolean nameMatches(String typed, Person person) {
        return ((Words) SearchQuery.parse(typed).tokens().getFirst())
                .matchesName(ResidentKeys.sortName(person.name()));
    }

    /** The plan of every statement one first page of the query runs. */
    private List<List<String>> plans(String query, ResidentFilter filter) {
        List<Query> seen = new ArrayList<>();
        DSLContext recording = DSL.using(ctx.configuration().derive(
                ExecuteListener.onExecuteStart(c -> seen.add(c.query()))));
        ResidentSearchSql.page(recording, query, filter, 0, 100);
        return seen.stream().map(q -> ctx.fetch("explain query plan " + q.getSQL(), q.getBindValues().toArray())
                .getValues("detail", String.class)).toList();
    }

    private List<String> plan(String query, ResidentFilter filter) {
        List<Query> seen = new ArrayList<>();
        DSLContext recording = DSL.using(ctx.configuration().derive(
                ExecuteListener.onExecuteStart(c -> seen.add(c.query()))));
        ResidentSearchSql.page(recording, query, filter, 0, 50);
        Query q = seen.getFirst();
        return ctx.fetch("explain query plan " + q.getSQL(), q.getBindValues().toArray())
                .getValues("detail", String.class);
    }

    private void addMany(int count, Random random) throws SQLException {
        String[] surnames = {"김", "이", "리", "박", "최", "정", "류", "유", "임", "림", "노", "로", "양", "량", "조"};
        String[] given = {"민", "수", "영", "자", "순", "희", "철", "옥", "정", "숙", "호", "길", "분", "례", "말"};
        String[] areas = {"양평읍 양근리", "양평읍 오빈리", "강상면 세월리", "옥천면 아신리", "용문면 다문리",
            "서종면 문호리"};
        String[] roads = {"중앙로", "물맑은길", "양근로", "용문로", "문호길"};
        connection.setAutoCommit(false);
        for (int i = 0; i < count; i++) {
            String name = surnames[random.nextInt(surnames.length)] + given[random.nextInt(given.length)]
                    + given[random.nextInt(given.length)];
            String birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(365 * 30)).toString();
            String mobile = random.nextInt(5) == 0 ? null
                    : "010" + String.format("%08d", random.nextInt(100_000_000));
            String road = roads[random.nextInt(roads.length)] + " " + (1 + random.nextInt(200));
            insert(ctx, name, birth, mobile, areas[random.nextInt(areas.length)], road);
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    private UUID add(String name, String birth, String mobile, String area) {
        String road = area.contains("양근리") ? "양평군 양평읍 중앙로 12" : "양평군 강상면 강남로 3";
        return insert(ctx, name, birth, mobile, area, road);
    }

    private UUID insert(DSLContext db, String name, String birth, String mobile, String area, String road) {
        UUID id = UUID.randomUUID();
        String areaId = areaIds.computeIfAbsent(area, label -> {
            String newId = UUID.randomUUID().toString();
            String[] parts = label.split(" ");
            db.insertInto(AREA)
                    .set(AREA.ID, newId).set(AREA.ORIGIN, "T1").set(AREA.CREATED_AT, NOW)
                    .set(AREA.UPDATED_AT, NOW).set(AREA.REV, "r1")
                    .set(AREA.TOWNSHIP, parts[0]).set(AREA.NAME, parts[1]).set(AREA.KIND, "RI")
                    .execute();
            return newId;
        });
        LocalDate birthDate = LocalDate.parse(birth);
        List<PhoneNumber> phones = mobile == null ? List.of() : List.of(new PhoneNumber(mobile));
        ResidentKeys keys = ResidentKeys.of(name, birthDate, phones, road, null, area);
        db.insertInto(RESIDENT)
                .set(RESIDENT.ID, id.toString()).set(RESIDENT.ORIGIN, "T1").set(RESIDENT.CREATED_AT, NOW)
                .set(RESIDENT.UPDATED_AT, NOW).set(RESIDENT.REV, "r1")
                .set(RESIDENT.NAME, name).set(RESIDENT.BIRTH_DATE, birth).set(RESIDENT.SEX, Sex.F.name())
                .set(RESIDENT.PHONE_MOBILE, mobile).set(RESIDENT.ROAD_ADDRESS, road).set(RESIDENT.AREA_ID, areaId)
                .set(RESIDENT.SORT_NAME, keys.sortName()).set(RESIDENT.NAME_INITIALS, keys.nameInitials())
                .set(RESIDENT.SEARCH_TEXT, keys.searchText()).set(RESIDENT.PHONE_LAST4, keys.phoneLast4())
                .execute();
        people.put(id, new Person(id, name, birthDate, mobile, area, road));
        return id;
    }

    private ResidentPage page(String query, ResidentFilter filter, int offset, int limit) {
        return ResidentSearchSql.page(ctx, query, filter, offset, limit);
    }

    private List<UUID> ids(String query) {
        return page(query, ResidentFilter.ALL, 0, 100).rows().stream().map(ResidentRow::id).toList();
    }
}
