package org.dolbom.domain;

/** Due: the date falls inside the window being looked at. Overdue: the date is already past. */
public enum DueState {
    DUE, OVERDUE
}
