package org.dolbom.domain;

public enum ResidentStatus {
    ACTIVE, CLOSED, TRANSFERRED, DECEASED;

    public boolean isOpen() {
        return this == ACTIVE;
    }
}
