package org.dolbom.exchange;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The clear-text header of an encrypted bundle ({@code *.dolbom}). It names the key derivation and the cipher so
 * either can be swapped later (a KCMVP cipher such as ARIA, for instance), and the whole header is authenticated as
 * associated data of every sealed segment.
 *
 * <pre>
 * magic          8 bytes  89 44 4C 42 4D 0D 0A 1A  ("\x89DLBM\r\n\x1a")
 * headerVersion  u8       1
 * kdf            u8 length + ASCII   "PBKDF2-HMAC-SHA256"
 * iterations     u32
 * salt           u8 length + bytes   16 random bytes
 * cipher         u8 length + ASCII   "AES-256-GCM"
 * nonce          u8 length + bytes   12 random bytes
 * segmentSize    u32      plaintext bytes per sealed segment
 * check          u8 length + bytes   16 bytes telling a wrong passphrase from a damaged file
 * </pre>
 */
record SealedHeader(int iterations, byte[] salt, byte[] nonce, int segmentSize, byte[] check, byte[] bytes) {

    static final byte[] MAGIC = {(byte) 0x89, 'D', 'L', 'B', 'M', '\r', '\n', 0x1A};
    static final int VERSION = 1;
    static final String KDF = "PBKDF2-HMAC-SHA256";
    static final String CIPHER = "AES-256-GCM";
    static final int SEGMENT_SIZE = 64 * 1024;
    static final int TAG_BYTES = 16;
    static final int MAX_ITERATIONS = 10_000_000;

    private static final byte[] KEY_LABEL = "dolbom bundle key v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHECK_LABEL = "dolbom passphrase check v1".getBytes(StandardCharsets.US_ASCII);

    /** A fresh header for a new file: random salt and nonce; returns it with the derived key. */
    static Keyed create(char[] passphrase, int iterations) {
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        byte[] master = deriveMaster(passphrase, salt, iterations);
        try {
            byte[] check = Arrays.copyOf(hmac(master, CHECK_LABEL), 16);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(buffer);
            out.write(MAGIC);
            out.writeByte(VERSION);
            writeShort(out, KDF.getBytes(StandardCharsets.US_ASCII));
            out.writeInt(iterations);
            writeShort(out, salt);
            writeShort(out, CIPHER.getBytes(StandardCharsets.US_ASCII));
            writeShort(out, nonce);
            out.writeInt(SEGMENT_SIZE);
            writeShort(out, check);
            SealedHeader header = new SealedHeader(iterations, salt, nonce, SEGMENT_SIZE, check,
                    buffer.toByteArray());
            return new Keyed(header, new SecretKeySpec(hmac(master, KEY_LABEL), "AES"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    /** Reads the header after its magic (already consumed), refusing anything this version cannot open. */
    static SealedHeader read(InputStream in, ReadLimits limits) {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        seen.writeBytes(MAGIC);
        DataInputStream data = new DataInputStream(new InputStream() {
            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    seen.write(b);
                }
                return b;
            }
        });
        try {
            int version = data.readUnsignedByte();
            if (version > VERSION) {
                throw new BundleRefusal("exchange.refused.newerVersion", version, VERSION);
            }
            if (version != VERSION) {
                throw new BundleRefusal("exchange.refused.notBundle");
            }
            String kdf = new String(readShort(data), StandardCharsets.US_ASCII);
            int iterations = data.readInt();
            byte[] salt = readShort(data);
            String cipher = new String(readShort(data), StandardCharsets.US_ASCII);
            byte[] nonce = readShort(data);
            int segmentSize = data.readInt();
            byte[] check = readShort(data);
            if (!KDF.equals(kdf)) {
                throw new BundleRefusal("exchange.refused.encryption.unsupported", kdf);
            }
            if (!CIPHER.equals(cipher)) {
                throw new BundleRefusal("exchange.refused.encryption.unsupported", cipher);
            }
            if (iterations < limits.minKdfIterations() || iterations > MAX_ITERATIONS) {
                throw new BundleRefusal("exchange.refused.encryption.weakKdf", iterations, limits.minKdfIterations());
            }
            if (salt.length < 16 || nonce.length != 12 || check.length != 16 || segmentSize < 1024
                    || segmentSize > 16 * 1024 * 1024) {
                throw new BundleRefusal("exchange.refused.tampered");
            }
            return new SealedHeader(iterations, salt, nonce, segmentSize, check, seen.toByteArray());
        } catch (EOFException e) {
            throw new BundleRefusal(e, "exchange.refused.truncated");
        } catch (IOException e) {
            throw new BundleRefusal(e, "exchange.refused.io", e.getClass().getSimpleName());
        }
    }

    /** The cipher key for this header, or a refusal when the passphrase is not the one the file was sealed with. */
    SecretKeySpec key(char[] passphrase) {
        byte[] master = deriveMaster(passphrase, salt, iterations);
        try {
            byte[] expected = Arrays.copyOf(hmac(master, CHECK_LABEL), 16);
            if (!MessageDigest.isEqual(expected, check)) {
                throw new BundleRefusal("exchange.refused.passphrase");
            }
            return new SecretKeySpec(hmac(master, KEY_LABEL), "AES");
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    /** The nonce of one segment: the file's random nonce with the segment number mixed into its last 8 bytes. */
    byte[] segmentNonce(long index) {
        byte[] result = nonce.clone();
        for (int i = 0; i < 8; i++) {
            result[result.length - 1 - i] ^= (byte) (index >>> (8 * i));
        }
        return result;
    }

    /** Associated data of one segment: the whole header, the segment number and whether it is the last. */
    byte[] segmentAad(long index, boolean last) {
        byte[] aad = Arrays.copyOf(bytes, bytes.length + 9);
        for (int i = 0; i < 8; i++) {
            aad[bytes.length + i] = (byte) (index >>> (56 - 8 * i));
        }
        aad[bytes.length + 8] = (byte) (last ? 1 : 0);
        return aad;
    }

    private static byte[] deriveMaster(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] hmac(byte[] key, byte[] label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    private static void writeShort(DataOutputStream out, byte[] value) throws IOException {
        out.writeByte(value.length);
        out.write(value);
    }

    private static byte[] readShort(DataInputStream in) throws IOException {
        byte[] value = new byte[in.readUnsignedByte()];
        in.readFully(value);
        return value;
    }

    /** A new header and the key derived for it. */
    record Keyed(SealedHeader header, SecretKeySpec key) {
    }
}
