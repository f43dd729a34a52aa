package org.dolbom.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.dolbom.domain.DueReason;
import org.dolbom.i18n.Messages;

/**
 * One visit in a week's schedule: who goes where on which day, and why.
 *
 * @param areaId  the resident's 리/통/반, so a day can be grouped by village; may be null
 * @param reasons why the visit is due, most urgent first; empty for a visit the leader added by hand
 * @param order   the position in the staff member's day, from 1
 * @param fixed     placed or moved by the leader, so planning again keeps it where it is
 * @param coversFor the resident's own staff member when a colleague makes this visit in their place (대신 방문);
 *                  null when the visit is with the resident's own staff member
 */
public record PlannedVisit(
        LocalDate date,
        UUID staffId,
        UUID residentId,
        String residentName,
        UUID areaId,
        List<DueReason> reasons,
        int order,
        boolean fixed,
        UUID coversFor) {

    public PlannedVisit {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(residentId, "residentId");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        if (staffId.equals(coversFor)) {
            coversFor = null;
        }
    }

    /** A visit with the resident's own staff member. */
    public PlannedVisit(LocalDate date, UUID staffId, UUID residentId, String residentName, UUID areaId,
                        List<DueReason> reasons, int order, boolean fixed) {
        this(date, staffId, residentId, residentName, areaId, reasons, order, fixed, null);
    }

    /** Whether a colleague makes this visit in place of the resident's own staff member. */
    public boolean isCovering() {
        return coversFor != null;
    }

    /** The same visit on another day or with another staff member; it still covers for the same person. */
    PlannedVisit at(LocalDate newDate, UUID newStaffId, int newOrder, boolean newFixed) {
        return new PlannedVisit(newDate, newStaffId, residentId, residentName, areaId, reasons, newOrder, newFixed,
                coversFor);
    }

    PlannedVisit withOrder(int newOrder) {
        return at(date, staffId, newOrder, fixed);
    }

    /** The purpose in plain words, e.g. "정기 방문, 6개월 점검". */
    public String purpose(Messages messages) {
        return describe(reasons, messages);
    }

    /** Due reasons in the plain words a visitor reads on paper and on screen. */
    public static String describe(List<DueReason> reasons, Messages messages) {
        if (reasons.isEmpty()) {
            return messages.get("schedule.purpose.none");
        }
        StringBuilder text = new StringBuilder();
        for (DueReason reason : reasons) {
            if (!text.isEmpty()) {
                text.append(messages.get("schedule.purpose.separator"));
            }
            text.append(messages.get("schedule.purpose." + reason.name()));
        }
        return text.toString();
    }
}
