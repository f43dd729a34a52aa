package org.dolbom.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *   <li>never on a day that has passed: past days of the week keep the visits already on them, as history;</li>
 *   <li>one visit per resident per week; several due reasons become one visit with several purposes; a resident
 *       whose visit is already planned in another week is not booked again (one whose planned day has passed with
 *       no result yet is listed, so the leader records that result);</li>
 *   <li>visits go to the resident's responsible staff member, else the area's; never to an inactive one;</li>
 *   <li>no visits on weekends (Saturday only when asked) or holidays;</li>
 *   <li>when the responsible member's week is full, a colleague with free room covers (대신 방문): one already
 *       visiting that 리 that day first, then one with the same role, then the one with the most room; only when
 *       the whole team is full are the least urgent residents left out (미편성);</li>
 *   <li>residents of one area (리) go on the same day when a day has room for all of them, else on as few days
 *       as the free room allows; the area with the most urgent resident gets the earliest day.</li>
 * </ol>
 */
public final class WeeklyPlanner {

    private WeeklyPlanner() {
    }

    /** Plans the week. Visits the leader kept stay as they are; everyone else due is placed or listed as not placed. */
    public static WeekPlan plan(PlanRequest request) {
        List<LocalDate> workingDays = request.holidays().workingDays(request.week(), request.includeSaturday());
        List<LocalDate> days = request.openDays();
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
        Room room = new Room(capacities, days);
        for (PlannedVisit visit : request.kept()) {
            if (kept.add(visit.residentId())) {
                PlannedVisit fixed = visit.at(visit.date(), visit.staffId(), visit.order(), true);
                visits.add(fixed);
                room.take(fixed.staffId(), fixed.date(), fixed.areaId());
            }
        }

        List<NotPlaced> notPlaced = new ArrayList<>();
        Map<UUID, List<Due>> byStaff = new LinkedHashMap<>();
        List<Due> residents = residents(request.due(), kept);
        Map<UUID, Integer> rank = new HashMap<>();
        for (Due due : residents) {
            rank.put(due.residentId, rank.size());
            Staff own = staffById.get(due.staffId);
            Staff ofArea = due.areaId == null ? null : staffById.get(areaStaff.get(due.areaId));
            Staff chosen = own != null && own.active() ? own : ofArea != null && ofArea.active() ? ofArea : null;
            UUID intended = chosen == null ? null : chosen.id();
            if (due.plannedOn != null && !request.week().contains(due.plannedOn)) {
                // Planned in another week: that visit covers them. One on a day that has passed is still waiting
                // for its result, which the leader should record; the list says so.
                if (request.firstDay() != null && due.plannedOn.isBefore(request.firstDay())) {
                    notPlaced.add(due.notPlaced(intended, NotPlaced.Cause.AWAITING_RESULT, due.plannedOn));
                }
                continue;
            }
            if (days.isEmpty()) {
                notPlaced.add(due.notPlaced(intended, NotPlaced.Cause.NO_WORKING_DAY, null));
            } else if (chosen == null) {
                boolean inactive = own != null || ofArea != null;
                notPlaced.add(due.notPlaced(null, inactive ? NotPlaced.Cause.STAFF_INACTIVE : NotPlaced.Cause.NO_STAFF,
                        null));
            } else {
                byStaff.computeIfAbsent(chosen.id(), k -> new ArrayList<>()).add(due);
            }
        }

        List<Overflowing> overflowing = new ArrayList<>();
        for (Map.Entry<UUID, List<Due>> entry : byStaff.entrySet()) {
            UUID staffId = entry.getKey();
            List<Due> waiting = entry.getValue();
            // The week holds this many more visits: the most urgent get them, the rest look for a colleague.
            int fits = Math.min(room.left(staffId), waiting.size());
            for (Due due : waiting.subList(fits, waiting.size())) {
                overflowing.add(new Overflowing(due, staffId));
            }
            for (List<Due> village : villages(waiting.subList(0, fits))) {
                placeVillage(village, staffId, days, room, visits);
            }
        }
        overflowing.sort(Comparator.comparing(o -> rank.get(o.due().residentId)));
        for (Overflowing o : overflowing) {
            Optional<Cover> cover = cover(o, staffById, room, days);
            if (cover.isEmpty()) {
                notPlaced.add(o.due().notPlaced(o.ownStaff(), NotPlaced.Cause.CAPACITY_FULL, null));
                continue;
            }
            Due due = o.due();
            visits.add(new PlannedVisit(cover.get().day(), cover.get().staffId(), due.residentId, due.name, due.areaId,
                    due.reasons, Integer.MAX_VALUE, false, o.ownStaff()));
            room.take(cover.get().staffId(), cover.get().day(), due.areaId);
        }
        notPlaced.sort(Comparator.comparing((NotPlaced n) -> n.cause().ordinal())
                .thenComparing(n -> rank.get(n.residentId())));
        return new WeekPlan(request.week(), workingDays, orderDays(visits), notPlaced, capacities);
    }

