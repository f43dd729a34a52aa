package org.dolbom.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class KoreanHolidaysTest {

    private final KoreanHolidays holidays = KoreanHolidays.shipped();

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
