package org.dolbom.app.demo;

/** What a demo fill wrote, for the closing lines of {@code dolbom demo}. */
public record DemoSummary(int staff, int areas, int households, int residents, int assessments, int plans,
                          int visits) {

    /** Running totals while the fill writes. */
    static final class Counter {
        int households;
        int residents;
        int assessments;
        int plans;
        int visits;

        DemoSummary summary(int staff, int areas) {
            return new DemoSummary(staff, areas, households, residents, assessments, plans, visits);
        }
    }
}
