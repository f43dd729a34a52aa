package org.dolbom.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The one definition of "due": who needs contact by when, and why. Pure: the same facts and the same day always
 * give the same list, so the due list, the resident screen, the planner and the CLI cannot disagree.
 *
 * <p>Rules, per open (ACTIVE) resident; closed, transferred and deceased residents are never due:
 * <ul>
 *   <li><b>Visit frequency</b>: for each current plan (active or under review), the frequency counted from the
 *       later of the last MET visit and the plan's start. Absent and refused visits do not count: the resident
 *       was not reached, so the contact is still owed. Draft and ended plans ask for no visits. With several
 *       current plans the earliest date wins.</li>
 *   <li><b>Follow-up</b>: a follow-up date not marked done and not followed by a later MET visit. One item per
 *       resident, at the earliest open date.</li>
 *   <li><b>Plan deadline</b>: no plan (other than a draft) within 30 days of intake.</li>
 *   <li><b>First check</b>: no plan check since the earliest current plan was made, due 3 months after it.</li>
 *   <li><b>Periodic check</b>: after that, a check at least every 6 months after the last one.</li>
 * </ul>
 * An item is OVERDUE when its date is before today, DUE when it falls between today and the horizon; later dates
 * are left out. The state comes from the date alone. A visit already planned on the schedule does not remove an
 * item (the resident still needs the contact until it happens) but is carried on it as {@code plannedOn}, so the
 * planner never books the resident twice and the due list can say when the visit is.
 */
public final class DueVisits {

    public static final int PLAN_DEADLINE_DAYS = 30;
    public static final int FIRST_CHECK_MONTHS = 3;
    public static final int CHECK_INTERVAL_MONTHS = 6;

    /**
     * Most urgent first: overdue before due, the longest overdue (earliest date) first, legal reasons before a
     * follow-up before visit frequency on the same date, then higher risk, then name and id so the order is
     * always the same.
     */
    public static final Comparator<DueItem> URGENCY = Comparator
            .comparing((DueItem i) -> i.state() == DueState.OVERDUE ? 0 : 1)
            .thenComparing(DueItem::dueDate)
            .thenComparing(i -> reasonRank(i.reason()))
            .thenComparing(DueItem::riskLevel, Comparator.reverseOrder())
            .thenComparing(DueItem::residentName, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DueItem::residentId);

    private DueVisits() {
    }

    /** Every item due by {@code horizon} or already overdue on {@code today}, most urgent first. */
    public static List<DueItem> due(Collection<CaseFacts> cases, LocalDate today, LocalDate horizon) {
        List<DueItem> items = new ArrayList<>();
        for (CaseFacts c : cases) {
            items.addAll(unsorted(c, today, horizon));
        }
        items.sort(URGENCY);
        return items;
    }

    /** One resident's items due by {@code horizon} or overdue, most urgent first. */
    public static List<DueItem> due(CaseFacts c, LocalDate today, LocalDate horizon) {
        List<DueItem> items = unsorted(c, today, horizon);
        items.sort(URGENCY);
        return items;
    }

    /** One resident's next date for every reason that applies, however far ahead, most urgent first. */
    public static List<DueItem> next(CaseFacts c, LocalDate today) {
        return due(c, today, LocalDate.MAX);
    }

    /** Days past the due date, 0 when not overdue. */
    public static long daysOverdue(DueItem item, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(item.dueDate(), today));
    }

    private static List<DueItem> unsorted(CaseFacts c, LocalDate today, LocalDate horizon) {
        List<DueItem> items = new ArrayList<>();
        if (!c.status().isOpen()) {
            return items;
        }
        Frequency frequency = frequency(c);
        add(items, c, DueReason.VISIT_FREQUENCY, frequency == null ? null : frequency.date(),
                frequency == null ? null : frequency.frequency(), today, horizon);
        add(items, c, DueReason.FOLLOW_UP, followUpDate(c), today, horizon);
        boolean planMade = c.plans().stream().anyMatch(p -> p.status() != null && p.status() != PlanStatus.DRAFT);
        if (!planMade && c.intakeDate() != null) {
            add(items, c, DueReason.PLAN_DEADLINE, c.intakeDate().plusDays(PLAN_DEADLINE_DAYS), today, horizon);
        }
        LocalDate anchor = c.plans().stream()
                .filter(p -> p.status() != null && p.status().isCurrent() && p.madeOn() != null)
                .map(PlanFacts::madeOn)
                .min(Comparator.naturalOrder())
                .orElse(null);
        if (anchor != null) {
            if (c.lastCheckOn() != null && !c.lastCheckOn().isBefore(anchor)) {
                add(items, c, DueReason.PERIODIC_CHECK, c.lastCheckOn().plusMonths(CHECK_INTERVAL_MONTHS), today,
                        horizon);
            } else {
                add(items, c, DueReason.FIRST_CHECK, anchor.plusMonths(FIRST_CHECK_MONTHS), today, horizon);
            }
        }
        return items;
    }

    /** The plan frequency whose next contact comes first, and that date; null when no current plan asks. */
    private static Frequency frequency(CaseFacts c) {
        Frequency earliest = null;
        LocalDate lastMet = c.lastMetAt() == null ? null : c.lastMetAt().toLocalDate();
        for (PlanFacts p : c.plans()) {
            if (p.status() == null || !p.status().isCurrent() || p.visitFrequency() == null
                    || p.periodStart() == null) {
                continue;
            }
            LocalDate from = lastMet == null || lastMet.isBefore(p.periodStart()) ? p.periodStart() : lastMet;
            LocalDate next = p.visitFrequency().nextAfter(from);
            if (earliest == null || next.isBefore(earliest.date())) {
                earliest = new Frequency(next, p.visitFrequency());
            }
        }
        return earliest;
    }

    private static LocalDate followUpDate(CaseFacts c) {
        LocalDate earliest = null;
        for (FollowUpFacts f : c.followUps()) {
            boolean done = f.doneOn() != null
                    || (c.lastMetAt() != null && f.askedAt() != null && c.lastMetAt().isAfter(f.askedAt()));
            if (done || f.dueOn() == null) {
                continue;
            }
            if (earliest == null || f.dueOn().isBefore(earliest)) {
                earliest = f.dueOn();
            }
        }
        return earliest;
    }

    private record Frequency(LocalDate date, VisitFrequency frequency) {
    }

    private static void add(List<DueItem> items, CaseFacts c, DueReason reason, LocalDate date, LocalDate today,
                            LocalDate horizon) {
        add(items, c, reason, date, null, today, horizon);
    }

    private static void add(List<DueItem> items, CaseFacts c, DueReason reason, LocalDate date,
                            VisitFrequency frequency, LocalDate today, LocalDate horizon) {
        if (date == null) {
            return;
        }
        DueState state;
        if (date.isBefore(today)) {
            state = DueState.OVERDUE;
        } else if (!date.isAfter(horizon)) {
            state = DueState.DUE;
        } else {
            return;
        }
        items.add(new DueItem(c.residentId(), c.residentName(), reason, date, state, c.riskLevel(),
                c.responsibleStaffId(), c.areaId(), frequency, c.plannedOn()));
    }

    private static int reasonRank(DueReason reason) {
        return switch (reason) {
            case PLAN_DEADLINE -> 0;
            case FIRST_CHECK -> 1;
            case PERIODIC_CHECK -> 2;
            case FOLLOW_UP -> 3;
            case VISIT_FREQUENCY -> 4;
        };
    }
}
