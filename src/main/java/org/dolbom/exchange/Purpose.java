package org.dolbom.exchange;

/** Why a bundle was made. */
public enum Purpose {
    SHARE("share"),
    TRANSFER("transfer"),
    BACKUP("backup");

    private final String code;

    Purpose(String code) {
        this.code = code;
    }

    /** The value in the bundle's {@code purpose} field. */
    public String code() {
        return code;
    }

    static Purpose ofCode(String code) {
        for (Purpose purpose : values()) {
            if (purpose.code.equals(code)) {
                return purpose;
            }
        }
        throw new IllegalArgumentException("no purpose " + code);
    }
}
