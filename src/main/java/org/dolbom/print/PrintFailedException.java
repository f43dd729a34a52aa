package org.dolbom.print;

/** The PDF could not be written; the message is in the user's language and says what to do. */
public final class PrintFailedException extends RuntimeException {

    PrintFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
