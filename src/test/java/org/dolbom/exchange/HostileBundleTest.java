package org.dolbom.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.dolbom.exchange.json.RecordType;
import org.dolbom.testing.ForAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a careless tool or a hostile sender might produce: each is refused, naming the problem. */
class HostileBundleTest {

    @TempDir
    Path dir;

    private final BundleReader reader = new BundleReader();
    private Path good;
    private String text;

    @BeforeEach
    void writeAGoodBundle() throws IOException {
        good = dir.resolve("good.dolbom.json");
        new BundleWriter().write(good, SampleRecords.ENVELOPE, SampleRecords.content(SampleRecords.township(false)),
                Sealing.none(), Progress.NONE, () -> false);
        text = Files.readString(good, StandardCharsets.UTF_8);
    }

    @Test
    void aFileCutShortAnywhereIsRefused() throws IOException {
        byte[] whole = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.dolbom.json");
        ForAll.check(ForAll.SEED, 300, random -> random.nextInt(whole.length), length -> {
            write(cut, Arrays.copyOf(whole, length));
            assertThat(refusal(cut)).isIn("exchange.refused.truncated", "exchange.refused.corrupt");
        });
        write(cut, Arrays.copyOf(whole, whole.length / 2));
        assertThat(refusal(cut)).isEqualTo("exchange.refused.truncated");
    }

