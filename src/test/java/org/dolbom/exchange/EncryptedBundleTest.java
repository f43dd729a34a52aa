package org.dolbom.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.dolbom.exchange.json.ExchangeRecord;
import org.dolbom.exchange.json.RecordType;
import org.dolbom.testing.ForAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedBundleTest {

    /** Few iterations keep the tests quick; one test below uses the real default. */
    private static final int TEST_ITERATIONS = 100;
    private static final char[] PASSPHRASE = "행복동-통합돌봄-2026!".toCharArray();

    /** Every way a damaged or tampered file may be refused; none of them may let it through. */
    private static final Set<String> TAMPERING = Set.of("exchange.refused.tampered", "exchange.refused.passphrase",
            "exchange.refused.notBundle", "exchange.refused.corrupt", "exchange.refused.truncated",
            "exchange.refused.newerVersion", "exchange.refused.encryption.unsupported",
            "exchange.refused.encryption.weakKdf");

    @TempDir
    Path dir;

    private final BundleReader reader = new BundleReader(ReadLimits.DEFAULT.withMinKdfIterations(TEST_ITERATIONS));
    private Path sealed;

    @BeforeEach
    void writeAnEncryptedBundle() {
        sealed = dir.resolve("transfer.dolbom");
        new BundleWriter().write(sealed, SampleRecords.ENVELOPE_WITH_RRN,
                SampleRecords.content(SampleRecords.township(true)), Sealing.withPassphrase(PASSPHRASE,
                        TEST_ITERATIONS), Progress.NONE, () -> false);
    }

    @Test
    void theRightPassphraseOpensEverythingIncludingTheRrn() throws IOException {
        Map<RecordType, List<ExchangeRecord>> read = new EnumMap<>(RecordType.class);
        ValidBundle bundle = reader.read(sealed, PASSPHRASE::clone,
                (type, record) -> read.computeIfAbsent(type, t -> new ArrayList<>()).add(record), Progress.NONE,
                () -> false);

        assertThat(read).isEqualTo(SampleRecords.township(true));
        assertThat(BundleRoundTripTest.firstResident(read).rrn()).isEqualTo("500101-1234567");
        assertThat(bundle.encrypted()).isTrue();
        assertThat(bundle.envelope().rrnIncluded()).isTrue();
        assertThat(BundleReader.isEncrypted(sealed)).isTrue();
        String raw = new String(Files.readAllBytes(sealed), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("1234567").doesNotContain("resident-1").contains("AES-256-GCM");
    }

    @Test
    void aWrongOrMissingPassphraseIsNamedAsSuch() {
        assertThat(refusal(sealed, "행복동-통합돌봄-2025!")).isEqualTo("exchange.refused.passphrase");
        assertThat(refusal(sealed, null)).isEqualTo("exchange.refused.passphraseNeeded");
    }

    @Test
    void anyChangedByteOfASmallBundleIsRefused() throws IOException {
        Path small = dir.resolve("small.dolbom");
        Map<RecordType, List<ExchangeRecord>> staffOnly = new EnumMap<>(RecordType.class);
        staffOnly.put(RecordType.STAFF, SampleRecords.township(false).get(RecordType.STAFF));
        new BundleWriter().write(small, SampleRecords.ENVELOPE, SampleRecords.content(staffOnly),
                Sealing.withPassphrase(PASSPHRASE, TEST_ITERATIONS), Progress.NONE, () -> false);
        byte[] whole = Files.readAllBytes(small);
        Path changed = dir.resolve("changed.dolbom");
        for (int offset = 0; offset < whole.length; offset++) {
            byte[] copy = whole.clone();
            copy[offset] ^= (byte) (1 + (offset % 255));
            write(changed, copy);
            assertThat(refusal(changed, new String(PASSPHRASE))).as("byte %d changed", offset).isIn(TAMPERING);
        }
    }

    @Test
    void aChangedByteAnywhereInALargerBundleIsRefused() throws IOException {
        byte[] whole = Files.readAllBytes(sealed);
        Path changed = dir.resolve("changed.dolbom");
        ForAll.check(ForAll.SEED, 300, random -> new int[] {random.nextInt(whole.length), 1 + random.nextInt(255)},
                change -> {
                    byte[] copy = whole.clone();
                    copy[change[0]] ^= (byte) change[1];
                    write(changed, copy);
                    assertThat(refusal(changed, new String(PASSPHRASE))).isIn(TAMPERING);
                });
    }

    @Test
    void aFileCutAnywhereIsRefused() throws IOException {
        byte[] whole = Files.readAllBytes(sealed);
        Path cut = dir.resolve("cut.dolbom");
        ForAll.check(ForAll.SEED, 200, random -> random.nextInt(whole.length), length -> {
            write(cut, Arrays.copyOf(whole, length));
            assertThat(refusal(cut, new String(PASSPHRASE))).isIn(TAMPERING);
        });
    }

    @Test
    void aLargeBundleCutAtASegmentBoundaryIsRefused() throws IOException {
        Path big = dir.resolve("big.dolbom");
        new BundleWriter().write(big, SampleRecords.ENVELOPE, new BundleContent().add(RecordType.RESIDENTS,
                SampleRecords.residents(new Random(3), 500)), Sealing.withPassphrase(PASSPHRASE, TEST_ITERATIONS),
                Progress.NONE, () -> false);
        byte[] whole = Files.readAllBytes(big);
        int headerLength = whole.length - sealedLength(whole.length);
        assertThat(reader.validate(big, PASSPHRASE::clone).counts()).containsEntry(RecordType.RESIDENTS, 500L);
        Path cut = dir.resolve("cut.dolbom");
        write(cut, Arrays.copyOf(whole, headerLength + SealedHeader.SEGMENT_SIZE + SealedHeader.TAG_BYTES));
        assertThat(refusal(cut, new String(PASSPHRASE))).isEqualTo("exchange.refused.tampered");
    }

    @Test
    void aFileWithTooFewIterationsIsNotOpenedByDefault() {
        assertThatThrownBy(() -> new BundleReader().validate(sealed, PASSPHRASE::clone))
                .isInstanceOfSatisfying(BundleRefusal.class,
                        r -> assertThat(r.messageKey()).isEqualTo("exchange.refused.encryption.weakKdf"));
    }

    @Test
    void realBundlesUseAtLeastSixHundredThousandIterations() throws IOException {
        Path real = dir.resolve("real.dolbom");
        new BundleWriter().write(real, SampleRecords.ENVELOPE, SampleRecords.content(SampleRecords.township(false)),
                Sealing.withPassphrase(PASSPHRASE), Progress.NONE, () -> false);
        byte[] head = Files.readAllBytes(real);
        int at = SealedHeader.MAGIC.length + 1 + 1 + SealedHeader.KDF.length();
        int iterations = ((head[at] & 0xFF) << 24) | ((head[at + 1] & 0xFF) << 16) | ((head[at + 2] & 0xFF) << 8)
                | (head[at + 3] & 0xFF);
        assertThat(iterations).isGreaterThanOrEqualTo(600_000);
        assertThat(new BundleReader().validate(real, PASSPHRASE::clone).totalRecords()).isEqualTo(15);
    }

    @Test
    void passphraseStrengthFollowsLengthAndVariety() {
        assertThat(PassphraseStrength.of("1234".toCharArray())).isEqualTo(PassphraseStrength.WEAK);
        assertThat(PassphraseStrength.of("aaaaaaaaaaaaaaaaaaaa".toCharArray())).isEqualTo(PassphraseStrength.WEAK);
        assertThat(PassphraseStrength.of("haengbok2026".toCharArray())).isEqualTo(PassphraseStrength.FAIR);
        assertThat(PassphraseStrength.of("Haengbok-2026!".toCharArray())).isEqualTo(PassphraseStrength.STRONG);
        assertThat(PassphraseStrength.of(PASSPHRASE)).isEqualTo(PassphraseStrength.STRONG);
    }

    /** Bytes after the header: whole segments plus the last one, each with its tag. */
    private static int sealedLength(int fileLength) {
        int headerLength = SealedHeader.MAGIC.length + 1 + 1 + SealedHeader.KDF.length() + 4 + 1 + 16 + 1
                + SealedHeader.CIPHER.length() + 1 + 12 + 4 + 1 + 16;
        return fileLength - headerLength;
    }

    private String refusal(Path file, String passphrase) {
        try {
            reader.validate(file, () -> passphrase == null ? null : passphrase.toCharArray());
        } catch (BundleRefusal refusal) {
            return refusal.messageKey();
        }
        throw new AssertionError("accepted " + file.getFileName());
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
