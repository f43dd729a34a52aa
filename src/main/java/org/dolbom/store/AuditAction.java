package org.dolbom.store;

public enum AuditAction {
    VIEW, CREATE, EDIT, CLOSE, REOPEN, SHOW_RRN, EXPORT, IMPORT, PRINT
}
