package org.dolbom.ui;

import java.time.Duration;
import java.time.Instant;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;

import org.dolbom.i18n.Messages;

/**
 * {@code --startup-probe}: prints how long it took from the start of the process until the window first showed and
 * until the registry showed rows
 * (after the layout that puts them on screen) and the CPU time spent until then, then closes the window. For
 * benchmarks of the first minute.
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
                windowShown[0] = Duration.between(STARTED, Instant.now()).toMillis();
            }
            Node table = scene.lookup("#residentTable");
            if (table instanceof TableView<?> registry && !registry.getItems().isEmpty()) {
                scene.removePostLayoutPulseListener(listener[0]);
                long millis = Duration.between(STARTED, Instant.now()).toMillis();
                // On a busy machine the wall time varies a lot; the CPU time spent so far much less.
                long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
                System.out.println(messages.get("startup.probe.rows", windowShown[0], millis, cpu));
                System.out.flush();
                close.run();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
