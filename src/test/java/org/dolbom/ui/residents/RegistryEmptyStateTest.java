package org.dolbom.ui.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dolbom.app.AppContext;
import org.dolbom.domain.Office;
import org.dolbom.i18n.Messages;
import org.dolbom.store.ResidentRow;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.TestRegistry;
import org.dolbom.ui.concurrent.BackgroundWork;

/** What the registry says when its list is empty, and Enter in the search box. */
class RegistryEmptyStateTest {

    @TempDir
    Path dir;

    private AppContext context;

    @AfterEach
    void closeFile() {
        context.close();
    }

    private ResidentListViewModel list(BackgroundWork work) {
        return new ResidentListViewModel(context.residents(), work, Messages.korean(), new StatusLine());
    }

    @Test
    void aNewFileSaysHowToAddTheFirstResidentNotToShortenASearch() {
        context = AppContext.open(dir.resolve("dolbom.db"), TestRegistry.CLOCK);
        context.office().register(new Office("4183025000", "양평읍 맞춤형복지팀"));
        ResidentListViewModel list = list(BackgroundWork.immediate());

        list.search();

        assertThat(list.rows()).isEmpty();
        assertThat(list.emptyTextProperty().get()).contains("새 대상자").contains("가져오").doesNotContain("검색어");
    }

    @Test
    void aSearchThatFindsNoOneKeepsTheSearchHint() {
        context = TestRegistry.seed(dir.resolve("dolbom.db"));
        ResidentListViewModel list = list(BackgroundWork.immediate());

        list.queryProperty().set("최씨없음");
        list.search();

        assertThat(list.rows()).isEmpty();
        assertThat(list.emptyTextProperty().get()).contains("검색어를 줄이거나");
    }

    @Test
    void whileTheFirstAnswerIsOnItsWayTheListSaysItIsLoading() {
        context = TestRegistry.seed(dir.resolve("dolbom.db"));
        List<Runnable> pending = new ArrayList<>();
        ResidentListViewModel list = list(BackgroundWork.on(pending::add, Runnable::run));

        list.search();

        assertThat(list.emptyTextProperty().get()).contains("불러오는 중");
        pending.removeFirst().run();
        assertThat(list.rows()).hasSize(3);
    }

    @Test
    void enterOpensTheFirstMatchOnceTheSearchForWhatWasTypedAnswers() {
        context = TestRegistry.seed(dir.resolve("dolbom.db"));
        List<Runnable> pending = new ArrayList<>();
        ResidentListViewModel list = list(BackgroundWork.on(pending::add, Runnable::run));
        list.search();
        pending.removeFirst().run();
        List<ResidentRow> opened = new ArrayList<>();

        // Typed, and Enter pressed before the search for it has answered: nothing opens from the stale list.
        list.queryProperty().set("ㅂㅇㅎ");
        list.openFirstMatch(opened::add);
        assertThat(opened).isEmpty();

        pending.removeFirst().run();
        assertThat(opened).singleElement().satisfies(r -> assertThat(r.name()).isEqualTo("박영희"));

        // The list already answers the text: Enter opens at once.
        list.openFirstMatch(opened::add);
        assertThat(opened).hasSize(2);
        assertThat(pending).isEmpty();
    }
}
