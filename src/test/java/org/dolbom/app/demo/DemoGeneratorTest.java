package org.dolbom.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.dolbom.domain.AreaKind;
import org.dolbom.domain.Resident;
import org.dolbom.domain.ResidentRules;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.Sex;
import org.junit.jupiter.api.Test;

class DemoGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static List<DemoResident> residents(long seed, int count) {
        List<DemoResident> residents = new ArrayList<>();
        new DemoGenerator(seed, TODAY).households(count, household -> residents.addAll(household.members()));
        return residents;
    }

    private static List<String> namesAndBirthDates(List<DemoResident> residents) {
        return residents.stream().map(r -> r.resident().name() + " " + r.resident().birthDate()).toList();
    }

    @Test
    void theSameSeedGivesTheSameResidentsInTheSameOrder() {
        assertThat(namesAndBirthDates(residents(7, 300))).isEqualTo(namesAndBirthDates(residents(7, 300)));
    }

    @Test
    void anotherSeedGivesOtherResidents() {
        assertThat(namesAndBirthDates(residents(1, 300))).isNotEqualTo(namesAndBirthDates(residents(2, 300)));
    }

    @Test
    void makesExactlyTheResidentsAskedForStartingWithKimMinsu() {
        List<DemoResident> residents = residents(1, 2000);

        assertThat(residents).hasSize(2000);
        assertThat(residents.getFirst().resident().name()).isEqualTo("김민수");
        assertThat(residents.getFirst().resident().mobilePhone()).isNotNull();
        assertThat(residents(5, 1)).extracting(r -> r.resident().name()).containsExactly("김민수");
    }

    @Test
    void everyResidentPassesTheRulesASaveChecks() {
        for (DemoResident demo : residents(3, 2000)) {
            assertThat(ResidentRules.check(demo.resident(), demo.rrn(), TODAY))
                    .as(demo.resident().name()).isEmpty();
        }
    }

    @Test
    void looksLikeAnOlderRuralCaseload() {
        List<Resident> residents = residents(1, 2000).stream().map(DemoResident::resident).toList();

        long elderly = residents.stream().filter(r -> r.ageOn(TODAY) >= 65 && r.ageOn(TODAY) <= 97).count();
        long women = residents.stream().filter(r -> r.sex() == Sex.F).count();
        long withMobile = residents.stream().filter(r -> r.mobilePhone() != null).count();
        long open = residents.stream().filter(r -> r.status() == ResidentStatus.ACTIVE).count();
        assertThat(elderly).isBetween(1600L, 1900L);
        assertThat(women).isBetween(1040L, 1300L);
        assertThat(withMobile).isGreaterThan(1500L);
        assertThat(residents).allSatisfy(r -> {
            assertThat(r.roadAddress()).matches("경기도 양평군 양평읍 \\S+[로길] \\d+(-\\d+)?");
            assertThat(r.intakeDate()).isBetween(TODAY.minusYears(3), TODAY);
            if (r.mobilePhone() != null) {
                assertThat(r.mobilePhone().formatted()).startsWith("010-");
            }
        });
        // Three years of intakes: about a third have since died, moved away or no longer need the team.
        assertThat(open).isBetween(1200L, 1450L);
        assertThat(residents).anySatisfy(r -> assertThat(r.status()).isEqualTo(ResidentStatus.DECEASED));
        assertThat(residents).anySatisfy(r -> assertThat(r.status()).isEqualTo(ResidentStatus.TRANSFERRED));
    }

    @Test
    void aboutAThirdHaveAnRrnThatMatchesTheirBirthDateAndSex() {
        List<DemoResident> withRrn = residents(1, 2000).stream()
                .filter(r -> r.rrn() instanceof RrnChange.Set).toList();

        assertThat(withRrn.size()).isBetween(560, 780);
        assertThat(withRrn).allSatisfy(r -> {
            RrnChange.Set set = (RrnChange.Set) r.rrn();
            assertThat(set.rrn().birthDate()).isEqualTo(r.resident().birthDate());
            assertThat(set.rrn().sex()).isEqualTo(r.resident().sex());
        });
    }

    @Test
    void namesIncludeSurnamesThatNeedDueumSearch() {
        Set<String> surnames = residents(1, 2000).stream().map(r -> r.resident().name().substring(0, 1))
                .collect(Collectors.toSet());

        assertThat(surnames).contains("김", "이", "박", "리", "류", "유", "임", "노");
    }

    @Test
    void areasAreTheTwelveRiOfYangpyeongEupAndEveryoneOnTheTeamLooksAfterSome() {
        DemoGenerator generator = new DemoGenerator(1, TODAY);
        List<DemoArea> areas = generator.areas();

        assertThat(DemoGenerator.office().name()).isEqualTo("양평군 양평읍 맞춤형복지팀");
        assertThat(areas).allSatisfy(a -> {
            assertThat(a.area().township()).isEqualTo("양평읍");
            assertThat(a.area().kind()).isEqualTo(AreaKind.RI);
        });
        assertThat(areas).extracting(a -> a.area().name()).containsExactlyInAnyOrder("양근리", "오빈리", "회현리",
                "덕평리", "창대리", "공흥리", "백안리", "신애리", "원덕리", "대흥리", "도곡리", "봉성리");
        assertThat(areas).extracting(DemoArea::staffIndex).containsOnly(0, 1, 2, 3, 4, 5)
                .contains(0, 1, 2, 3, 4, 5);
        assertThat(generator.staff()).extracting(s -> s.name()).containsExactly("윤미경", "김지현", "이승훈", "최은영",
                "정혜진", "한수정");
    }

    @Test
    void everyVillageHasResidentsAndTheTownCentreTheMost() {
        List<DemoArea> areas = new DemoGenerator(1, TODAY).areas();
        int[] perArea = new int[areas.size()];
        new DemoGenerator(1, TODAY).households(2000, h -> perArea[h.areaIndex()] += h.members().size());

        assertThat(java.util.Arrays.stream(perArea).min().orElseThrow()).isPositive();
        int centre = areas.stream().map(a -> a.area().name()).toList().indexOf("양근리");
        assertThat(perArea[centre]).isEqualTo(java.util.Arrays.stream(perArea).max().orElseThrow());
    }
}
