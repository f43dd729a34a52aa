package org.dolbom.app.demo;

import java.util.List;

import org.dolbom.domain.Assessment;
import org.dolbom.domain.Visit;

/**
 * One resident's case work before it is saved: an assessment (or none yet), support plans in the order they were
 * made, and visits oldest first.
 */
record DemoCase(Assessment assessment, List<DemoPlan> plans, List<Visit> visits) {

    DemoCase {
        plans = List.copyOf(plans);
        visits = List.copyOf(visits);
    }
}
