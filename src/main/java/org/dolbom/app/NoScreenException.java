package org.dolbom.app;

/** The window could not open because this computer has no screen (for example a server reached over SSH). */
public final class NoScreenException extends RuntimeException {

    public NoScreenException(Throwable cause) {
        super("no screen available", cause);
    }
}
