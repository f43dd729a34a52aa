package org.dolbom.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.Rrn;

/**
 * Seals RRNs with AES-256-GCM under a key kept in a file apart from the database (owner-only permissions),
 * created on first use.
 *
 * <p>Sealed bytes are the 12-byte random nonce followed by the ciphertext and its 16-byte tag. The fingerprint
 * key is derived from the same file with HMAC, so one file is all there is to keep safe.
 */
public final class RrnVault {

    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] ASSOCIATED_DATA = "dolbom rrn v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FINGERPRINT_LABEL = "dolbom rrn fingerprint v1".getBytes(StandardCharsets.US_ASCII);

    private static final Set<StandardOpenOption> NEW_FILE = Set.of(StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec sealKey;
    private final SecretKeySpec fingerprintKey;

    private RrnVault(byte[] key) {
        this.sealKey = new SecretKeySpec(key, "AES");
        this.fingerprintKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), FINGERPRINT_LABEL),
                "HmacSHA256");
        Arrays.fill(key, (byte) 0);
    }

    /**
     * Reads the key file, creating it with a fresh random key when there is none.
     *
     * @throws StoreException {@code store.rrn.keyUnreadable} when the file exists but is not a Dolbom key
     */
    public static RrnVault open(Path keyFile) {
        Path path = keyFile.toAbsolutePath().normalize();
        try {
            if (!Files.exists(path)) {
                create(path);
            }
            byte[] key = Files.readAllBytes(path);
            if (key.length != KEY_BYTES) {
                Arrays.fill(key, (byte) 0);
                throw new StoreException("store.rrn.keyUnreadable", path);
            }
            return new RrnVault(key);
        } catch (IOException e) {
            throw new StoreException("store.rrn.keyUnreadable", e, path);
        }
    }

    /** Written under a temporary name and moved into place, so a crash never leaves half a key. */
    private static void create(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path partial = path.resolveSibling(path.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try {
            try (FileChannel channel = FileChannel.open(partial, NEW_FILE, ownerOnly(path))) {
                channel.write(ByteBuffer.wrap(key));
                channel.force(true);
            }
            Files.move(partial, path, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path path) {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                    "rw-------"))};
        }
        return new FileAttribute<?>[0];
    }

    public byte[] seal(Rrn rrn) {
        byte[] plain = digits(rrn);
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ASSOCIATED_DATA);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** @throws StoreException {@code store.rrn.unreadable} when the key does not fit or the bytes were altered */
    public Rrn open(byte[] sealed) {
        if (sealed == null || sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new StoreException("store.rrn.unreadable");
        }
        byte[] plain = null;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(ASSOCIATED_DATA);
            plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return Rrn.parse(new String(plain, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException | InvalidInputException e) {
            throw new StoreException("store.rrn.unreadable", e);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    /** A keyed one-way fingerprint (HMAC-SHA256) to find the same RRN without decrypting. */
    public String fingerprint(Rrn rrn) {
        byte[] plain = digits(rrn);
        try {
            return HexFormat.of().formatHex(hmac(fingerprintKey, plain));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private static byte[] digits(Rrn rrn) {
        return rrn.reveal().replace("-", "").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
