package org.dolbom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.dolbom.domain.Rrn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RrnVaultTest {

    private static final Rrn RRN = Rrn.parse("900101-1234567");

    @TempDir
    Path folder;

    @Test
    void aSealedNumberOpensWithTheSameKeyFileLater() {
        Path key = folder.resolve("dolbom.key");
        byte[] sealed = RrnVault.open(key).seal(RRN);

        assertThat(RrnVault.open(key).open(sealed)).isEqualTo(RRN);
    }

    @Test
    void sealingTwiceGivesDifferentBytesButTheSameFingerprint() {
        RrnVault vault = RrnVault.open(folder.resolve("dolbom.key"));

        assertThat(vault.seal(RRN)).isNotEqualTo(vault.seal(RRN));
        assertThat(vault.fingerprint(RRN)).isEqualTo(vault.fingerprint(Rrn.parse("9001011234567")))
                .hasSize(64)
                .isNotEqualTo(vault.fingerprint(Rrn.parse("900101-2234567")));
    }

    @Test
    void anotherKeyOrAlteredBytesAreRefusedWithoutShowingTheNumber() {
        byte[] sealed = RrnVault.open(folder.resolve("a.key")).seal(RRN);
        RrnVault other = RrnVault.open(folder.resolve("b.key"));

        assertThatThrownBy(() -> other.open(sealed))
                .isInstanceOf(StoreException.class)
                .hasMessage("store.rrn.unreadable");
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThatThrownBy(() -> RrnVault.open(folder.resolve("a.key")).open(tampered))
                .isInstanceOf(StoreException.class)
                .hasMessage("store.rrn.unreadable");
        assertThatThrownBy(() -> other.open(new byte[3])).isInstanceOf(StoreException.class);
    }

    @Test
    void theKeyFileIsReadableByItsOwnerOnly() throws IOException {
        Path key = folder.resolve("data").resolve("dolbom.key");
        RrnVault.open(key);

        Assumptions.assumeTrue(key.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertThat(Files.getPosixFilePermissions(key))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(Files.size(key)).isEqualTo(32);
        assertThat(Files.list(key.getParent()).toList()).containsExactly(key);
    }

    @Test
    void aDamagedKeyFileIsRefusedRatherThanReplaced() throws IOException {
        Path key = folder.resolve("dolbom.key");
        Files.writeString(key, "not a key");

        assertThatThrownBy(() -> RrnVault.open(key))
                .isInstanceOf(StoreException.class)
                .hasMessage("store.rrn.keyUnreadable");
        assertThat(Files.readString(key)).isEqualTo("not a key");
    }
}
