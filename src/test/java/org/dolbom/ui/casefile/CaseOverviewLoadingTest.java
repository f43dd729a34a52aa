package org.dolbom.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dolbom.app.AppContext;
import org.dolbom.domain.Staff;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.TestRegistry;
import org.dolbom.ui.concurrent.BackgroundWork;

/**
 * Opening a resident: until the case is read, the summary says it is loading, never "no visits" or "nothing due"
 * for a resident who has both.
 */
class CaseOverviewLoadingTest {

    @TempDir
    Path dir;

    private AppContext context;
    private UUID kim;
    private UUID park;
    /** Background work waits here until the test lets it run, as a slow PC would keep it waiting. */
    private final Queue<Runnable> pending = new ArrayDeque<>();
    private CaseFileViewModel caseFile;

    @BeforeEach
    void openFile() {
        TestRegistry.Seeded seeded = TestRegistry.seedWithIds(dir.resolve("dolbom.db"));
        context = seeded.context();
        kim = seeded.ids().get("김민수");
        park = seeded.ids().get("박영희");
        Staff leader = context.staff().list(false).getFirst();
        context.visits().save(new Visit(null, null, kim, leader.id(), LocalDateTime.of(2026, 11, 19, 10, 0),
                VisitKind.HOME, VisitOutcome.MET, "안부 확인", null, List.of(), null, null, 0), true,
                TestRegistry.ACTOR);
        BackgroundWork work = BackgroundWork.on(pending::add, Runnable::run);
        Messages messages = Messages.korean();
        StatusLine status = new StatusLine();
        CaseChanges changes = new CaseChanges();
        caseFile = new CaseFileViewModel(context, work, messages, status, changes,
                new AssessmentViewModel(context, work, messages, status, () -> TestRegistry.ACTOR, () -> leader,
                        changes),
                new PlanViewModel(context, work, messages, status, () -> TestRegistry.ACTOR, () -> leader, changes));
    }

    @AfterEach
    void closeFile() {
        context.close();
    }

    private void finishBackgroundWork() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    @Test
    void aCaseBeingReadIsLoadingNotEmpty() {
        assertThat(caseFile.loadProperty().get()).isEqualTo(CaseFileViewModel.Load.NONE);

        caseFile.show(kim, "김민수");

        assertThat(caseFile.loadProperty().get()).isEqualTo(CaseFileViewModel.Load.LOADING);
        assertThat(caseFile.recentVisits()).isEmpty();
        assertThat(caseFile.next()).isEmpty();

        finishBackgroundWork();

        assertThat(caseFile.loadProperty().get()).isEqualTo(CaseFileViewModel.Load.LOADED);
        assertThat(caseFile.recentVisits()).singleElement().satisfies(line -> assertThat(line).contains("2026"));
        assertThat(caseFile.next()).anySatisfy(line -> assertThat(line).contains("지원계획 수립"));
    }

    @Test
    void openingAnotherResidentClearsTheFirstAndLoadsAgain() {
        caseFile.show(kim, "김민수");
        finishBackgroundWork();
        assertThat(caseFile.recentVisits()).isNotEmpty();

        caseFile.show(park, "박영희");

        // 김민수's visits are not shown as 박영희's while hers are read.
        assertThat(caseFile.loadProperty().get()).isEqualTo(CaseFileViewModel.Load.LOADING);
        assertThat(caseFile.recentVisits()).isEmpty();
        assertThat(caseFile.visits()).isEmpty();

        finishBackgroundWork();
        assertThat(caseFile.loadProperty().get()).isEqualTo(CaseFileViewModel.Load.LOADED);
        assertThat(caseFile.recentVisits()).isEmpty();
    }

    @Test
    void noResidentShowsNothingAndIsNotLoading() {
        caseFile.show(kim, "김민수");
        finishBackgroundWork();

        caseFile.show(null, null);

        assertThat(caseFile.loadProperty().get()).isEqualTo(CaseFileViewModel.Load.NONE);
        assertThat(caseFile.recentVisits()).isEmpty();
    }
}
