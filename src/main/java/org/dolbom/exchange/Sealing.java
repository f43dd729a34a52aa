package org.dolbom.exchange;

import java.util.Arrays;

/**
 * Whether a bundle is written encrypted, and with which passphrase. The passphrase array is copied, so the caller
 * may wipe its own.
 */
public final class Sealing {

    /** PBKDF2 iterations written into real bundles. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    private static final Sealing NONE = new Sealing(null, 0);

    private final char[] passphrase;
    private final int iterations;

    private Sealing(char[] passphrase, int iterations) {
        this.passphrase = passphrase;
        this.iterations = iterations;
    }

    /** A plain {@code *.dolbom.json} bundle: never carries RRNs. */
    public static Sealing none() {
        return NONE;
    }

    /** An encrypted {@code *.dolbom} bundle. */
    public static Sealing withPassphrase(char[] passphrase) {
        return withPassphrase(passphrase, DEFAULT_ITERATIONS);
    }

    /** An encrypted bundle with fewer or more iterations; fewer is for tests, a reader refuses too few. */
    public static Sealing withPassphrase(char[] passphrase, int iterations) {
        if (passphrase == null || passphrase.length == 0) {
            throw new IllegalArgumentException("an encrypted bundle needs a passphrase");
        }
        if (iterations < 1 || iterations > SealedHeader.MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        return new Sealing(passphrase.clone(), iterations);
    }

    public boolean encrypted() {
        return passphrase != null;
    }

    SealedHeader.Keyed newHeader() {
        return SealedHeader.create(passphrase, iterations);
    }

    /** Wipes the copied passphrase; this sealing cannot be used again. */
    void forget() {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }
}
