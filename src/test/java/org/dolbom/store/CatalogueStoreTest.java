package org.dolbom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.dolbom.domain.CareDomain;
import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.PlanStatus;
import org.dolbom.domain.PlannedService;
import org.dolbom.domain.Provider;
import org.dolbom.domain.ProviderKind;
import org.dolbom.domain.ServiceCount;
import org.dolbom.domain.ServiceEntry;
import org.dolbom.domain.SupportPlan;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitFrequency;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service catalogue and providers, as the settings screens use them. */
class CatalogueStoreTest {

    @TempDir
    Path folder;

    @Test
    void servicesAndProvidersRoundTripThroughTheFile() {
        ServiceEntry nursing;
        Provider hospital;
        try (CaseWork work = CaseWork.in(folder)) {
            nursing = work.service("S01", "방문간호", CareDomain.SPECIAL);
            work.service("H01", "밑반찬 지원", CareDomain.MEALS);
            hospital = work.catalogue.save(new Provider(null, "양평군보건소", ProviderKind.PUBLIC_HEALTH_CENTER,
                    PhoneNumber.parse("031-770-3500")));
        }
        try (CaseWork work = CaseWork.in(folder)) {
            assertThat(work.catalogue.service(nursing.id())).contains(nursing);
            assertThat(work.catalogue.services(false)).extracting(ServiceEntry::name)
                    .containsExactly("밑반찬 지원", "방문간호");
            assertThat(work.catalogue.providers()).containsExactly(hospital);
        }
    }

    @Test
    void aServiceInUseCannotBeDeletedOnlyRetired() {
        try (CaseWork work = CaseWork.in(folder)) {
            ServiceEntry meals = work.service("M01", "도시락 배달", CareDomain.MEALS);
            ServiceEntry unused = work.service("X01", "잘못 만든 서비스", CareDomain.SAFETY);
            UUID resident = work.resident("김순자", LocalDate.of(2026, 10, 1));
            work.visits.save(new Visit(null, null, resident, null, LocalDateTime.of(2026, 11, 20, 10, 0),
                    VisitKind.HOME, VisitOutcome.MET, null, null, List.of(new ServiceCount(meals.id(), 2)), null,
                    null, 1), true, CaseFile.LEADER);
            long history = work.history();

            assertThatThrownBy(() -> work.catalogue.deleteService(meals.id()))
                    .isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.service.inUse");
            assertThat(work.history()).isEqualTo(history);

            work.catalogue.setRetired(meals.id(), true);
            work.catalogue.deleteService(unused.id());

            assertThat(work.catalogue.services(false)).isEmpty();
            assertThat(work.catalogue.services(true)).extracting(ServiceEntry::name, ServiceEntry::retired)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("도시락 배달", true));
            // A retired service cannot be picked for a new plan.
            SupportPlan plan = new SupportPlan(null, null, resident, null, LocalDate.of(2026, 11, 1),
                    LocalDate.of(2026, 11, 1), null, null, VisitFrequency.MONTHLY, null, PlanStatus.ACTIVE, null,
                    null, null, List.of(new PlannedService(null, meals.id(), null, "도시락", "배달", "주 5회", null,
                    null)));
            assertThatThrownBy(() -> work.plans.save(plan, CaseFile.LEADER))
                    .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.service.retired");
            assertThat(work.count("plans")).isZero();
        }
    }

    @Test
    void aProviderNamedByAPlanCannotBeDeleted() {
        try (CaseWork work = CaseWork.in(folder)) {
            ServiceEntry cleaning = work.service("K01", "청소 지원", CareDomain.HOUSEWORK);
            Provider centre = work.catalogue.save(new Provider(null, "양평재가센터", ProviderKind.HOME_CARE_CENTER,
                    null));
            UUID resident = work.resident("김순자", LocalDate.of(2026, 10, 1));
            work.plans.save(new SupportPlan(null, null, resident, null, LocalDate.of(2026, 11, 1),
                    LocalDate.of(2026, 11, 1), null, null, VisitFrequency.MONTHLY, null, PlanStatus.DRAFT, null,
                    null, null, List.of(new PlannedService(null, cleaning.id(), centre.id(), null, null, "주 1회",
                    null, null))), CaseFile.LEADER);

            assertThatThrownBy(() -> work.catalogue.deleteProvider(centre.id()))
                    .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.provider.inUse");
            assertThat(work.catalogue.providers()).containsExactly(centre);
        }
    }

    @Test
    void aDuplicateCodeOrAnEmptyNameIsRefused() {
        try (CaseWork work = CaseWork.in(folder)) {
            work.service("H01", "밑반찬 지원", CareDomain.MEALS);

            assertThatThrownBy(() -> work.service("H01", "다른 서비스", CareDomain.MEALS))
                    .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.service.duplicateCode");
            assertThatThrownBy(() -> work.service("H02", " ", null))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).problems().size()).isEqualTo(2);
            assertThat(work.catalogue.services(true)).hasSize(1);
        }
    }
}
