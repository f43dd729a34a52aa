package org.dolbom.app.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.dolbom.app.AppContext;
import org.dolbom.domain.Area;
import org.dolbom.domain.AreaKind;
import org.dolbom.domain.LivingSituation;
import org.dolbom.domain.Office;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.Resident;
import org.dolbom.domain.Sex;
import org.dolbom.domain.Staff;
import org.dolbom.domain.StaffRole;
import org.dolbom.domain.Vulnerability;
import org.dolbom.schedule.Week;
import org.dolbom.store.Actor;

/**
 * A small township on a real data file: two visiting staff, two 리, and residents taken in two months ago with no
 * support plan yet, so all of them are overdue for their plan and the planner has work for the coming week.
 */
public final class SmallTownship {

    /** Sunday 2026-11-22, noon in Seoul: the week being planned is the next one, 2026-W48. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneId.of("Asia/Seoul"));
    public static final Week NEXT_WEEK = Week.parse("2026-W48");
    public static final Actor LEADER = new Actor("김팀장", "office-pc-1");

    public final AppContext context;
    public final Staff nurse;
    public final Staff worker;
    public final Area yanggeun;
    public final Area hoehyeon;
    public final List<Resident> residents = new ArrayList<>();

    private SmallTownship(AppContext context, int perArea) {
        this.context = context;
        context.office().register(new Office("4183025000", "양평읍 맞춤형복지팀"));
        nurse = context.staff().save(new Staff(null, "박간호", StaffRole.VISITING_NURSE, null, true, 3));
        worker = context.staff().save(new Staff(null, "최복지", StaffRole.SOCIAL_WORKER, null, true, 3));
        yanggeun = context.areas().save(new Area(null, "양평읍", "양근리", AreaKind.RI, nurse.id()));
        hoehyeon = context.areas().save(new Area(null, "양평읍", "회현리", AreaKind.RI, worker.id()));
        String[] family = {"김", "이", "박", "정", "한", "윤", "조", "서"};
        String[] given = {"순자", "영수", "말순", "복동", "정희", "철수", "옥자", "봉희"};
        for (int i = 0; i < perArea * 2; i++) {
            Area area = i % 2 == 0 ? yanggeun : hoehyeon;
            String name = family[i % family.length] + given[(i / family.length) % given.length];
            residents.add(context.residents().save(new Resident(null, null, name, LocalDate.of(1940 + i, 3, 1),
                    i % 3 == 0 ? Sex.M : Sex.F, null, PhoneNumber.parse(String.format("010-2000-%04d", i)), null,
                    "경기도 양평군 양평읍 " + area.name() + " " + (10 + i), null, area.id(), null, null,
                    i % 2 == 0 ? LivingSituation.ALONE : LivingSituation.WITH_FAMILY,
                    i % 4 == 0 ? Set.of(Vulnerability.DEMENTIA) : Set.of(), null, null, null, null, null,
                    LocalDate.of(2026, 9, 1).plusDays(i), null, null, List.of()), null, LEADER));
        }
    }

    /** A new data file in the folder with {@code perArea} residents in each of the two 리. */
    public static SmallTownship in(Path folder, int perArea) {
        return in(folder, perArea, CLOCK);
    }

    /** The same township on a clock the test moves, to walk through weeks as a team leader does. */
    public static SmallTownship in(Path folder, int perArea, Clock clock) {
        return new SmallTownship(AppContext.open(folder.resolve("dolbom.db"), clock), perArea);
    }

    public List<UUID> residentIds() {
        return residents.stream().map(Resident::id).toList();
    }

    public List<String> residentNames() {
        return residents.stream().map(Resident::name).toList();
    }
}
