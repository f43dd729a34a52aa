package org.dolbom.store;

public enum AuditAction {
    VIEW, CREATE, EDIT, CLOSE, REOPEN, SHOW_RRN, EXPORT, IMPORT, PRINT,
    /** An incoming resident linked to this resident as the same person. */
    LINK
}
