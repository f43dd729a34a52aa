package org.dolbom.store;

import java.nio.file.Path;

import org.dolbom.domain.Rrn;

/**
 * Seals RRNs with AES-256-GCM under a key kept in a file apart from the database (owner-only permissions),
 * created on first use.
 */
public final class RrnVault {

    public static RrnVault open(Path keyFile) {
        throw new UnsupportedOperationException("RrnVault.open");
    }

    public byte[] seal(Rrn rrn) {
        throw new UnsupportedOperationException("RrnVault.seal");
    }

    /** @throws StoreException {@code store.rrn.unreadable} when the key does not fit or the bytes were altered */
    public Rrn open(byte[] sealed) {
        throw new UnsupportedOperationException("RrnVault.open");
    }

    /** A keyed one-way fingerprint (HMAC-SHA256) to find the same RRN without decrypting. */
    public String fingerprint(Rrn rrn) {
        throw new UnsupportedOperationException("RrnVault.fingerprint");
    }
}