    @Test
    void tenThousandLevelsOfNestingAreRefused() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        Path file = plain(text.replace("\"reason\":\"시군구 통합돌봄 공유\"", "\"reason\":" + deep));
        assertThat(refusal(file)).isEqualTo("exchange.refused.limit.depth");
        Path inRecords = plain(text.replace("\"lineage\":[]", "\"lineage\":" + deep));
        assertThat(refusal(inRecords)).isEqualTo("exchange.refused.limit.depth");
    }

    @Test
    void aHundredMegabyteStringIsRefused() throws IOException {
        Path file = dir.resolve("huge.dolbom.json");
        int cut = text.indexOf("\"notes\":\"") + "\"notes\":\"".length();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(text, 0, cut);
            char[] block = new char[1024 * 1024];
            Arrays.fill(block, 'a');
            for (int i = 0; i < 100; i++) {
                out.write(block);
            }
            out.write(text, cut, text.length() - cut);
        }
        assertThat(Files.size(file)).isGreaterThan(100L * 1024 * 1024);
        assertThat(refusal(file)).isEqualTo("exchange.refused.limit.string");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeReading() {
        BundleReader small = new BundleReader(ReadLimits.DEFAULT.withMaxFileBytes(1000));
        assertThatThrownBy(() -> small.validate(good, () -> null))
                .isInstanceOfSatisfying(BundleRefusal.class,
                        r -> assertThat(r.messageKey()).isEqualTo("exchange.refused.limit.fileSize"));
    }

    @Test
    void tooManyRecordsAreRefused() {
        BundleReader few = new BundleReader(ReadLimits.DEFAULT.withMaxRecords(10));
        assertThatThrownBy(() -> few.validate(good, () -> null))
                .isInstanceOfSatisfying(BundleRefusal.class,
                        r -> assertThat(r.messageKey()).isEqualTo("exchange.refused.limit.records"));
    }

    @Test
    void theSameIdTwiceIsRefused() {
        int start = text.indexOf("\"residents\":[") + "\"residents\":[".length();
        int end = text.indexOf("],\"consents\"");
        String resident = text.substring(start, end);
        Path file = plain(text.substring(0, end) + "," + resident + text.substring(end));
        BundleRefusal refusal = refusalOf(file);
        assertThat(refusal.messageKey()).isEqualTo("exchange.refused.duplicateId");
        assertThat(refusal.args()).containsExactly(RecordType.RESIDENTS, "resident-1");
    }

    @Test
    void aNewerFormatVersionIsRefusedWithTheUpdateMessage() {
        Path file = plain(text.replace("\"formatVersion\":" + BundleWriter.FORMAT_VERSION + ",",
                "\"formatVersion\":999,"));
        BundleRefusal refusal = refusalOf(file);
        assertThat(refusal.messageKey()).isEqualTo("exchange.refused.newerVersion");
        assertThat(refusal.text(org.dolbom.i18n.Messages.korean()))
                .startsWith("이 파일은 더 새로운 버전의 Dolbom에서 만들어졌습니다");
    }

    @Test
    void unknownFieldsAreRefusedWhereverTheyAre() {
        assertThat(refusal(plain(text.replace("\"rrnIncluded\":false", "\"rrnIncluded\":false,\"extra\":1"))))
                .isEqualTo("exchange.refused.unknownField");
        assertThat(refusal(plain(text.replace("\"name\":\"김민수\"", "\"name\":\"김민수\",\"nickname\":\"민수\""))))
                .isEqualTo("exchange.refused.unknownField");
        assertThat(refusal(plain(text.replace("\"code\":\"4711025\"", "\"code\":\"4711025\",\"x\":\"y\""))))
                .isEqualTo("exchange.refused.unknownField");
        assertThat(refusal(plain(text.replace("\"vitals\":[", "\"photos\":[],\"vitals\":["))))
                .isEqualTo("exchange.refused.unknownField");
    }

    @Test
    void aTypeIdIsJustAnUnknownField() {
        Path file = plain(text.replace("\"name\":\"김민수\"", "\"@class\":\"java.lang.ProcessBuilder\",\"name\":\"김민수\""));
        assertThat(refusal(file)).isEqualTo("exchange.refused.unknownField");
    }

    @Test
    void aChangedValueFailsTheChecksum() {
        Path file = plain(text.replace("식사 잘 하심", "식사 못 하심"));
        assertThat(refusal(file)).isEqualTo("exchange.refused.checksum");
    }

    @Test
    void aDuplicateKeyInARecordIsRefused() {
        Path file = plain(text.replace("\"name\":\"김민수\"", "\"name\":\"김민수\",\"name\":\"이철수\""));
        assertThat(refusal(file)).isIn("exchange.refused.corrupt", "exchange.refused.invalidRecord");
    }

    @Test
    void wrongCodesAndMissingFieldsAreRefused() {
        assertThat(refusal(plain(text.replace("\"riskLevel\":\"HIGH\",\"roadAddress\"",
                "\"riskLevel\":\"EXTREME\",\"roadAddress\"")))).isEqualTo("exchange.refused.invalidRecord");
        assertThat(refusal(plain(text.replace("\"birthDate\":\"1950-01-01\",", ""))))
                .isEqualTo("exchange.refused.invalidRecord");
        assertThat(refusal(plain(text.replace("\"birthDate\":\"1950-01-01\"", "\"birthDate\":\"1950-13-01\""))))
                .isEqualTo("exchange.refused.invalidRecord");
        assertThat(refusal(plain(text.replace("\"systolic\":132", "\"systolic\":\"132\""))))
                .isEqualTo("exchange.refused.invalidRecord");
    }

    @Test
    void aShareWithoutLegalBasisIsRefused() {
        Path file = plain(text.replace("\"legalBasis\":\"돌봄통합지원법 제00조\",", ""));
        assertThat(refusal(file)).isEqualTo("exchange.refused.envelope");
    }

    @Test
    void somethingElseEntirelyIsNotABundle() {
        assertThat(refusal(plain("{\"hello\":\"world\"}"))).isEqualTo("exchange.refused.notBundle");
        assertThat(refusal(plain("PK\u0003\u0004 zip"))).isIn("exchange.refused.notBundle",
                "exchange.refused.corrupt");
        assertThat(refusal(plain(""))).isEqualTo("exchange.refused.truncated");
        assertThat(refusal(plain(text + "{}"))).isEqualTo("exchange.refused.corrupt");
    }

    @Test
    void brokenBytesAndHugeNumbersAreRefusedWithoutANonsensePosition() {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int at = text.indexOf("김민수");
        byte[] broken = Arrays.copyOf(utf8, utf8.length);
        int byteAt = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        broken[byteAt] = (byte) 0xFF;
        Path garbled = dir.resolve("garbled.dolbom.json");
        write(garbled, broken);
        assertThat(refusal(garbled)).isIn("exchange.refused.corrupt", "exchange.refused.corruptSomewhere");
        assertThat(refusalOf(garbled).args()).noneMatch(arg -> arg instanceof Long n && n < 0);
        Path huge = plain(text.replace("\"systolic\":132", "\"systolic\":99999999999999999999999"));
        assertThat(refusal(huge)).isIn("exchange.refused.corruptSomewhere", "exchange.refused.invalidRecord");
    }

    @Test
    void anRrnInAPlainFileIsRefusedWithoutShowingIt() {
        Path file = plain(text.replace("\"rrnMasked\"", "\"rrn\":\"500101-1234567\",\"rrnMasked\""));
        BundleRefusal refusal = refusalOf(file);
        assertThat(refusal.messageKey()).isIn("exchange.refused.rrnInPlainBundle", "exchange.refused.checksum");
        assertThat(refusal.getMessage()).doesNotContain("1234567");
    }

    private Path plain(String content) {
        Path file = dir.resolve("hostile-" + Integer.toHexString(content.hashCode()) + ".dolbom.json");
        write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String refusal(Path file) {
        return refusalOf(file).messageKey();
    }

    private BundleRefusal refusalOf(Path file) {
        try {
            reader.validate(file, () -> null);
        } catch (BundleRefusal refusal) {
            return refusal;
        }
        throw new AssertionError("accepted " + file.getFileName());
    }

    static List<String> keys(List<BundleRefusal> refusals) {
        return refusals.stream().map(BundleRefusal::messageKey).toList();
    }
}
