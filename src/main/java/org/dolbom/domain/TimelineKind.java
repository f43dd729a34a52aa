package org.dolbom.domain;

/** What happened in a resident's case, as the timeline shows it. */
public enum TimelineKind {
    CASE_OPENED, ASSESSMENT, PLAN_MADE, PLAN_STATUS, PLAN_CHECK, VISIT, CASE_CLOSED, CASE_REOPENED
}
