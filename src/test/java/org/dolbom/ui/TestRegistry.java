package org.dolbom.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.dolbom.app.AppContext;
import org.dolbom.domain.Area;
import org.dolbom.domain.AreaKind;
import org.dolbom.domain.LivingSituation;
import org.dolbom.domain.Office;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.Resident;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.Rrn;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.Sex;
import org.dolbom.domain.Staff;
import org.dolbom.domain.StaffRole;
import org.dolbom.store.Actor;

/** A small data file written through the real stores, as the window would find it. */
public final class TestRegistry {

    public static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2026-11-20T01:00:00Z"),
            ZoneId.of("Asia/Seoul"));
    public static final Actor ACTOR = new Actor("김팀장", "test-pc");

    private TestRegistry() {
    }

    /** The open file and the ids of its residents by name. */
    public record Seeded(AppContext context, java.util.Map<String, java.util.UUID> ids) {
    }

    /** An office, a team leader, one village, and 김민수 (with an RRN), 박영희 and 이순자. */
    public static AppContext seed(Path file) {
        return seedWithIds(file).context();
    }

    public static Seeded seedWithIds(Path file) {
        AppContext context = AppContext.open(file, CLOCK);
        context.office().register(new Office("4183025000", "양평읍 맞춤형복지팀"));
        Staff leader = context.staff().save(new Staff(null, "김팀장", StaffRole.TEAM_LEADER, null, true, 8));
        Area village = context.areas().save(new Area(null, "양평읍", "양근리", AreaKind.RI, leader.id()));
        java.util.Map<String, java.util.UUID> ids = new java.util.HashMap<>();
        save(context, ids, resident("김민수", LocalDate.of(1950, 1, 1), Sex.M, "010-1234-5678", village),
                new RrnChange.Set(Rrn.parse("500101-1234567")));
        save(context, ids, resident("박영희", LocalDate.of(1944, 5, 3), Sex.F, "010-2222-3333", village),
                RrnChange.keep());
        save(context, ids, resident("이순자", LocalDate.of(1938, 9, 9), Sex.F, "010-4444-5555", village),
                RrnChange.keep());
        return new Seeded(context, java.util.Map.copyOf(ids));
    }

    private static void save(AppContext context, java.util.Map<String, java.util.UUID> ids, Resident resident,
                             RrnChange rrn) {
        ids.put(resident.name(), context.residents().save(resident, rrn, ACTOR).id());
    }

    public static Resident resident(String name, LocalDate birth, Sex sex, String mobile, Area area) {
        return new Resident(null, null, name, birth, sex, null, PhoneNumber.parse(mobile), null, "양평읍 양근로 1",
                null, area == null ? null : area.id(), null, null, LivingSituation.ALONE, Set.of(), RiskLevel.LOW,
                ResidentStatus.ACTIVE, null, null, null, LocalDate.of(2026, 1, 5), null, null, List.of());
    }
}
