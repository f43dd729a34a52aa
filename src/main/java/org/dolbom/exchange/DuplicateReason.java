package org.dolbom.exchange;

/** Why an incoming resident may be someone already here. */
public enum DuplicateReason {
    SAME_NAME_BIRTH_PHONE,
    SAME_RRN
}
