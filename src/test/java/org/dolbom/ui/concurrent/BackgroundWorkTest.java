package org.dolbom.ui.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import org.junit.jupiter.api.Test;

class BackgroundWorkTest {

    private final Queue<Runnable> workers = new ArrayDeque<>();
    private final Queue<Runnable> uiThread = new ArrayDeque<>();
    private final BackgroundWork work = BackgroundWork.on(workers::add, uiThread::add);

    @Test
    void theResultArrivesOnTheUiThreadAfterTheWorkRan() {
        List<String> seen = new ArrayList<>();

        Job<String> job = work.job(p -> "김민수").onSuccess(seen::add).start();

        assertThat(job.runningProperty().get()).isTrue();
        workers.remove().run();
        assertThat(seen).as("nothing reaches the window before the UI thread runs it").isEmpty();
        uiThread.remove().run();
        assertThat(seen).containsExactly("김민수");
        assertThat(job.runningProperty().get()).isFalse();
    }

    @Test
    void aFailureGoesToOnErrorOrElseToTheWindowsHandler() {
        List<Throwable> handled = new ArrayList<>();
        List<Throwable> unhandled = new ArrayList<>();
        work.setUnhandledErrors(unhandled::add);

        work.job(p -> {
            throw new IllegalStateException("first");
        }).onError(handled::add).start();
        work.job(p -> {
            throw new IllegalStateException("second");
        }).start();
        drain();

        assertThat(handled).extracting(Throwable::getMessage).containsExactly("first");
        assertThat(unhandled).extracting(Throwable::getMessage).containsExactly("second");
    }

    @Test
    void aCancelledJobReportsNothingAndItsWorkSeesTheCancel() {
        List<Object> seen = new ArrayList<>();
        List<Boolean> cancelSeen = new ArrayList<>();
        Job<String> job = work.job(p -> {
            cancelSeen.add(p.isCancelled());
            return "late";
        }).onSuccess(seen::add).onError(seen::add).onDone(() -> seen.add("done")).start();

        job.cancel();
        drain();

        assertThat(cancelSeen).containsExactly(true);
        assertThat(seen).isEmpty();
    }

    @Test
    void progressIsReportedAsAFraction() {
        Job<Integer> job = work.job(p -> {
            p.update(1, 4);
            return 1;
        }).start();

        workers.remove().run();
        uiThread.remove().run();

        assertThat(job.progressProperty().get()).isEqualTo(0.25);
    }

    private void drain() {
        while (!workers.isEmpty() || !uiThread.isEmpty()) {
            if (!workers.isEmpty()) {
                workers.remove().run();
            } else {
                uiThread.remove().run();
            }
        }
    }
}
