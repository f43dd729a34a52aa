package org.dolbom.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.dolbom.domain.Area;
import org.dolbom.domain.DueItem;
import org.dolbom.domain.DueReason;
import org.dolbom.domain.DueVisits;
import org.dolbom.domain.Staff;

/**
 * Proposes a week of visits from the due list. Pure and deterministic: the same request gives the same plan,
 * whatever order the due items come in.
 *
 * <p>The rules, in the order they win:
 * <ol>
 *   <li>one visit per resident per week; several due reasons become one visit with several purposes;</li>
 *   <li>visits go to the resident's responsible staff member, else the area's; never to an inactive one;</li>
 *   <li>no visits on weekends (Saturday only when asked) or holidays;</li>
 *   <li>when a staff member's week is full, the least urgent residents are the ones left out (미편성);</li>
 *   <li>residents of one area (리) go on the same day when a day has room for all of them, else on as few days
 *       as the free room allows; the area with the most urgent resident gets the earliest day.</li>
 * </ol>
 */
public final class WeeklyPlanner {

    private WeeklyPlanner() {
    }

    /** Plans the week. Visits the leader kept stay as they are; everyone else due is placed or listed as not placed. */
    public static WeekPlan plan(PlanRequest request) {
        List<LocalDate> days = request.holidays().workingDays(request.week(), request.includeSaturday());
        Map<UUID, Staff> staffById = new LinkedHashMap<>();
        request.staff().stream()
                .sorted(Comparator.comparing(Staff::name, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Staff::id))
                .forEach(s -> staffById.put(s.id(), s));
        Map<UUID, UUID> areaStaff = new HashMap<>();
        for (Area area : request.areas()) {
            if (area.responsibleStaffId() != null) {
                areaStaff.put(area.id(), area.responsibleStaffId());
            }
        }
        Map<UUID, Integer> capacities = new LinkedHashMap<>();
        staffById.values().stream().filter(Staff::active).forEach(s -> capacities.put(s.id(),
                Math.max(0, s.visitsPerDay())));

        List<PlannedVisit> visits = new ArrayList<>();
        Set<UUID> kept = new HashSet<>();
        Map<UUID, Map<LocalDate, Integer>> load = new HashMap<>();
        Map<UUID, Map<LocalDate, Set<UUID>>> areasByDay = new HashMap<>();
        for (PlannedVisit visit : request.kept()) {
            if (kept.add(visit.residentId())) {
                PlannedVisit fixed = visit.at(visit.date(), visit.staffId(), visit.order(), true);
                visits.add(fixed);
                load.computeIfAbsent(fixed.staffId(), k -> new HashMap<>()).merge(fixed.date(), 1, Integer::sum);
                if (fixed.areaId() != null) {
                    areasByDay.computeIfAbsent(fixed.staffId(), k -> new HashMap<>())
                            .computeIfAbsent(fixed.date(), k -> new HashSet<>()).add(fixed.areaId());
                }
            }
        }

        List<NotPlaced> notPlaced = new ArrayList<>();
        Map<UUID, List<Due>> byStaff = new LinkedHashMap<>();
        List<Due> residents = residents(request.due(), kept);
        Map<UUID, Integer> rank = new HashMap<>();
        for (Due due : residents) {
            rank.put(due.residentId, rank.size());
            if (days.isEmpty()) {
                notPlaced.add(due.notPlaced(null, NotPlaced.Cause.NO_WORKING_DAY));
                continue;
            }
            Staff own = staffById.get(due.staffId);
            Staff ofArea = due.areaId == null ? null : staffById.get(areaStaff.get(due.areaId));
            Staff chosen = own != null && own.active() ? own : ofArea != null && ofArea.active() ? ofArea : null;
            if (chosen == null) {
                boolean inactive = own != null || ofArea != null;
                notPlaced.add(due.notPlaced(null, inactive ? NotPlaced.Cause.STAFF_INACTIVE : NotPlaced.Cause.NO_STAFF));
            } else {
                byStaff.computeIfAbsent(chosen.id(), k -> new ArrayList<>()).add(due);
            }
        }

        for (Map.Entry<UUID, List<Due>> entry : byStaff.entrySet()) {
            UUID staffId = entry.getKey();
            Map<LocalDate, Integer> free = new LinkedHashMap<>();
            int room = 0;
            for (LocalDate day : days) {
                int left = Math.max(0, capacities.get(staffId)
                        - load.getOrDefault(staffId, Map.of()).getOrDefault(day, 0));
                free.put(day, left);
                room += left;
            }
            List<Due> waiting = entry.getValue();
            // The week holds `room` more visits: the most urgent get them, the rest are listed.
            int fits = Math.min(room, waiting.size());
            for (Due due : waiting.subList(fits, waiting.size())) {
                notPlaced.add(due.notPlaced(staffId, NotPlaced.Cause.CAPACITY_FULL));
            }
            List<Due> placed = waiting.subList(0, fits);
            Map<LocalDate, Set<UUID>> keptAreas = areasByDay.getOrDefault(staffId, Map.of());
            for (List<Due> village : villages(placed)) {
                placeVillage(village, staffId, days, free, keptAreas, visits);
            }
        }
        notPlaced.sort(Comparator.comparing(n -> rank.get(n.residentId())));
        return new WeekPlan(request.week(), days, orderDays(visits), notPlaced, capacities);
    }

