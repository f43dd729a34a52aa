package org.dolbom.exchange;

/** How the records of a bundle were selected. */
public enum ScopeKind {
    ALL("all"),
    AREAS("areas"),
    RESIDENTS("residents"),
    CHANGED_SINCE("changedSince");

    private final String code;

    ScopeKind(String code) {
        this.code = code;
    }

    /** The value in the bundle's {@code scope.kind} field. */
    public String code() {
        return code;
    }

    static ScopeKind ofCode(String code) {
        for (ScopeKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no scope kind " + code);
    }
}
