package org.dolbom.store;

public enum AuditAction {
    VIEW, CREATE, EDIT, CLOSE, REOPEN, SHOW_RRN, EXPORT, IMPORT, PRINT,
    /** Demo data written into a file without residents; one entry for the whole fill, with its counts. */
    DEMO,
    /** An incoming resident linked to this resident as the same person. */
    LINK
}
