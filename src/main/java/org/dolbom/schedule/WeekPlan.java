package org.dolbom.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A week's visits, staff × day, plus the residents that did not fit. Immutable: every edit the leader makes (move,
 * add, remove) returns a new plan, so the screen can offer undo by keeping the old one.
 *
 * @param workingDays the days visits were planned on (weekdays, Saturday if asked, no holidays)
 * @param visits      sorted by date, staff and order within the day
 * @param notPlaced   due residents that could not be placed, most urgent first
 * @param capacities  visits per day for each staff member, in the order the grid shows them
 */
public record WeekPlan(
        Week week,
        List<LocalDate> workingDays,
        List<PlannedVisit> visits,
        List<NotPlaced> notPlaced,
        Map<UUID, Integer> capacities) {

    static final Comparator<PlannedVisit> GRID_ORDER = Comparator.comparing(PlannedVisit::date)
            .thenComparing(PlannedVisit::staffId)
            .thenComparingInt(PlannedVisit::order);

    public WeekPlan {
        Objects.requireNonNull(week, "week");
        workingDays = List.copyOf(workingDays);
        visits = visits.stream().sorted(GRID_ORDER).toList();
        notPlaced = List.copyOf(notPlaced);
        capacities = Collections.unmodifiableMap(new LinkedHashMap<>(capacities));
    }

    /** The visits of one staff member on one day, in visiting order. */
    public List<PlannedVisit> visits(UUID staffId, LocalDate date) {
        return visits.stream().filter(v -> v.staffId().equals(staffId) && v.date().equals(date)).toList();
    }

    /** The visits of one staff member over the week, day by day in visiting order. */
    public List<PlannedVisit> visits(UUID staffId) {
        return visits.stream().filter(v -> v.staffId().equals(staffId)).toList();
    }

    /** How many visits one staff member has on one day. */
    public int load(UUID staffId, LocalDate date) {
        return (int) visits.stream().filter(v -> v.staffId().equals(staffId) && v.date().equals(date)).count();
    }

    /** Visits per day for the staff member; 0 for someone not on the team list. */
    public int capacity(UUID staffId) {
        return capacities.getOrDefault(staffId, 0);
    }

    /** Every staff member's day that holds more visits than their capacity, by date then staff. */
    public List<Overflow> overflows() {
        List<Overflow> result = new ArrayList<>();
        TreeSet<LocalDate> days = new TreeSet<>(workingDays);
        visits.forEach(v -> days.add(v.date()));
        for (LocalDate day : days) {
            for (UUID staffId : staffIds()) {
                int load = load(staffId, day);
                if (load > capacity(staffId)) {
                    result.add(new Overflow(staffId, day, load, capacity(staffId)));
                }
            }
        }
        return result;
    }

    /** Staff in grid order: the team list first, then anyone who only appears through a visit. */
    public List<UUID> staffIds() {
        List<UUID> ids = new ArrayList<>(capacities.keySet());
        visits.stream().map(PlannedVisit::staffId).distinct().sorted()
                .filter(id -> !capacities.containsKey(id)).forEach(ids::add);
        return ids;
    }

    public Optional<PlannedVisit> visitOf(UUID residentId) {
        return visits.stream().filter(v -> v.residentId().equals(residentId)).findFirst();
    }

    public boolean contains(UUID residentId) {
        return visitOf(residentId).isPresent();
    }

    /**
     * Moves a resident's visit to another day and/or staff member, at the end of that day. Capacity is not checked:
     * an overflow is the leader's decision and shows in {@link #overflows()}.
     */
    public WeekPlan move(UUID residentId, LocalDate date, UUID staffId) {
        return move(residentId, date, staffId, Integer.MAX_VALUE);
    }

    /** Moves a visit to a day and staff member at a position in visiting order (1 = first). */
    public WeekPlan move(UUID residentId, LocalDate date, UUID staffId, int position) {
        PlannedVisit visit = visitOf(residentId)
                .orElseThrow(() -> new IllegalArgumentException("resident is not in this week's plan"));
        List<PlannedVisit> others = new ArrayList<>(visits);
        others.remove(visit);
        return insert(others, visit.at(date, staffId, 0, true), position);
    }

    /** Adds a visit the leader chose, at the end of its day. A resident is visited once a week, so not twice. */
    public WeekPlan add(PlannedVisit visit) {
        if (contains(visit.residentId())) {
            throw new IllegalArgumentException("resident is already in this week's plan");
        }
        List<NotPlaced> stillOut = notPlaced.stream().filter(n -> !n.residentId().equals(visit.residentId()))
                .toList();
        WeekPlan withoutEntry = new WeekPlan(week, workingDays, visits, stillOut, capacities);
        return withoutEntry.insert(new ArrayList<>(visits), visit.at(visit.date(), visit.staffId(), 0, true),
                Integer.MAX_VALUE);
    }

    /**
     * Takes a resident's visit out of the week. A resident who was due goes on the 미편성 list (taken out by the
     * leader), so nobody due disappears from the week without a trace.
     */
    public WeekPlan remove(UUID residentId) {
        return takeOut(residentId, NotPlaced.Cause.REMOVED);
    }

    /**
     * Undoes a colleague's cover (대신 방문 취소): the visit leaves the week and the resident is listed as not placed
     * because their own staff member is full, as before the cover.
     */
    public WeekPlan uncover(UUID residentId) {
        PlannedVisit visit = visitOf(residentId)
                .orElseThrow(() -> new IllegalArgumentException("resident is not in this week's plan"));
        if (!visit.isCovering()) {
            throw new IllegalArgumentException("the visit is with the resident's own staff member");
        }
        return takeOut(residentId, NotPlaced.Cause.CAPACITY_FULL);
    }

    private WeekPlan takeOut(UUID residentId, NotPlaced.Cause cause) {
        Optional<PlannedVisit> visit = visitOf(residentId);
        List<PlannedVisit> rest = new ArrayList<>(visits);
        rest.removeIf(v -> v.residentId().equals(residentId));
        List<NotPlaced> out = new ArrayList<>(notPlaced);
        if (visit.isPresent() && !visit.get().reasons().isEmpty()) {
            PlannedVisit v = visit.get();
            out.removeIf(n -> n.residentId().equals(residentId));
            out.add(new NotPlaced(residentId, v.residentName(), v.areaId(), v.isCovering() ? v.coversFor()
                    : v.staffId(), v.reasons(), cause, null));
            out.sort(Comparator.comparing((NotPlaced n) -> n.cause().ordinal()));
        }
        return new WeekPlan(week, workingDays, renumber(rest), out, capacities);
    }

    /** The same plan shown with other working days (Saturday on or off). */
    public WeekPlan withWorkingDays(List<LocalDate> days) {
        return new WeekPlan(week, days, visits, notPlaced, capacities);
    }

    private WeekPlan insert(List<PlannedVisit> others, PlannedVisit visit, int position) {
        List<PlannedVisit> day = new ArrayList<>(others.stream()
                .filter(v -> v.staffId().equals(visit.staffId()) && v.date().equals(visit.date()))
                .sorted(GRID_ORDER).toList());
        others.removeAll(day);
        day.add(Math.clamp(position - 1L, 0, day.size()), visit);
        others.addAll(day);
        return new WeekPlan(week, workingDays, renumber(others), notPlaced, capacities);
    }

    /** Numbers each staff member's day 1, 2, 3… in the order the visits are listed. */
    private static List<PlannedVisit> renumber(List<PlannedVisit> visits) {
        Map<String, List<PlannedVisit>> days = new LinkedHashMap<>();
        for (PlannedVisit v : visits) {
            days.computeIfAbsent(v.date() + "/" + v.staffId(), k -> new ArrayList<>()).add(v);
        }
        List<PlannedVisit> result = new ArrayList<>();
        for (List<PlannedVisit> day : days.values()) {
            for (int i = 0; i < day.size(); i++) {
                result.add(day.get(i).withOrder(i + 1));
            }
        }
        return result;
    }
}
