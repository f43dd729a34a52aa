package org.dolbom.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.security.GeneralSecurityException;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opens what {@link SealingOutputStream} sealed, one segment at a time. A segment's plaintext is released only after
 * its tag is verified; a changed, reordered, dropped or cut segment is refused as tampered.
 */
final class UnsealingInputStream extends InputStream {

    private final PushbackInputStream in;
    private final SealedHeader header;
    private final SecretKeySpec key;
    private final byte[] sealed;
    private byte[] plain = new byte[0];
    private int position;
    private long index;
    private boolean sawLast;

    UnsealingInputStream(InputStream in, SealedHeader header, SecretKeySpec key) {
        this.in = new PushbackInputStream(in, 1);
        this.header = header;
        this.key = key;
        this.sealed = new byte[header.segmentSize() + SealedHeader.TAG_BYTES];
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (position == plain.length) {
            if (sawLast) {
                return -1;
            }
            openNext();
        }
        int n = Math.min(len, plain.length - position);
        System.arraycopy(plain, position, b, off, n);
        position += n;
        return n;
    }

    private void openNext() throws IOException {
        int length = in.readNBytes(sealed, 0, sealed.length);
        boolean last;
        if (length < sealed.length) {
            last = true;
        } else {
            int next = in.read();
            last = next < 0;
            if (!last) {
                in.unread(next);
            }
        }
        if (length < SealedHeader.TAG_BYTES) {
            throw new BundleRefusal("exchange.refused.tampered");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(SealedHeader.TAG_BYTES * 8,
                    header.segmentNonce(index)));
            cipher.updateAAD(header.segmentAad(index, last));
            plain = cipher.doFinal(sealed, 0, length);
        } catch (AEADBadTagException e) {
            throw new BundleRefusal(e, "exchange.refused.tampered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
        position = 0;
        index++;
        sawLast = last;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
