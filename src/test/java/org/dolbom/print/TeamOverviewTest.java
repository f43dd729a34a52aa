package org.dolbom.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dolbom.domain.DueReason;
import org.dolbom.i18n.Messages;
import org.dolbom.schedule.KoreanHolidays;
import org.dolbom.schedule.NotPlaced;
import org.dolbom.schedule.PlannedVisit;
import org.dolbom.schedule.Week;
import org.dolbom.schedule.WeekPlan;
import org.junit.jupiter.api.Test;

class TeamOverviewTest {

    @Test
    void aChuseokWeekShowsTheHolidaysCountsAndWhoWasLeftOut() {
        Week week = Week.parse("2026-W39");
        UUID kim = UUID.randomUUID();
        UUID area = UUID.randomUUID();
        LocalDate monday = week.monday();
        List<PlannedVisit> visits = List.of(
                new PlannedVisit(monday, kim, UUID.randomUUID(), "가", area, List.of(DueReason.FOLLOW_UP), 1, false),
                new PlannedVisit(monday, kim, UUID.randomUUID(), "나", area, List.of(), 2, false),
                new PlannedVisit(monday.plusDays(2), kim, UUID.randomUUID(), "다", area, List.of(), 1, false));
        NotPlaced left = new NotPlaced(UUID.randomUUID(), "라", area, kim, List.of(DueReason.VISIT_FREQUENCY),
                NotPlaced.Cause.CAPACITY_FULL);
        WeekPlan plan = new WeekPlan(week, KoreanHolidays.shipped().workingDays(week, false), visits, List.of(left),
                Map.of(kim, 2));

        TeamOverview overview = TeamOverview.of(plan, "양평읍", Map.of(kim, "김간호"), Map.of(area, "양근리"),
                KoreanHolidays.shipped(), false, Messages.korean(), monday.minusDays(3));

        assertThat(overview.days()).hasSize(5);
        assertThat(overview.holidays()).containsOnlyKeys(monday.plusDays(3), monday.plusDays(4));
        assertThat(overview.staff()).singleElement().satisfies(line -> {
            assertThat(line.staffName()).isEqualTo("김간호");
            assertThat(line.visits()).containsExactly(2, 0, 1, 0, 0);
            assertThat(line.visitsPerDay()).isEqualTo(2);
        });
        assertThat(overview.notPlaced()).singleElement().satisfies(n -> {
            assertThat(n.residents()).containsExactly("라(양근리)");
            assertThat(n.reason()).contains("정원이 찼습니다");
        });
        assertThat(overview.notPlacedCount()).isEqualTo(1);
    }
}