    /**
     * A colleague with room for a resident whose own staff member is full, and the day: one who already visits the
     * resident's 리 on a day with room, else one with the same role, else the one with the most room left; on the
     * colleague's roomiest day, earliest first.
     */
    private static Optional<Cover> cover(Overflowing o, Map<UUID, Staff> staffById, Room room, List<LocalDate> days) {
        Staff own = staffById.get(o.ownStaff());
        UUID areaId = o.due().areaId;
        Cover best = null;
        int bestScore = -1;
        for (Staff colleague : staffById.values()) {
            if (!colleague.active() || colleague.id().equals(o.ownStaff()) || room.left(colleague.id()) == 0) {
                continue;
            }
            LocalDate sameArea = areaId == null ? null : days.stream()
                    .filter(d -> room.free(colleague.id(), d) > 0 && room.visitsArea(colleague.id(), d, areaId))
                    .findFirst().orElse(null);
            boolean sameRole = own != null && own.role() == colleague.role();
            // Same 리 beats same role beats room; the room left breaks ties (at most a few hundred a week).
            int score = (sameArea != null ? 2_000_000 : 0) + (sameRole ? 1_000_000 : 0) + room.left(colleague.id());
            if (score > bestScore) {
                bestScore = score;
                best = new Cover(colleague.id(), sameArea != null ? sameArea : room.roomiestDay(colleague.id()));
            }
        }
        return Optional.ofNullable(best);
    }

    private record Overflowing(Due due, UUID ownStaff) {
    }

    private record Cover(UUID staffId, LocalDate day) {
    }

    /** What is left of each staff member's days still open, and which 리 each day already visits. */
    private static final class Room {
        private final Map<UUID, Map<LocalDate, Integer>> free = new HashMap<>();
        private final Map<UUID, Map<LocalDate, Set<UUID>>> areas = new HashMap<>();
        private final List<LocalDate> days;

        Room(Map<UUID, Integer> capacities, List<LocalDate> days) {
            this.days = days;
            capacities.forEach((staffId, perDay) -> {
                Map<LocalDate, Integer> left = new LinkedHashMap<>();
                days.forEach(d -> left.put(d, perDay));
                free.put(staffId, left);
            });
        }

        void take(UUID staffId, LocalDate day, UUID areaId) {
            Map<LocalDate, Integer> left = free.get(staffId);
            if (left != null && left.containsKey(day)) {
                left.put(day, Math.max(0, left.get(day) - 1));
            }
            if (areaId != null) {
                areas.computeIfAbsent(staffId, k -> new HashMap<>()).computeIfAbsent(day, k -> new HashSet<>())
                        .add(areaId);
            }
        }

        int free(UUID staffId, LocalDate day) {
            return free.getOrDefault(staffId, Map.of()).getOrDefault(day, 0);
        }

        int left(UUID staffId) {
            return free.getOrDefault(staffId, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        }

        boolean visitsArea(UUID staffId, LocalDate day, UUID areaId) {
            return areas.getOrDefault(staffId, Map.of()).getOrDefault(day, Set.of()).contains(areaId);
        }

        LocalDate roomiestDay(UUID staffId) {
            LocalDate best = null;
            for (LocalDate day : days) {
                if (best == null || free(staffId, day) > free(staffId, best)) {
                    best = day;
                }
            }
            return best;
        }
    }

    /** Puts a village on the earliest day with room for all of it, else over as few days as the room allows. */
    private static void placeVillage(List<Due> village, UUID staffId, List<LocalDate> days, Room room,
            List<PlannedVisit> visits) {
        UUID areaId = village.getFirst().areaId;
        LocalDate whole = null;
        for (LocalDate day : days) {
            boolean alreadyThere = areaId != null && room.visitsArea(staffId, day, areaId);
            if (room.free(staffId, day) >= village.size() && (whole == null || alreadyThere)) {
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
            roomiest.sort(Comparator.comparing((LocalDate d) -> -room.free(staffId, d)).thenComparing(d -> d));
            int needed = village.size();
            for (LocalDate day : roomiest) {
                if (needed <= 0 || room.free(staffId, day) == 0) {
                    break;
                }
                chosen.add(day);
                needed -= room.free(staffId, day);
            }
            chosen.sort(Comparator.naturalOrder());
        }
        int next = 0;
        for (LocalDate day : chosen) {
            while (next < village.size() && room.free(staffId, day) > 0) {
                Due due = village.get(next++);
                visits.add(new PlannedVisit(day, staffId, due.residentId, due.name, due.areaId, due.reasons,
                        Integer.MAX_VALUE, false));
                room.take(staffId, day, due.areaId);
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
            List<DueReason> reasons, LocalDate plannedOn) {

        static Due of(List<DueItem> sortedItems) {
            DueItem head = sortedItems.getFirst();
            UUID areaId = sortedItems.stream().map(DueItem::areaId).filter(a -> a != null).findFirst().orElse(null);
            UUID staffId = sortedItems.stream().map(DueItem::responsibleStaffId).filter(s -> s != null).findFirst()
                    .orElse(null);
            List<DueReason> reasons = sortedItems.stream().map(DueItem::reason).filter(r -> r != null).distinct()
                    .toList();
            LocalDate plannedOn = sortedItems.stream().map(DueItem::plannedOn).filter(d -> d != null)
                    .min(Comparator.naturalOrder()).orElse(null);
            return new Due(head, head.residentId(), head.residentName(), areaId, staffId, reasons, plannedOn);
        }

        NotPlaced notPlaced(UUID staff, NotPlaced.Cause cause, LocalDate causeDate) {
            return new NotPlaced(residentId, name, areaId, staff, reasons, cause, causeDate);
        }
    }
}
