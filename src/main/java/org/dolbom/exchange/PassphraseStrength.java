package org.dolbom.exchange;

/** A hint, shown while a passphrase is typed, of how hard it would be to guess. */
public enum PassphraseStrength {
    WEAK,
    FAIR,
    STRONG;

    /** Judges by length and by how many kinds of character are mixed (letters, digits, symbols, Hangul). */
    public static PassphraseStrength of(char[] passphrase) {
        int length = passphrase == null ? 0 : passphrase.length;
        if (length == 0) {
            return WEAK;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean hangul = false;
        boolean other = false;
        int distinct = 0;
        boolean[] seen = new boolean[Character.MAX_VALUE + 1];
        for (char c : passphrase) {
            if (!seen[c]) {
                seen[c] = true;
                distinct++;
            }
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) {
                hangul = true;
            } else {
                other = true;
            }
        }
        int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (hangul ? 1 : 0) + (other ? 1 : 0);
        // A long run of one or two characters is as weak as a short one.
        if (distinct < 5 || length < 10) {
            return WEAK;
        }
        if (length >= 16 || (length >= 12 && kinds >= 3)) {
            return STRONG;
        }
        return kinds >= 2 || length >= 12 ? FAIR : WEAK;
    }
}
