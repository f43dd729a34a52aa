package org.dolbom.domain;

/** How the contact happened: at home, by phone, at the office, accompanying the resident, or in outreach. */
public enum VisitKind {
    HOME, PHONE, OFFICE, ACCOMPANIMENT, OUTREACH
}
