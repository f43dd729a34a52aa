package org.dolbom.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dolbom.app.AppContext;
import org.dolbom.domain.CareDomain;
import org.dolbom.domain.ProviderKind;
import org.dolbom.domain.ServiceCount;
import org.dolbom.domain.ServiceEntry;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.TestRegistry;
import org.dolbom.ui.concurrent.BackgroundWork;

class CatalogueViewModelTest {

    @TempDir
    Path dir;

    private AppContext context;
    private TestRegistry.Seeded seeded;
    private ServicesViewModel services;
    private ProvidersViewModel providers;

    @BeforeEach
    void openFile() {
        seeded = TestRegistry.seedWithIds(dir.resolve("dolbom.db"));
        context = seeded.context();
        services = new ServicesViewModel(context.catalogue(), BackgroundWork.immediate(), Messages.korean(),
                new StatusLine());
        providers = new ProvidersViewModel(context.catalogue(), BackgroundWork.immediate(), Messages.korean(),
                new StatusLine());
    }

    @AfterEach
    void closeFile() {
        context.close();
    }

    @Test
    void aServiceInUseIsRefusedDeletionWithTheReasonAndCanBeRetired() {
        services.codeProperty().set("H01");
        services.nameProperty().set("방문간호");
        services.domainProperty().set(CareDomain.HEALTH);
        services.save();
        ServiceEntry saved = services.services().getFirst();
        context.visits().save(new Visit(null, null, seeded.ids().get("김민수"), null,
                LocalDateTime.of(2026, 11, 19, 10, 0), VisitKind.HOME, VisitOutcome.MET, null, null,
                List.of(new ServiceCount(saved.id(), 1)), null, null, 0), true, TestRegistry.ACTOR);

        services.edit(saved);
        services.delete();
        assertThat(services.messageProperty().get()).contains("삭제할 수 없습니다").contains("사용 중지");
        assertThat(context.catalogue().services(true)).hasSize(1);

        services.toggleRetired();
        assertThat(services.services()).singleElement().satisfies(s -> assertThat(s.retired()).isTrue());
        assertThat(context.catalogue().services(false)).isEmpty();
    }

    @Test
    void aServiceWithoutACodeIsNotSaved() {
        services.nameProperty().set("방문간호");
        services.save();
        assertThat(services.errorProperty(ServicesViewModel.Field.CODE).get()).isNotEmpty();
        assertThat(context.catalogue().services(true)).isEmpty();
    }

    @Test
    void aProviderIsSavedWithItsPhoneWrittenTheKoreanWay() {
        providers.nameProperty().set("양평군보건소");
        providers.kindProperty().set(ProviderKind.PUBLIC_HEALTH_CENTER);
        providers.phoneProperty().set("0317702000");
        providers.save();
        assertThat(providers.providers()).singleElement().satisfies(p ->
                assertThat(p.phone().formatted()).isEqualTo("031-770-2000"));

        providers.phoneProperty().set("12");
        providers.save();
        assertThat(providers.phoneErrorProperty().get()).isNotEmpty();
    }
}
