package org.dolbom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.dolbom.domain.Area;
import org.dolbom.domain.AreaKind;
import org.dolbom.domain.Household;
import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.Office;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.Sex;
import org.dolbom.domain.Staff;
import org.dolbom.domain.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff, areas, households and the office identity: what the team sets up before the first resident. */
class TeamRecordsTest {

    @TempDir
    Path folder;

    @Test
    void staffRoundTripAndInactiveStaffDropOffTheShortList() {
        Staff nurse;
        Staff leaver;
        try (CaseFile caseFile = CaseFile.in(folder)) {
            nurse = caseFile.staff.save(new Staff(null, "박간호", StaffRole.VISITING_NURSE,
                    PhoneNumber.parse("010-3333-4444"), true, 8));
            leaver = caseFile.staff.save(new Staff(null, "최복지", StaffRole.SOCIAL_WORKER, null, true, 6));
            caseFile.staff.save(new Staff(leaver.id(), "최복지", StaffRole.SOCIAL_WORKER, null, false, 6));
        }
        try (CaseFile caseFile = CaseFile.in(folder)) {
            assertThat(caseFile.staff.find(nurse.id())).contains(nurse);
            assertThat(caseFile.staff.list(false)).containsExactly(nurse);
            assertThat(caseFile.staff.list(true)).extracting(Staff::name).containsExactly("박간호", "최복지");
            assertThat(caseFile.inventory.counts().get("history")).isEqualTo(1);
        }
    }

    @Test
    void areasAndHouseholdsRoundTripAndEditsKeepTheOldVersion() {
        try (CaseFile caseFile = CaseFile.in(folder)) {
            Staff leader = caseFile.staff.save(new Staff(null, "김팀장", StaffRole.TEAM_LEADER, null, true, 4));
            Area ri = caseFile.areas.save(new Area(null, "양평읍", "양근리", AreaKind.RI, leader.id()));
            Area tong = caseFile.areas.save(new Area(null, "강상면", "1통", AreaKind.TONG, null));
            Household home = caseFile.households.save(new Household(null, ri.id(), "경기도 양평군 양평읍 양근로 12",
                    "101동 202호", "개 있음"));
            Household moved = caseFile.households.save(new Household(home.id(), tong.id(), "경기도 양평군 강상면 강상로 5",
                    null, null));

            assertThat(caseFile.areas.list()).containsExactly(tong, ri);
            assertThat(caseFile.areas.find(ri.id())).contains(ri);
            assertThat(caseFile.households.find(home.id())).contains(moved);
            String oldVersion = caseFile.database.read(ctx -> String.valueOf(ctx.fetchValue(
                    "SELECT content FROM record_history WHERE record_type = 'household' AND record_id = ?",
                    home.id().toString())));
            assertThat(oldVersion).contains("양근로 12", "101동 202호", "개 있음");
        }
    }

    @Test
    void aTownshipCannotHaveTwoAreasOfTheSameName() {
        try (CaseFile caseFile = CaseFile.in(folder)) {
            caseFile.areas.save(new Area(null, "양평읍", "양근리", AreaKind.RI, null));

            assertThatThrownBy(() -> caseFile.areas.save(new Area(null, "양평읍", "양근리", AreaKind.RI, null)))
                    .isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.area.duplicate");
            assertThat(caseFile.areas.list()).hasSize(1);
        }
    }

    @Test
    void recordsCarryTheOfficeCodeAndItCannotChangeUnderThem() {
        try (CaseFile caseFile = CaseFile.in(folder)) {
            assertThat(caseFile.office.office()).isEmpty();
            assertThatThrownBy(() -> caseFile.office.register(new Office(" ", "")))
                    .isInstanceOf(InvalidInputException.class);

            caseFile.office.register(new Office("YP-001", "양평읍 행정복지센터"));
            Staff staff = caseFile.staff.save(new Staff(null, "김팀장", StaffRole.TEAM_LEADER, null, true, 4));
            caseFile.office.register(new Office("YP-001", "양평읍 맞춤형복지팀"));

            assertThat(caseFile.office.office()).contains(new Office("YP-001", "양평읍 맞춤형복지팀"));
            String origin = caseFile.database.read(ctx -> String.valueOf(ctx.fetchValue(
                    "SELECT origin FROM staff WHERE id = ?", staff.id().toString())));
            assertThat(origin).isEqualTo("YP-001");
            assertThatThrownBy(() -> caseFile.office.register(new Office("GP-002", "가평읍")))
                    .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.office.alreadySet");
            assertThat(caseFile.office.office().orElseThrow().code()).isEqualTo("YP-001");
        }
    }

    @Test
    void theInventoryCountsLiveRecordsInTheOrderTheCheckPrintsThem() {
        try (CaseFile caseFile = CaseFile.in(folder)) {
            caseFile.office.register(new Office("YP-001", "양평읍 행정복지센터"));
            var resident = caseFile.residents.save(CaseFile.fullResident(), RrnChange.keep(), CaseFile.LEADER);
            caseFile.residents.save(CaseFile.named("이순자", LocalDate.of(1952, 7, 7), Sex.F), RrnChange.keep(),
                    CaseFile.LEADER);
            caseFile.residents.save(CaseFile.withName(resident, "김민주"), RrnChange.keep(), CaseFile.LEADER);

            assertThat(caseFile.inventory.integrity()).isEqualTo("ok");
            assertThat(caseFile.inventory.counts()).containsExactly(
                    java.util.Map.entry("offices", 1L),
                    java.util.Map.entry("staff", 0L),
                    java.util.Map.entry("areas", 0L),
                    java.util.Map.entry("households", 0L),
                    java.util.Map.entry("residents", 2L),
                    java.util.Map.entry("consents", 2L),
                    java.util.Map.entry("assessments", 0L),
                    java.util.Map.entry("plans", 0L),
                    java.util.Map.entry("planned services", 0L),
                    java.util.Map.entry("services", 0L),
                    java.util.Map.entry("providers", 0L),
                    java.util.Map.entry("visits", 0L),
                    java.util.Map.entry("follow-ups", 0L),
                    java.util.Map.entry("schedule entries", 0L),
                    java.util.Map.entry("history", 1L),
                    java.util.Map.entry("audit entries", 3L));
        }
    }

    @Test
    void thousandsOfResidentsInOneTransactionAllLand() {
        try (CaseFile caseFile = CaseFile.in(folder)) {
            caseFile.database.inTransaction(() -> {
                for (int i = 0; i < 500; i++) {
                    caseFile.residents.save(CaseFile.named("주민" + i, LocalDate.of(1940, 1, 1).plusDays(i),
                            i % 2 == 0 ? Sex.M : Sex.F), RrnChange.keep(), CaseFile.LEADER);
                }
                return null;
            });
            assertThat(caseFile.inventory.counts().get("residents")).isEqualTo(500);
        }
    }
}
