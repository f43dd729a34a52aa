package org.dolbom.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.dolbom.domain.DueItem;
import org.dolbom.domain.DueReason;
import org.dolbom.domain.DueState;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.VisitFrequency;
import org.junit.jupiter.api.Test;

/** The one wording of a due item: the reason names its rule, the state comes from the date, never both ways. */
class DueTextTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void noLineSaysOverdueAndDaysLeftAtOnceForAnyReasonAnyDayInEitherLanguage() {
        for (Messages messages : new Messages[] {Messages.korean(), new Messages(Messages.ENGLISH)}) {
            DueText text = new DueText(messages);
            String overdueWord = messages.get("case.due.overdueDays", 1).replace("1", "").strip();
            String leftWord = messages.get("case.due.inDays", 1).replace("1", "").strip();
            for (DueReason reason : DueReason.values()) {
                for (VisitFrequency frequency : VisitFrequency.values()) {
                    for (int offset = -40; offset <= 40; offset++) {
                        LocalDate due = TODAY.plusDays(offset);
                        DueItem item = item(reason, due, frequency, offset % 3 == 0 ? due.plusDays(2) : null);
                        String line = text.line(item, TODAY);
                        String reasonText = text.reason(item);
                        assertThat(reasonText).as(line).doesNotContain(overdueWord).doesNotContain(leftWord);
                        if (offset < 0) {
                            assertThat(line).contains(messages.get("case.due.overdueDays", -offset))
                                    .doesNotContain(leftWord);
                        } else if (offset > 0) {
                            assertThat(line).contains(messages.get("case.due.inDays", offset))
                                    .doesNotContain(overdueWord);
                        } else {
                            assertThat(line).contains(messages.get("case.due.today"));
                        }
                    }
                }
            }
        }
    }

    @Test
    void theReasonNamesTheRuleThatMakesTheItem() {
        DueText text = new DueText(Messages.korean());

        assertThat(text.reason(item(DueReason.VISIT_FREQUENCY, TODAY, VisitFrequency.QUARTERLY, null)))
                .isEqualTo("정기 방문 (3개월마다)");
        assertThat(text.reason(item(DueReason.PERIODIC_CHECK, TODAY, null, null))).isEqualTo("정기 점검 (6개월마다)");
        assertThat(text.reason(item(DueReason.FIRST_CHECK, TODAY, null, null))).contains("3개월");
        assertThat(text.reason(item(DueReason.PLAN_DEADLINE, TODAY, null, null))).contains("30일");
        assertThat(text.line(item(DueReason.VISIT_FREQUENCY, LocalDate.of(2026, 12, 29), VisitFrequency.MONTHLY,
                null), TODAY)).isEqualTo("정기 방문 (매월) · 2026. 12. 29. (27일 남음)");
        assertThat(text.line(item(DueReason.FOLLOW_UP, LocalDate.of(2026, 11, 29), null, LocalDate.of(2026, 12, 9)),
                TODAY)).endsWith("(3일 지남) · 12. 9. 방문 예정");
    }

    private static DueItem item(DueReason reason, LocalDate due, VisitFrequency frequency, LocalDate plannedOn) {
        return new DueItem(UUID.randomUUID(), "김민수", reason, due, due.isBefore(TODAY) ? DueState.OVERDUE
                : DueState.DUE, RiskLevel.MEDIUM, null, null,
                reason == DueReason.VISIT_FREQUENCY ? frequency : null, plannedOn);
    }
}
