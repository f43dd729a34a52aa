package org.dolbom.app;

import java.nio.file.Path;

/**
 * What {@code dolbom} with no subcommand asks of the window.
 *
 * @param databaseFile the data file to open
 * @param demo         fill the file with the demo township first when it has no residents
 * @param startupProbe print how long it took until the registry showed rows, then close
 * @param stallProbe   drive the window through a scripted session and print the longest gap between frames, then
 *                     close; {@code null} when not asked for
 */
public record WindowRequest(Path databaseFile, boolean demo, boolean startupProbe, StallProbe stallProbe) {

    /** A plain window, or one that measures its first start. */
    public WindowRequest(Path databaseFile, boolean demo, boolean startupProbe) {
        this(databaseFile, demo, startupProbe, null);
    }

    /**
     * {@code --stall-probe}: the script a benchmark runs against the window.
     *
     * @param importBundle a bundle imported in the background while the script runs, or {@code null}
     */
    public record StallProbe(Path importBundle) {
    }
}
