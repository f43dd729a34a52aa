package org.dolbom.ui.concurrent;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * One piece of background work: set the callbacks, then {@link #start()}. Callbacks and property changes happen on
 * the FX thread; a cancelled job calls neither callback.
 */
public final class Job<T> {

    private final BackgroundWork owner;
    private final BackgroundWork.Work<T> work;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<Throwable> onError;
    private Runnable onDone = () -> { };
    private volatile boolean cancelled;

    Job(BackgroundWork owner, BackgroundWork.Work<T> work) {
        this.owner = owner;
        this.work = work;
    }

    public Job<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = action;
        return this;
    }

    public Job<T> onError(Consumer<Throwable> action) {
        this.onError = action;
        return this;
    }

    /** Runs after success or error (not after cancel), e.g. to clear a busy flag. */
    public Job<T> onDone(Runnable action) {
        this.onDone = action;
        return this;
    }

    public Job<T> start() {
        running.set(true);
        BackgroundWork.Progress reporter = new BackgroundWork.Progress() {
            @Override
            public void update(long done, long total) {
                double value = total <= 0 ? -1 : (double) done / total;
                owner.onUiThread(() -> progress.set(value));
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
        owner.execute(() -> {
            T result;
            try {
                result = work.run(reporter);
            } catch (Throwable e) {
                owner.onUiThread(() -> finish(() -> (onError != null ? onError : owner.unhandledErrors()).accept(e)));
                return;
            }
            owner.onUiThread(() -> finish(() -> onSuccess.accept(result)));
        });
        return this;
    }

    private void finish(Runnable callback) {
        running.set(false);
        if (cancelled) {
            return;
        }
        try {
            callback.run();
        } finally {
            onDone.run();
        }
    }

    /** The result will be ignored; work that checks {@link BackgroundWork.Progress#isCancelled()} stops early. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** From 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
