package org.dolbom.ui.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Queue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dolbom.app.AppContext;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.Sex;
import org.dolbom.i18n.Messages;
import org.dolbom.store.ResidentRow;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.TestRegistry;
import org.dolbom.ui.concurrent.BackgroundWork;

class ResidentListViewModelTest {

    @TempDir
    Path dir;

    private AppContext context;

    @BeforeEach
    void openFile() {
        context = TestRegistry.seed(dir.resolve("dolbom.db"));
    }

    @AfterEach
    void closeFile() {
        context.close();
    }

    @Test
    void theListLoadsAPageAtATimeAsThePersonScrolls() {
        context.database().inTransaction(() -> {
            for (int i = 0; i < 137; i++) {
                context.residents().save(TestRegistry.resident("홍길동" + i, LocalDate.of(1940, 1, 1).plusDays(i),
                        Sex.M, String.format("010-5555-%04d", i), null), RrnChange.keep(), TestRegistry.ACTOR);
            }
            return null;
        });
        ResidentListViewModel list = new ResidentListViewModel(context.residents(), BackgroundWork.immediate(),
                Messages.korean(), new StatusLine());

        list.queryProperty().set("홍길동");
        list.search();
        assertThat(list.rows()).hasSize(ResidentListViewModel.PAGE_SIZE);
        assertThat(list.countTextProperty().get()).isEqualTo("검색 결과 137명");

        list.loadMore();
        list.loadMore();
        assertThat(list.rows()).hasSize(137);
        assertThat(list.rows()).extracting(ResidentRow::id).doesNotHaveDuplicates();
        assertThat(list.hasMoreProperty().get()).isFalse();
        assertThat(list.countTextProperty().get()).isEqualTo("검색 결과 137명");
    }

    @Test
    void theTotalFollowsTheFirstPageInKoreanDigitsAndATotalForAnOlderSearchIsDropped() {
        context.database().inTransaction(() -> {
            for (int i = 0; i < 1234; i++) {
                context.residents().save(TestRegistry.resident("홍길동" + i, LocalDate.of(1940, 1, 1),
                        Sex.M, "010-5555-1234", null), RrnChange.keep(), TestRegistry.ACTOR);
            }
            return null;
        });
        Queue<Runnable> workers = new ArrayDeque<>();
        ResidentListViewModel list = new ResidentListViewModel(context.residents(),
                BackgroundWork.on(workers::add, Runnable::run), Messages.korean(), new StatusLine());

        list.queryProperty().set("홍길동");
        list.search();
        workers.remove().run();
        assertThat(list.rows()).hasSize(ResidentListViewModel.PAGE_SIZE);
        assertThat(list.countTextProperty().get()).as("before the count is back").isEqualTo("100명 이상");
        workers.remove().run();
        assertThat(list.countTextProperty().get()).isEqualTo("검색 결과 1,234명");

        list.search();
        workers.remove().run();
        Runnable olderCount = workers.remove();
        list.queryProperty().set("박영희");
        list.search();
        workers.remove().run();
        assertThat(workers).as("one page holds every match: nothing to count").isEmpty();
        olderCount.run();
        assertThat(list.countTextProperty().get()).isEqualTo("검색 결과 1명");
    }

    @Test
    void anAnswerToAnOlderSearchNeverReplacesTheNewerOne() {
        Queue<Runnable> workers = new ArrayDeque<>();
        ResidentListViewModel list = new ResidentListViewModel(context.residents(),
                BackgroundWork.on(workers::add, Runnable::run), Messages.korean(), new StatusLine());

        list.queryProperty().set("김민수");
        list.search();
        Runnable older = workers.remove();
        list.queryProperty().set("박영희");
        list.search();
        workers.remove().run();
        older.run();

        assertThat(list.rows()).extracting(ResidentRow::name).containsExactly("박영희");
    }

    @Test
    void closedCasesShowOnlyWhenAskedFor() {
        var kim = context.residents().search("김민수", org.dolbom.store.ResidentFilter.ALL, 0, 10).rows().getFirst();
        context.residents().closeCase(kim.id(), org.dolbom.domain.ClosureReason.REFUSAL, null,
                LocalDate.of(2026, 11, 1), TestRegistry.ACTOR);
        ResidentListViewModel list = new ResidentListViewModel(context.residents(), BackgroundWork.immediate(),
                Messages.korean(), new StatusLine());

        list.search();
        assertThat(list.rows()).extracting(ResidentRow::name).doesNotContain("김민수");

        list.includeClosedProperty().set(true);
        assertThat(list.rows()).extracting(ResidentRow::name).contains("김민수");
    }
}
