package org.dolbom.cli;

import java.util.function.UnaryOperator;

/**
 * Reads a bundle passphrase from the environment variable a command names ({@code --passphrase-env VAR}), so it
 * never appears on the command line or in the shell history.
 */
final class Passphrases {

    /** The environment; replaced in tests, which cannot set variables of their own process. */
    static UnaryOperator<String> environment = System::getenv;

    private Passphrases() {
    }

    /**
     * The passphrase in the named variable, or null when no variable was named.
     *
     * @throws Refusal {@code cli.passphrase.missing} when the variable is named but empty or unset
     */
    static char[] from(String variable) {
        if (variable == null) {
            return null;
        }
        String value = environment.apply(variable);
        if (value == null || value.isEmpty()) {
            throw new Refusal("cli.import.passphraseMissing", variable);
        }
        return value.toCharArray();
    }
}
