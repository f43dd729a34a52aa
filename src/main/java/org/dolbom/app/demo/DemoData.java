package org.dolbom.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dolbom.app.AppContext;
import org.dolbom.domain.Area;
import org.dolbom.domain.Household;
import org.dolbom.domain.Resident;
import org.dolbom.domain.Staff;
import org.dolbom.store.Actor;

/**
 * Fills a data file with the demo township through the ordinary stores, so demo data obeys every rule that real data
 * does.
 */
public final class DemoData {

    public static final int DEFAULT_RESIDENTS = 2000;
    public static final long DEFAULT_SEED = 1;

    private DemoData() {
    }

    /** Whether the file already holds residents; demo data is only ever added to a file without any. */
    public static boolean hasResidents(AppContext context) {
        return context.inventory().counts().getOrDefault("residents", 0L) > 0;
    }

    /**
     * Writes staff, areas, households and residents in one transaction: all of it, or nothing. An office is
     * registered only when the file has none; existing areas with the same 읍면 and 리 are reused.
     * Call only when {@link #hasResidents} is false.
     */
    public static DemoSummary fill(AppContext context, int residents, long seed, Actor actor) {
        DemoGenerator generator = new DemoGenerator(seed, LocalDate.now(context.clock()));
        return context.database().inTransaction(() -> {
            if (context.office().office().isEmpty()) {
                context.office().register(DemoGenerator.office());
            }
            List<UUID> staffIds = new ArrayList<>();
            for (Staff staff : generator.staff()) {
                staffIds.add(context.staff().save(staff).id());
            }
            List<Area> areas = saveAreas(context, generator.areas(), staffIds);

            int[] written = new int[2];
            generator.households(residents, demo -> {
                Area area = areas.get(demo.areaIndex());
                Household planned = demo.household();
                Household household = context.households().save(new Household(null, area.id(),
                        planned.roadAddress(), planned.addressDetail(), planned.note()));
                for (DemoResident member : demo.members()) {
                    context.residents().save(placed(member.resident(), area, household), member.rrn(), actor);
                }
                written[0]++;
                written[1] += demo.members().size();
            });
            return new DemoSummary(staffIds.size(), areas.size(), written[0], written[1]);
        });
    }

    private static List<Area> saveAreas(AppContext context, List<DemoArea> planned, List<UUID> staffIds) {
        Map<String, Area> existing = new HashMap<>();
        for (Area area : context.areas().list()) {
            existing.put(area.label(), area);
        }
        List<Area> saved = new ArrayList<>();
        for (DemoArea demo : planned) {
            Area area = demo.area();
            Area already = existing.get(area.label());
            saved.add(already != null ? already : context.areas().save(new Area(null, area.township(), area.name(),
                    area.kind(), staffIds.get(demo.staffIndex()))));
        }
        return saved;
    }

    private static Resident placed(Resident r, Area area, Household household) {
        return new Resident(r.id(), r.rev(), r.name(), r.birthDate(), r.sex(), r.maskedRrn(), r.mobilePhone(),
                r.homePhone(), r.roadAddress(), r.addressDetail(), area.id(), household.id(),
                area.responsibleStaffId(), r.livingSituation(), r.vulnerabilities(), r.riskLevel(), r.status(),
                r.closureReason(), r.statusNote(), r.statusDate(), r.intakeDate(), r.emergencyContact(), r.notes(),
                r.consents());
    }
}
