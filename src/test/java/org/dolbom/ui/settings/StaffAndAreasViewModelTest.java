package org.dolbom.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dolbom.app.AppContext;
import org.dolbom.domain.Area;
import org.dolbom.domain.AreaKind;
import org.dolbom.domain.Staff;
import org.dolbom.domain.StaffRole;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.TestRegistry;
import org.dolbom.ui.concurrent.BackgroundWork;

class StaffAndAreasViewModelTest {

    @TempDir
    Path dir;

    private AppContext context;
    private final StatusLine status = new StatusLine();
    private StaffViewModel staff;
    private AreasViewModel areas;

    @BeforeEach
    void openFile() {
        context = TestRegistry.seed(dir.resolve("dolbom.db"));
        staff = new StaffViewModel(context.staff(), BackgroundWork.immediate(), Messages.korean(), status);
        areas = new AreasViewModel(context.areas(), context.staff(), BackgroundWork.immediate(), Messages.korean(),
                status);
        staff.load();
        areas.load();
    }

    @AfterEach
    void closeFile() {
        context.close();
    }

    @Test
    void aNewMemberIsSavedWithRolePhoneAndCapacityAndListed() {
        boolean[] told = {false};
        staff.setOnChanged(() -> told[0] = true);
        staff.newMember();
        staff.nameProperty().set(" 박간호 ");
        staff.roleProperty().set(StaffRole.VISITING_NURSE);
        staff.phoneProperty().set("01077778888");
        staff.visitsPerDayProperty().set("5");

        staff.save();

        assertThat(staff.staff()).extracting(Staff::name).containsExactly("김팀장", "박간호");
        Staff saved = context.staff().list(true).stream().filter(s -> s.name().equals("박간호")).findFirst()
                .orElseThrow();
        assertThat(saved.role()).isEqualTo(StaffRole.VISITING_NURSE);
        assertThat(saved.phone().formatted()).isEqualTo("010-7777-8888");
        assertThat(saved.visitsPerDay()).isEqualTo(5);
        assertThat(saved.active()).isTrue();
        assertThat(staff.editing()).contains(saved);
        assertThat(status.message()).contains("박간호");
        assertThat(told[0]).isTrue();
    }

    @Test
    void aMemberWhoLeftStaysListedButIsNoLongerOfferedForAnArea() {
        Staff leader = staff.staff().getFirst();
        staff.edit(leader);
        staff.activeProperty().set(false);
        staff.save();

        assertThat(staff.staff()).singleElement().extracting(Staff::active).isEqualTo(false);
        areas.load();
        areas.newArea();
        assertThat(areas.staffChoices()).isEmpty();
        areas.edit(areas.areas().getFirst());
        assertThat(areas.staffChoices()).as("still shown for the area it is responsible for")
                .extracting(Staff::name).containsExactly("김팀장");
    }

    @Test
    void aMissingNameABadPhoneAndAnImpossibleCapacityAreShownAndNothingIsSaved() {
        staff.newMember();
        staff.nameProperty().set(" ");
        staff.phoneProperty().set("010-12");
        staff.visitsPerDayProperty().set("하루 5");

        staff.save();

        assertThat(staff.errorProperty(StaffViewModel.Field.NAME).get()).isNotBlank();
        assertThat(staff.errorProperty(StaffViewModel.Field.PHONE).get()).isNotBlank();
        assertThat(staff.errorProperty(StaffViewModel.Field.VISITS).get()).contains("40");
        staff.visitsPerDayProperty().set("41");
        staff.save();
        assertThat(staff.errorProperty(StaffViewModel.Field.VISITS).get()).isNotBlank();
        assertThat(context.staff().list(true)).hasSize(1);
    }

    @Test
    void areasAreListedByTownshipThenNameWithTheirResponsibleStaff() {
        Staff nurse = context.staff().save(new Staff(null, "박간호", StaffRole.VISITING_NURSE, null, true, 6));
        areas.load();
        areas.newArea();
        areas.townshipProperty().set("강상면");
        areas.nameProperty().set("세월리");
        areas.kindProperty().set(AreaKind.RI);
        areas.responsibleProperty().set(areas.staffChoices().stream()
                .filter(s -> s.id().equals(nurse.id())).findFirst().orElseThrow());

        areas.save();

        assertThat(areas.areas()).extracting(Area::label).containsExactly("강상면 세월리", "양평읍 양근리");
        Area saved = areas.areas().getFirst();
        assertThat(saved.responsibleStaffId()).isEqualTo(nurse.id());
        assertThat(areas.responsibleName(saved)).isEqualTo("박간호");
        assertThat(areas.responsibleName(areas.areas().get(1))).isEqualTo("김팀장");
        assertThat(status.message()).contains("강상면 세월리");

        areas.edit(saved);
        areas.responsibleProperty().set(null);
        areas.save();
        assertThat(context.areas().find(saved.id()).orElseThrow().responsibleStaffId()).isNull();
    }

    @Test
    void aDuplicateAreaNameIsRefusedWithTheStoresMessage() {
        areas.newArea();
        areas.townshipProperty().set("양평읍");
        areas.nameProperty().set("양근리");

        areas.save();

        assertThat(areas.errorProperty(AreasViewModel.Field.NAME).get())
                .isEqualTo(Messages.korean().get("store.area.duplicate", "양평읍 양근리"));
        assertThat(context.areas().list()).hasSize(1);

        areas.nameProperty().set("");
        areas.townshipProperty().set("");
        areas.save();
        assertThat(areas.errorProperty(AreasViewModel.Field.TOWNSHIP).get()).isNotBlank();
        assertThat(areas.errorProperty(AreasViewModel.Field.NAME).get()).isNotBlank();
    }
}
