package org.dolbom.app.demo;

import org.dolbom.domain.Area;

/**
 * An area of the demo township before it is saved.
 *
 * @param area       the 리, without id or responsible staff yet
 * @param staffIndex which of {@link DemoGenerator#staff()} looks after it
 */
public record DemoArea(Area area, int staffIndex) {
}
