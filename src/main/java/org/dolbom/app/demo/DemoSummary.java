package org.dolbom.app.demo;

/** What a demo fill wrote, for the closing line of {@code dolbom demo}. */
public record DemoSummary(int staff, int areas, int households, int residents) {
}