    /** Puts a village on the earliest day with room for all of it, else over as few days as the room allows. */
    private static void placeVillage(List<Due> village, UUID staffId, List<LocalDate> days,
            Map<LocalDate, Integer> free, Map<LocalDate, Set<UUID>> keptAreas, List<PlannedVisit> visits) {
        UUID areaId = village.getFirst().areaId;
        LocalDate whole = null;
        for (LocalDate day : days) {
            boolean alreadyThere = areaId != null && keptAreas.getOrDefault(day, Set.of()).contains(areaId);
            if (free.get(day) >= village.size() && (whole == null || alreadyThere)) {
                whole = day;
                if (alreadyThere) {
                    break;
                }
            }
        }
        List<LocalDate> chosen = new ArrayList<>();
        if (whole != null) {
            chosen.add(whole);
        } else {
            // Fewest days: take the days with the most room first, then visit them in date order.
            List<LocalDate> roomiest = new ArrayList<>(days);
            roomiest.sort(Comparator.comparing((LocalDate d) -> -free.get(d)).thenComparing(d -> d));
            int needed = village.size();
            for (LocalDate day : roomiest) {
                if (needed <= 0 || free.get(day) == 0) {
                    break;
                }
                chosen.add(day);
                needed -= free.get(day);
            }
            chosen.sort(Comparator.naturalOrder());
        }
        int next = 0;
        for (LocalDate day : chosen) {
            while (next < village.size() && free.get(day) > 0) {
                Due due = village.get(next++);
                visits.add(new PlannedVisit(day, staffId, due.residentId, due.name, due.areaId, due.reasons,
                        Integer.MAX_VALUE, false));
                free.merge(day, -1, Integer::sum);
            }
        }
    }

    /** Groups a staff member's residents by area, in order of each area's most urgent resident. */
    private static List<List<Due>> villages(List<Due> residents) {
        Map<Object, List<Due>> byArea = new LinkedHashMap<>();
        for (Due due : residents) {
            Object key = due.areaId != null ? due.areaId : due.residentId;
            byArea.computeIfAbsent(key, k -> new ArrayList<>()).add(due);
        }
        return new ArrayList<>(byArea.values());
    }

    /**
     * Numbers each staff member's day. Kept visits keep their order; a planned visit joins the end of its area's
     * run, so the day reads village by village.
     */
    private static List<PlannedVisit> orderDays(List<PlannedVisit> visits) {
        Map<String, List<PlannedVisit>> days = new LinkedHashMap<>();
        visits.stream()
                .sorted(Comparator.comparing((PlannedVisit v) -> !v.fixed()).thenComparingInt(PlannedVisit::order))
                .forEach(v -> days.computeIfAbsent(v.date() + "/" + v.staffId(), k -> new ArrayList<>()).add(v));
        List<PlannedVisit> result = new ArrayList<>();
        for (List<PlannedVisit> day : days.values()) {
            List<PlannedVisit> ordered = new ArrayList<>();
            for (PlannedVisit v : day) {
                int lastOfArea = -1;
                for (int i = 0; i < ordered.size(); i++) {
                    if (v.areaId() != null && v.areaId().equals(ordered.get(i).areaId())) {
                        lastOfArea = i;
                    }
                }
                ordered.add(lastOfArea < 0 ? ordered.size() : lastOfArea + 1, v);
            }
            for (int i = 0; i < ordered.size(); i++) {
                result.add(ordered.get(i).withOrder(i + 1));
            }
        }
        return result;
    }

    /** One resident's due items combined into one visit, most urgent resident first. */
    private static List<Due> residents(List<DueItem> items, Set<UUID> kept) {
        Map<UUID, List<DueItem>> byResident = new HashMap<>();
        for (DueItem item : items) {
            if (!kept.contains(item.residentId())) {
                byResident.computeIfAbsent(item.residentId(), k -> new ArrayList<>()).add(item);
            }
        }
        List<Due> residents = new ArrayList<>();
        for (List<DueItem> own : byResident.values()) {
            own.sort(DueVisits.URGENCY);
            residents.add(Due.of(own));
        }
        residents.sort(Comparator.comparing((Due d) -> d.head, DueVisits.URGENCY));
        return residents;
    }

    /** A resident waiting for a place in the week. */
    private record Due(DueItem head, UUID residentId, String name, UUID areaId, UUID staffId,
            List<DueReason> reasons) {

        static Due of(List<DueItem> sortedItems) {
            DueItem head = sortedItems.getFirst();
            UUID areaId = sortedItems.stream().map(DueItem::areaId).filter(a -> a != null).findFirst().orElse(null);
            UUID staffId = sortedItems.stream().map(DueItem::responsibleStaffId).filter(s -> s != null).findFirst()
                    .orElse(null);
            List<DueReason> reasons = sortedItems.stream().map(DueItem::reason).filter(r -> r != null).distinct()
                    .toList();
            return new Due(head, head.residentId(), head.residentName(), areaId, staffId, reasons);
        }

        NotPlaced notPlaced(UUID staff, NotPlaced.Cause cause) {
            return new NotPlaced(residentId, name, areaId, staff, reasons, cause);
        }
    }
}
