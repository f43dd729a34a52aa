package org.dolbom.ui.shell;

/** The places the navigation rail leads to, in rail order. */
public enum Screen {
    RESIDENTS, DUE, SCHEDULE, EXCHANGE, REPORTS, SETTINGS
}
