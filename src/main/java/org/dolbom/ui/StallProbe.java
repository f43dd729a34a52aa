package org.dolbom.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.dolbom.app.AppContext;
import org.dolbom.app.WindowRequest;
import org.dolbom.exchange.Progress;
import org.dolbom.i18n.Messages;
import org.dolbom.store.Actor;

/**
 * {@code --stall-probe}: drives the window as a busy person would while an import runs behind it (types a search,
 * clears it, scrolls the registry to its end, opens 20 residents) and prints, as {@code name: value unit} lines for
 * a benchmark, the longest gap between two frames and how many frames there were; then closes the window. A frame
 * is requested every pulse, so a gap is time the FX thread was busy, not time it had nothing to draw. The longest gap
 * in each step of the script follows, so a stall can be traced to what caused it.
 */
final class StallProbe {

    private static final String TYPED = "김민수";
    private static final int RESIDENTS_TO_OPEN = 20;
    /** The registry has reached its end when no page has arrived for this long. */
    private static final long SETTLED_MILLIS = 3000;

    private final Scene scene;
    private final AppContext context;
    private final WindowRequest.StallProbe request;
    private final Runnable close;
    private final Map<String, Long> longestGapIn = new LinkedHashMap<>();
    private volatile String step = "start";
    private long lastFrame;
    private long longestGap;
    private long frames;

    private StallProbe(Scene scene, AppContext context, WindowRequest.StallProbe request, Runnable close) {
        this.scene = scene;
        this.context = context;
        this.request = request;
        this.close = close;
    }

    /** Starts once the registry shows its first answer. Call on the FX thread when the file is open. */
    static void start(Scene scene, Messages messages, AppContext context, WindowRequest.StallProbe request,
                      Runnable close) {
        StallProbe probe = new StallProbe(scene, context, request, close);
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (StartupProbe.registryAnswered(scene, messages)) {
                scene.removePostLayoutPulseListener(listener[0]);
                probe.begin();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private void begin() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (lastFrame != 0) {
                    longestGap = Math.max(longestGap, now - lastFrame);
                    longestGapIn.merge(step, now - lastFrame, Math::max);
                }
                lastFrame = now;
                frames++;
            }
        }.start();
        Thread script = new Thread(this::script, "stall-probe");
        script.setDaemon(true);
        script.start();
    }

    private void script() {
        CompletableFuture<Void> importing = request.importBundle() == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(this::importBundle);
        TextField search = onFx(() -> (TextField) scene.lookup("#residentSearchField"));
        TableView<?> table = onFx(() -> (TableView<?>) scene.lookup("#residentTable"));
        step = "typing";
        for (int end = 1; end <= TYPED.length(); end++) {
            String typed = TYPED.substring(0, end);
            onFx(() -> search.setText(typed));
            pause(150);
        }
        pause(1000);
        onFx(() -> search.setText(""));
        pause(1000);
        step = "scrolling";
        scrollToEnd(table);
        step = "opening";
        int shown = onFx(() -> table.getItems().size());
        for (int i = 0; i < RESIDENTS_TO_OPEN && shown > 0; i++) {
            int row = (int) ((long) i * (shown - 1) / Math.max(1, RESIDENTS_TO_OPEN - 1));
            onFx(() -> {
                table.getSelectionModel().clearAndSelect(row);
                table.scrollTo(row);
                table.requestFocus();
                Event.fireEvent(table, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false,
                        false));
            });
            pause(500);
        }
        step = "importing";
        try {
            importing.get(30, TimeUnit.MINUTES);
        } catch (Exception e) {
            System.err.println("stall probe: the import failed: " + e);
        }
        pause(500);
        onFx(() -> {
            System.out.println("fx.stall: " + TimeUnit.NANOSECONDS.toMillis(longestGap) + " ms");
            System.out.println("fx.stall.frames: " + frames);
            longestGapIn.forEach((name, gap) -> System.out.println("fx.stall." + name + ": "
                    + TimeUnit.NANOSECONDS.toMillis(gap) + " ms"));
            System.out.flush();
            close.run();
        });
    }

    /** Asks for the last row again and again, as a person holding End would, until no more pages arrive. */
    private void scrollToEnd(TableView<?> table) {
        int seen = -1;
        long lastGrowth = System.nanoTime();
        while (TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastGrowth) < SETTLED_MILLIS) {
            int size = onFx(() -> {
                int n = table.getItems().size();
                if (n > 0) {
                    table.scrollTo(n - 1);
                }
                return n;
            });
            if (size != seen) {
                seen = size;
                lastGrowth = System.nanoTime();
            }
            pause(40);
        }
    }

    private void importBundle() {
        try {
            Path receipt = Files.createTempFile("dolbom-stall-probe", ".receipt.json");
            try {
                context.bundleImport().apply(request.importBundle(), () -> null,
                        new Actor(System.getProperty("user.name", "unknown"), "localhost"), receipt,
                        Progress.NONE, () -> false);
            } finally {
                Files.deleteIfExists(receipt);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(work.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.join();
    }

    private static void onFx(Runnable work) {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
