package org.dolbom.app;

import java.nio.file.Path;

/**
 * What {@code dolbom} with no subcommand asks of the window.
 *
 * @param databaseFile the data file to open
 * @param demo         fill the file with the demo township first when it has no residents
 * @param startupProbe print how long it took until the registry showed rows, then close
 */
public record WindowRequest(Path databaseFile, boolean demo, boolean startupProbe) {
}
