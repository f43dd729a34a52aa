package org.dolbom.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.dolbom.domain.DueItem;
import org.dolbom.domain.DueReason;

/**
 * The one wording of a due item, used by the case summary, the due list and the command line. The reason names the
 * rule that makes the item ("정기 방문 (매월)", "정기 점검 (6개월마다)"), never its state; the state ("3일 지남",
 * "오늘", "4일 남음") comes from the date alone. So a line can never say overdue and days left at once.
 */
public final class DueText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy. M. d.");

    private final Messages messages;

    public DueText(Messages messages) {
        this.messages = messages;
    }

    /** The rule that makes the item, e.g. "정기 방문 (매월)". */
    public String reason(DueItem item) {
        if (item.reason() == DueReason.VISIT_FREQUENCY && item.frequency() != null) {
            return messages.get("due.reason.frequency", messages.of(item.frequency()));
        }
        return messages.of(item.reason());
    }

    /** How far the date is from today: "3일 지남", "오늘", "4일 남음". */
    public String when(LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days < 0) {
            return messages.get("case.due.overdueDays", -days);
        }
        return days == 0 ? messages.get("case.due.today") : messages.get("case.due.inDays", days);
    }

    /** The visit already on the schedule, e.g. "12. 9. 방문 예정"; empty when none is planned. */
    public String planned(DueItem item) {
        return item.plannedOn() == null ? ""
                : messages.get("due.planned", item.plannedOn().getMonthValue(), item.plannedOn().getDayOfMonth());
    }

    /** The whole line: "정기 방문 (매월) · 2026. 12. 29. (27일 남음)", plus the planned visit when there is one. */
    public String line(DueItem item, LocalDate today) {
        String line = messages.get("case.due.line", reason(item), item.dueDate().format(DATE),
                when(item.dueDate(), today));
        return item.plannedOn() == null ? line : line + messages.get("due.line.planned", planned(item));
    }
}
