package org.dolbom.ui.startup;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.dolbom.app.AppContext;
import org.dolbom.app.demo.DemoData;
import org.dolbom.app.demo.DemoProgress;
import org.dolbom.i18n.Messages;
import org.dolbom.store.Actor;
import org.dolbom.ui.ErrorText;
import org.dolbom.ui.concurrent.BackgroundWork;

/**
 * The window's first seconds: the data file opens in the background while the window already shows, and with
 * {@code --demo} an empty file is filled with the demo township, with progress and a cancel button. Then the
 * window is handed the open file; a file that cannot be opened is refused in the person's language.
 */
public final class StartupViewModel {

    /** What happens next, on the FX thread: the file is open (with a note for the status line, or null). */
    @FunctionalInterface
    public interface Ready {
        void opened(AppContext context, String note);
    }

    private final Supplier<AppContext> opener;
    private final BackgroundWork work;
    private final Messages messages;
    private final boolean demo;
    private final int demoResidents;
    private final Actor actor;

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper filling = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancelRequested = new ReadOnlyBooleanWrapper(false);
    private volatile boolean stop;
    private CompletableFuture<Opened> opening;
    private volatile boolean refused;
    private Ready onReady = (c, note) -> { };
    private Consumer<String> onRefused = text -> { };

    /**
     * @param opener        opens the data file; runs on a worker thread
     * @param demoResidents how many residents {@code --demo} makes in an empty file
     */
    public StartupViewModel(Supplier<AppContext> opener, BackgroundWork work, Messages messages, boolean demo,
                            int demoResidents, Actor actor) {
        this.opener = opener;
        this.work = work;
        this.messages = messages;
        this.demo = demo;
        this.demoResidents = demoResidents;
        this.actor = actor;
        message.set(messages.get("shell.loading"));
    }

    public void setOnReady(Ready action) {
        this.onReady = action;
    }

    /** Receives the reason, in the person's language, when the file cannot be opened. */
    public void setOnRefused(Consumer<String> action) {
        this.onRefused = action;
    }

    private record Opened(AppContext context, boolean needsDemo) {
    }

    /**
     * Starts opening the file on a thread of its own; may be called before the toolkit runs, so the file opens
     * while the window is still being made.
     */
    public synchronized void beginOpening() {
        if (opening == null) {
            opening = new CompletableFuture<>();
            Thread.ofPlatform().daemon().name("dolbom-open").start(() -> {
                try {
                    AppContext opened = opener.get();
                    opening.complete(new Opened(opened, demo && !DemoData.hasResidents(opened)));
                } catch (Throwable e) {
                    opening.completeExceptionally(e);
                }
            });
        }
    }

    /** Waits (off the FX thread) for the file to open; with {@code --demo}, fills it first when it is empty. */
    public void start() {
        beginOpening();
        CompletableFuture<Opened> mine = opening;
        work.job(p -> {
            try {
                return mine.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }).onSuccess(opened -> {
            if (opened.needsDemo() && !stop) {
                fill(opened.context());
            } else {
                onReady.opened(opened.context(), null);
            }
        }).onError(e -> {
            refused = true;
            onRefused.accept(new ErrorText(messages).of(e));
        }).start();
    }

    private void fill(AppContext opened) {
        filling.set(true);
        progress.set(0);
        message.set(messages.get("startup.demo.progress", 0, demoResidents));
        var job = work.job(p -> DemoData.fill(opened, demoResidents, DemoData.DEFAULT_SEED, actor,
                new DemoProgress() {
                    @Override
                    public void residentsWritten(int done, int total) {
                        p.update(done, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return stop || p.isCancelled();
                    }
                }));
        job.progressProperty().addListener((o, was, now) -> {
            double fraction = now.doubleValue();
            // After 취소 the line keeps saying that the fill is being rolled back.
            if (fraction >= 0 && !cancelRequested.get()) {
                progress.set(fraction);
                message.set(messages.get("startup.demo.progress", Math.round(fraction * demoResidents),
                        demoResidents));
            }
        });
        job.onSuccess(summary -> done(opened, null))
                .onError(e -> done(opened, isCancellation(e) ? messages.get("startup.demo.cancelled")
                        : new ErrorText(messages).of(e)))
                .start();
    }

    private void done(AppContext opened, String note) {
        filling.set(false);
        message.set(messages.get("shell.loading"));
        onReady.opened(opened, note);
    }

    private static boolean isCancellation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CancellationException) {
                return true;
            }
        }
        return false;
    }

    /** 취소: the demo fill stops between households and is rolled back, leaving the file as it was. */
    public void cancel() {
        stop = true;
        cancelRequested.set(true);
        message.set(messages.get("startup.demo.cancelling"));
    }

    /** Stops whatever is still running: the window was closed during startup. */
    public void stop() {
        stop = true;
    }

    /** Closes the file opened here, once its opening has finished; called when the window has closed. */
    public void closeFile() {
        CompletableFuture<Opened> mine;
        synchronized (this) {
            mine = opening;
        }
        if (mine == null) {
            return;
        }
        Opened opened;
        try {
            opened = mine.join();
        } catch (CompletionException | CancellationException e) {
            return;
        }
        opened.context().close();
    }

    public boolean refused() {
        return refused;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** From 0 to 1 while demo data is made, -1 while the file opens. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True while demo data is being made: the progress bar and 취소 show. */
    public ReadOnlyBooleanProperty fillingProperty() {
        return filling.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancelRequestedProperty() {
        return cancelRequested.getReadOnlyProperty();
    }
}
