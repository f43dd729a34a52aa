package org.dolbom.domain;

/** Whether the resident was reached. Only MET counts as contact for the plan's visit frequency. */
public enum VisitOutcome {
    MET, ABSENT, REFUSED
}
