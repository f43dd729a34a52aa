package org.dolbom.ui;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;

import org.dolbom.i18n.Messages;

/**
 * {@code --startup-probe}: prints, as {@code name: value unit} lines for a benchmark, how long it took from the start
 * of the process until the window first showed and until the registry showed its first answer (rows, or the line
 * saying there are none, after the layout that puts it on screen), the CPU time spent until then and the heap in
 * use once the window is idle; then closes the window.
 */
final class StartupProbe {

    private static final Instant STARTED = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);

    private StartupProbe() {
    }

    static void watch(Scene scene, Messages messages, Runnable close) {
        long[] windowShown = {-1};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (windowShown[0] < 0 && scene.getWindow() != null && scene.getWindow().isShowing()) {
                windowShown[0] = sinceStart();
            }
            if (registryAnswered(scene, messages)) {
                scene.removePostLayoutPulseListener(listener[0]);
                long millis = sinceStart();
                // On a busy machine the wall time varies a lot; the CPU time spent so far much less.
                long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
                PrintStream out = System.out;
                out.println("startup.window: " + windowShown[0] + " ms");
                out.println("startup.rows: " + millis + " ms");
                out.println("startup.cpu: " + cpu + " ms");
                out.println("startup.heap: " + idleHeapMegabytes() + " MB");
                out.flush();
                close.run();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Whether the registry shows its first answer: rows, or the line that says why there are none. */
    static boolean registryAnswered(Scene scene, Messages messages) {
        Node table = scene.lookup("#residentTable");
        if (!(table instanceof TableView<?> registry)) {
            return false;
        }
        if (!registry.getItems().isEmpty()) {
            return true;
        }
        Node empty = scene.lookup("#residentTableEmpty");
        return empty instanceof Labeled line && line.getText() != null && !line.getText().isBlank()
                && !line.getText().equals(messages.get("residents.table.loading"));
    }

    /** The heap still in use after a collection: what the window keeps while it waits for the user. */
    static long idleHeapMegabytes() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }

    private static long sinceStart() {
        return Duration.between(STARTED, Instant.now()).toMillis();
    }
}
