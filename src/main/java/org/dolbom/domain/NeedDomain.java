package org.dolbom.domain;

/** The nine domains an assessment (욕구조사) rates, in the order of the assessment form. */
public enum NeedDomain {
    HEALTH_ADL, MEALS, HOUSEWORK, MOBILITY, SAFETY, HOUSING, RESPITE, ECONOMY, ISOLATION
}
