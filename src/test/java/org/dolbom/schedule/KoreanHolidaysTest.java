package org.dolbom.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KoreanHolidaysTest {

    /**
     * The public holidays of each year as published (월력요항, 공직선거법 election days, 임시공휴일 designations and,
     * from 2026, 제헌절 again): date and a word its name must contain. Sources per year are in holidays.csv.
     */
    private static final Map<Integer, String> PUBLISHED = Map.of(
            2025, """
                    2025-01-01 1월 1일
                    2025-01-27 임시공휴일
                    2025-01-28 설날
                    2025-01-29 설날
                    2025-01-30 설날
                    2025-03-01 3·1절
                    2025-03-03 대체공휴일
                    2025-05-05 부처님오신날
                    2025-05-06 대체공휴일
                    2025-06-03 대통령선거일
                    2025-06-06 현충일
                    2025-08-15 광복절
                    2025-10-03 개천절
                    2025-10-05 추석
                    2025-10-06 추석
                    2025-10-07 추석
                    2025-10-08 대체공휴일
                    2025-10-09 한글날
                    2025-12-25 기독탄신일
                    """,
            2026, """
                    2026-01-01 1월 1일
                    2026-02-16 설날
                    2026-02-17 설날
                    2026-02-18 설날
                    2026-03-01 3·1절
                    2026-03-02 대체공휴일
                    2026-05-05 어린이날
                    2026-05-24 부처님오신날
                    2026-05-25 대체공휴일
                    2026-06-03 지방선거
                    2026-06-06 현충일
                    2026-07-17 제헌절
                    2026-08-15 광복절
                    2026-08-17 대체공휴일
                    2026-09-24 추석
                    2026-09-25 추석
                    2026-09-26 추석
                    2026-10-03 개천절
                    2026-10-05 대체공휴일
                    2026-10-09 한글날
                    2026-12-25 기독탄신일
                    """,
            2027, """
                    2027-01-01 1월 1일
                    2027-02-06 설날
                    2027-02-07 설날
                    2027-02-08 설날
                    2027-02-09 대체공휴일
                    2027-03-01 3·1절
                    2027-05-05 어린이날
                    2027-05-13 부처님오신날
                    2027-06-06 현충일
                    2027-07-17 제헌절
                    2027-07-19 대체공휴일
                    2027-08-15 광복절
                    2027-08-16 대체공휴일
                    2027-09-14 추석
                    2027-09-15 추석
                    2027-09-16 추석
                    2027-10-03 개천절
                    2027-10-04 대체공휴일
                    2027-10-09 한글날
                    2027-10-11 대체공휴일
                    2027-12-25 기독탄신일
                    2027-12-27 대체공휴일
                    """,
            2028, """
                    2028-01-01 1월 1일
                    2028-01-26 설날
                    2028-01-27 설날
                    2028-01-28 설날
                    2028-03-01 3·1절
                    2028-04-12 국회의원선거일
                    2028-05-02 부처님오신날
                    2028-05-05 어린이날
                    2028-06-06 현충일
                    2028-07-17 제헌절
                    2028-08-15 광복절
                    2028-10-02 추석
                    2028-10-03 개천절
                    2028-10-04 추석
                    2028-10-05 대체공휴일
                    2028-10-09 한글날
                    2028-12-25 기독탄신일
                    """);

    private final KoreanHolidays holidays = KoreanHolidays.shipped();

    @ParameterizedTest(name = "{0}: every published holiday and nothing else")
    @ValueSource(ints = {2025, 2026, 2027, 2028})
    void theYearIsThePublishedList(int year) {
        Map<LocalDate, String> published = new LinkedHashMap<>();
        PUBLISHED.get(year).lines().forEach(line -> {
            int space = line.indexOf(' ');
            published.put(LocalDate.parse(line.substring(0, space)), line.substring(space + 1));
        });
        Map<LocalDate, String> table = new LinkedHashMap<>();
        holidays.all().forEach((day, name) -> {
            if (day.getYear() == year) {
                table.put(day, name);
            }
        });
        assertThat(table.keySet()).as("holidays of " + year).containsExactlyElementsOf(published.keySet());
        published.forEach((day, word) -> assertThat(table.get(day)).as(day.toString()).contains(word));
    }

    @Test
    void noVisitsOnTheLocalElectionDay() {
        LocalDate election = LocalDate.of(2026, 6, 3);
        assertThat(holidays.name(election)).hasValueSatisfying(n -> assertThat(n).contains("지방선거"));
        assertThat(holidays.workingDays(Week.containing(election), false)).containsExactly(
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 4),
                LocalDate.of(2026, 6, 5));
        assertThat(holidays.name(LocalDate.of(2028, 4, 12))).hasValueSatisfying(n -> assertThat(n)
                .contains("국회의원선거"));
    }

    @Test
    void constitutionDayIsOffAgainFrom2026() {
        assertThat(holidays.isHoliday(LocalDate.of(2025, 7, 17))).as("2025: still a working Thursday").isFalse();
        assertThat(holidays.workingDays(Week.containing(LocalDate.of(2026, 7, 17)), false))
                .doesNotContain(LocalDate.of(2026, 7, 17)).hasSize(4);
        // 2027: on a Saturday, so the Monday after is off.
        assertThat(holidays.workingDays(Week.containing(LocalDate.of(2027, 7, 19)), false))
                .doesNotContain(LocalDate.of(2027, 7, 19)).hasSize(4);
    }

    @Test
    void substituteMondaysAndTuesdaysAreNotWorkingDays() {
        Map<LocalDate, String> substitutes = Map.of(
                LocalDate.of(2026, 10, 5), "개천절",
                LocalDate.of(2027, 2, 9), "설날",
                LocalDate.of(2027, 10, 4), "개천절",
                LocalDate.of(2027, 10, 11), "한글날",
                LocalDate.of(2027, 12, 27), "기독탄신일");
        substitutes.forEach((day, of) -> {
            assertThat(holidays.name(day)).as(day.toString())
                    .hasValueSatisfying(n -> assertThat(n).isEqualTo("대체공휴일(" + of + ")"));
            assertThat(holidays.workingDays(Week.containing(day), false)).as(day.toString()).doesNotContain(day);
        });
        // 설날 2027 runs Saturday to Monday and its Sunday is 설날 itself: Wednesday is the first day back.
        assertThat(holidays.workingDays(Week.containing(LocalDate.of(2027, 2, 9)), false))
                .containsExactly(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11), LocalDate.of(2027, 2, 12));
    }

    @Test
    void ordinaryWeekdaysStayWorkingDays() {
        // The day after an election, the Monday after a Sunday 현충일 (no substitute), the day after 설날's
        // substitute, and 노동절 (a day off for employees, but not a 관공서 공휴일: the office works).
        for (LocalDate day : List.of(LocalDate.of(2026, 6, 4), LocalDate.of(2027, 6, 7), LocalDate.of(2027, 2, 10),
                LocalDate.of(2026, 5, 1), LocalDate.of(2027, 5, 3))) {
            assertThat(holidays.isHoliday(day)).as(day.toString()).isFalse();
            assertThat(holidays.workingDays(Week.containing(day), false)).as(day.toString()).contains(day);
        }
        assertThat(holidays.workingDays(Week.parse("2026-W49"), false)).as("a week without holidays").hasSize(5);
    }

    @Test
    void seollalAndChuseok2026AreThreeDaysEach() {
        assertThat(holidays.name(LocalDate.of(2026, 2, 16))).contains("설날 전날");
        assertThat(holidays.name(LocalDate.of(2026, 2, 17))).contains("설날");
        assertThat(holidays.name(LocalDate.of(2026, 2, 18))).contains("설날 다음날");
        assertThat(holidays.isHoliday(LocalDate.of(2026, 2, 19))).isFalse();
        assertThat(holidays.name(LocalDate.of(2026, 9, 24))).contains("추석 전날");
        assertThat(holidays.name(LocalDate.of(2026, 9, 25))).contains("추석");
        assertThat(holidays.name(LocalDate.of(2026, 9, 26))).contains("추석 다음날");
        assertThat(holidays.name(LocalDate.of(2026, 10, 9))).contains("한글날");
    }

    @Test
    void substituteHolidaysOf2026() {
        for (LocalDate day : List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 17),
                LocalDate.of(2026, 10, 5))) {
            assertThat(holidays.name(day)).as(day.toString()).hasValueSatisfying(n -> assertThat(n)
                    .startsWith("대체공휴일"));
        }
        // 추석 ends on a Saturday: a Saturday is not a public holiday, so there is no substitute on Monday.
        assertThat(holidays.isHoliday(LocalDate.of(2026, 9, 28))).isFalse();
        // 현충일 has no substitute even on a Saturday.
        assertThat(holidays.isHoliday(LocalDate.of(2026, 6, 8))).isFalse();
    }

    @Test
    void knownDatesOf2025AndLunarDatesOf2027And2028() {
        assertThat(holidays.name(LocalDate.of(2025, 5, 5))).contains("어린이날·부처님오신날");
        assertThat(holidays.isHoliday(LocalDate.of(2025, 5, 6))).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2025, 6, 3))).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2025, 10, 8))).isTrue();
        assertThat(holidays.name(LocalDate.of(2027, 2, 9))).contains("대체공휴일(설날)");
        assertThat(holidays.name(LocalDate.of(2027, 5, 13))).contains("부처님오신날");
        assertThat(holidays.name(LocalDate.of(2027, 9, 15))).contains("추석");
        // In Korean time the new moon of 2028 falls a day later than in China: 설날 is 27 January.
        assertThat(holidays.name(LocalDate.of(2028, 1, 27))).contains("설날");
        assertThat(holidays.name(LocalDate.of(2028, 10, 3))).contains("추석·개천절");
        assertThat(holidays.name(LocalDate.of(2028, 10, 5))).contains("대체공휴일(추석)");
    }

    @Test
    void aChuseokWeekHasFewerWorkingDays() {
        Week chuseok = Week.parse("2026-W39");
        assertThat(holidays.workingDays(chuseok, false))
                .containsExactly(LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 22), LocalDate.of(2026, 9, 23));
        assertThat(holidays.workingDays(Week.parse("2026-W41"), true))
                .as("substitute Monday and 한글날 Friday out, Saturday in")
                .containsExactly(LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7),
                        LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 10));
    }

    @Test
    void theTableCoversTheFourYears() {
        assertThat(holidays.covers(LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(holidays.covers(LocalDate.of(2028, 12, 31))).isTrue();
        assertThat(holidays.covers(LocalDate.of(2029, 1, 1))).isFalse();
        for (int year = 2025; year <= 2028; year++) {
            for (String fixed : List.of("01-01", "03-01", "05-05", "06-06", "08-15", "10-03", "10-09", "12-25")) {
                assertThat(holidays.isHoliday(LocalDate.parse(year + "-" + fixed))).as(year + "-" + fixed).isTrue();
            }
        }
    }

    /** Derives every substitute holiday from the other rows by the rules in force and compares with the table. */
    @Test
    void substituteHolidaysFollowTheRules() {
        Map<LocalDate, String> all = holidays.all();
        Set<LocalDate> base = new TreeSet<>();
        Set<LocalDate> listed = new TreeSet<>();
        all.forEach((day, name) -> (name.startsWith("대체공휴일") ? listed : base).add(day));

        List<LocalDate> triggers = new ArrayList<>();
        for (LocalDate day : base) {
            String name = all.get(day);
            boolean weekend = KoreanHolidays.isWeekend(day);
            boolean shared = name.contains("·");
            if (name.matches(".*(설날|추석) 다음날.*")) {
                // A 설날/추석 block triggers when any of its three days is a Sunday or another holiday.
                boolean hit = false;
                for (int back = 0; back < 3; back++) {
                    LocalDate d = day.minusDays(back);
                    hit |= d.getDayOfWeek() == DayOfWeek.SUNDAY || all.get(d).contains("·");
                }
                if (hit) {
                    triggers.add(day);
                }
            } else if (name.contains("어린이날") && (weekend || shared)) {
                triggers.add(day);
            } else if (name.matches(".*(3·1절|제헌절|광복절|개천절|한글날|부처님오신날|기독탄신일).*") && weekend
                    && !name.matches(".*(설날|추석).*")) {
                triggers.add(day);
            }
        }
        Set<LocalDate> derived = new TreeSet<>();
        for (LocalDate trigger : triggers) {
            LocalDate d = trigger.plusDays(1);
            while (KoreanHolidays.isWeekend(d) || base.contains(d) || derived.contains(d)) {
                d = d.plusDays(1);
            }
            derived.add(d);
        }
        assertThat(listed).containsExactlyElementsOf(derived);
    }
}
