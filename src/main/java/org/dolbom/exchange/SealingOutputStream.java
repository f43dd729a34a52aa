package org.dolbom.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a stream in segments of {@link SealedHeader#segmentSize()} bytes, each with AES-256-GCM under its own nonce,
 * so neither side ever holds the whole bundle in memory. The last segment is marked in its associated data, so a
 * file cut at a segment boundary is refused too. {@link #finish()} seals the last segment without closing the target.
 */
final class SealingOutputStream extends OutputStream {

    private final OutputStream out;
    private final SealedHeader header;
    private final SecretKeySpec key;
    private final byte[] buffer;
    private int filled;
    private long index;
    private boolean finished;

    SealingOutputStream(OutputStream out, SealedHeader.Keyed keyed) throws IOException {
        this.out = out;
        this.header = keyed.header();
        this.key = keyed.key();
        this.buffer = new byte[header.segmentSize()];
        out.write(header.bytes());
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (filled == buffer.length) {
                // Sealed only when more follows, so the last segment is always the one finish() seals.
                seal(false);
            }
            int n = Math.min(len, buffer.length - filled);
            System.arraycopy(b, off, buffer, filled, n);
            filled += n;
            off += n;
            len -= n;
        }
    }

    void finish() throws IOException {
        if (!finished) {
            seal(true);
            finished = true;
            out.flush();
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        finish();
    }

    private void seal(boolean last) throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(SealedHeader.TAG_BYTES * 8,
                    header.segmentNonce(index)));
            cipher.updateAAD(header.segmentAad(index, last));
            out.write(cipher.doFinal(buffer, 0, filled));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
        index++;
        filled = 0;
    }
}
