package org.dolbom.domain;

/**
 * Why support ended (돌봄통합지원법 시행규칙 §11): death, admission to a hospital or facility, support no longer
 * needed, refusal, moved away, or another reason written in the note.
 */
public enum ClosureReason {
    DEATH, ADMISSION, NO_LONGER_NEEDED, REFUSAL, MOVED, OTHER;

    /** The status a resident takes when a case is closed for this reason. */
    public ResidentStatus resultingStatus() {
        return switch (this) {
            case DEATH -> ResidentStatus.DECEASED;
            case MOVED -> ResidentStatus.TRANSFERRED;
            default -> ResidentStatus.CLOSED;
        };
    }
}
