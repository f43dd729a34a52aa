package org.dolbom.ui.concurrent;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;

/**
 * The one way the window does slow work (every store call): on an app-owned pool of named daemon threads, with
 * the outcome handed back on the FX thread. ViewModel tests use {@link #immediate()}, which runs everything on the
 * calling thread, so they need no toolkit.
 */
public final class BackgroundWork implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BackgroundWork.class.getName());

    private final Executor workers;
    private final Executor uiThread;
    private final Runnable shutdown;
    private volatile Consumer<Throwable> unhandledErrors = e -> LOG.log(Level.ERROR, "background work failed", e);

    private BackgroundWork(Executor workers, Executor uiThread, Runnable shutdown) {
        this.workers = workers;
        this.uiThread = uiThread;
        this.shutdown = shutdown;
    }

    /** Two worker threads: SQLite serialises writes anyway, and a search should not wait behind a backup. */
    public static BackgroundWork forWindow() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "dolbom-work-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> LOG.log(Level.ERROR, "uncaught in " + thread.getName(), e));
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2, threads);
        return new BackgroundWork(pool, Platform::runLater, () -> {
            pool.shutdown();
            try {
                if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                    pool.shutdownNow();
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Runs work and callbacks at once on the calling thread. */
    public static BackgroundWork immediate() {
        return new BackgroundWork(Runnable::run, Runnable::run, () -> { });
    }

    /** Work and callbacks run wherever the given executors put them; lets a test decide when each step happens. */
    public static BackgroundWork on(Executor workers, Executor uiThread) {
        return new BackgroundWork(workers, uiThread, () -> { });
    }

    /** Where failures go when a job gave no {@code onError}: the window shows them to the person. */
    public void setUnhandledErrors(Consumer<Throwable> handler) {
        this.unhandledErrors = Objects.requireNonNull(handler);
    }

    public <T> Job<T> job(Work<T> work) {
        return new Job<>(this, work);
    }

    void execute(Runnable work) {
        workers.execute(work);
    }

    void onUiThread(Runnable action) {
        uiThread.execute(action);
    }

    Consumer<Throwable> unhandledErrors() {
        return unhandledErrors;
    }

    /** Lets running work finish (briefly) and stops the threads; called when the window closes. */
    @Override
    public void close() {
        shutdown.run();
    }

    /** Slow work; it may report progress and should stop early when cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What a piece of work can tell the window while it runs. */
    public interface Progress {
        void update(long done, long total);

        boolean isCancelled();
    }
}
