package org.dolbom.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.dolbom.exchange.json.ExchangeRecord;
import org.dolbom.exchange.json.RecordType;
import org.dolbom.exchange.json.ResidentJson;
import org.dolbom.testing.ForAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

class BundleRoundTripTest {

    @TempDir
    Path dir;

    private final BundleWriter writer = new BundleWriter();
    private final BundleReader reader = new BundleReader();

    @Test
    void everyRecordComesBackAsItWasWritten() {
        Map<RecordType, List<ExchangeRecord>> township = SampleRecords.township(false);
        Path file = dir.resolve("share.dolbom.json");
        WrittenBundle written = writer.write(file, SampleRecords.ENVELOPE, SampleRecords.content(township),
                Sealing.none(), Progress.NONE, () -> false);

        Map<RecordType, List<ExchangeRecord>> read = new EnumMap<>(RecordType.class);
        ValidBundle bundle = reader.read(file, () -> null,
                (type, record) -> read.computeIfAbsent(type, t -> new ArrayList<>()).add(record),
                Progress.NONE, () -> false);

        assertThat(read).isEqualTo(township);
        assertThat(bundle.envelope()).isEqualTo(SampleRecords.ENVELOPE);
        assertThat(bundle.sha256()).isEqualTo(written.sha256());
        assertThat(bundle.totalRecords()).isEqualTo(15);
        assertThat(bundle.needsInDatabase()).isEmpty();
        assertThat(bundle.encrypted()).isFalse();
    }

    @Test
    void theWrittenFileMatchesThePublishedSchema() throws IOException {
        Path file = dir.resolve("share.dolbom.json");
        writer.write(file, SampleRecords.ENVELOPE, SampleRecords.content(SampleRecords.township(false)),
                Sealing.none(), Progress.NONE, () -> false);
        var errors = BundleSchema.validate(JsonMapper.builder().build().readTree(file.toFile()));
        assertThat(errors).isEmpty();
    }

    @Test
    void theSameRecordsGiveTheSameBytesWhateverOrderTheyCameIn() throws IOException {
        List<ExchangeRecord> residents = SampleRecords.residents(new Random(7), 40);
        Path reference = dir.resolve("reference.dolbom.json");
        WrittenBundle first = writer.write(reference, SampleRecords.ENVELOPE,
                new BundleContent().add(RecordType.RESIDENTS, residents), Sealing.none(), Progress.NONE, () -> false);
        byte[] referenceBytes = Files.readAllBytes(reference);
        Path shuffled = dir.resolve("shuffled.dolbom.json");

        ForAll.check(ForAll.SEED, 60, random -> {
            List<ExchangeRecord> copy = new ArrayList<>(residents);
            Collections.shuffle(copy, random);
            return copy;
        }, order -> {
            WrittenBundle again = writer.write(shuffled, SampleRecords.ENVELOPE,
                    new BundleContent().add(RecordType.RESIDENTS, order), Sealing.none(), Progress.NONE, () -> false);
            assertThat(again.sha256()).isEqualTo(first.sha256());
            assertThat(read(shuffled)).isEqualTo(referenceBytes);
        });
    }

    @Test
    void theFileIsCompactWithFieldsInAlphabeticalOrder() throws IOException {
        Path file = dir.resolve("share.dolbom.json");
        writer.write(file, SampleRecords.ENVELOPE, SampleRecords.content(SampleRecords.township(false)),
                Sealing.none(), Progress.NONE, () -> false);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\n").doesNotContain(": ").startsWith("{\"format\":\"dolbom-bundle\","
                + "\"formatVersion\":2,");
        assertThat(text).contains("\"households\":[{\"addressDetail\":\"101호\",\"areaId\":\"area-1\",\"createdAt\":");
        assertThat(text).contains("\"domains\":[{\"domain\":\"HEALTH_ADL\"");
    }

    @Test
    void aCancelledWriteLeavesNothingBehindAndKeepsTheOldFile() throws IOException {
        Path file = dir.resolve("share.dolbom.json");
        Files.writeString(file, "previous export");
        AtomicInteger asked = new AtomicInteger();
        BundleContent many = new BundleContent().add(RecordType.RESIDENTS,
                SampleRecords.residents(new Random(1), 2000));

        assertThatThrownBy(() -> writer.write(file, SampleRecords.ENVELOPE, many, Sealing.none(), Progress.NONE,
                () -> asked.incrementAndGet() > 500)).isInstanceOf(CancellationException.class);

        assertThat(Files.readString(file)).isEqualTo("previous export");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailingSourceLeavesNoFileUnderTheFinalName() throws IOException {
        Path file = dir.resolve("share.dolbom.json");
        BundleSource broken = type -> new Iterator<ExchangeRecord>() {
            @Override
            public boolean hasNext() {
                return type == RecordType.RESIDENTS;
            }

            @Override
            public ExchangeRecord next() {
                throw new IllegalStateException("database went away");
            }
        };
        assertThatThrownBy(() -> writer.write(file, SampleRecords.ENVELOPE, broken, Sealing.none(), Progress.NONE,
                () -> false)).hasMessageContaining("database went away");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aPlainBundleNeverCarriesAnRrn() throws IOException {
        Path file = dir.resolve("share.dolbom.json");
        assertThatThrownBy(() -> writer.write(file, SampleRecords.ENVELOPE,
                SampleRecords.content(SampleRecords.township(true)), Sealing.none(), Progress.NONE, () -> false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("1234567");
        assertThatThrownBy(() -> writer.write(file, SampleRecords.ENVELOPE_WITH_RRN,
                SampleRecords.content(SampleRecords.township(true)), Sealing.none(), Progress.NONE, () -> false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(file).doesNotExist();
        assertThat(SampleRecords.resident("r", "김민수", "500101-1234567").toString()).doesNotContain("1234567");
    }

    @Test
    void progressReachesTheEndOnBothSides() {
        Path file = dir.resolve("share.dolbom.json");
        AtomicLong written = new AtomicLong();
        BundleContent many = new BundleContent().add(RecordType.RESIDENTS,
                SampleRecords.residents(new Random(2), 1000));
        writer.write(file, SampleRecords.ENVELOPE, many, Sealing.none(), (done, total) -> {
            assertThat(total).isEqualTo(1000);
            written.set(done);
        }, () -> false);
        assertThat(written).hasValue(1000);

        AtomicLong read = new AtomicLong();
        AtomicLong size = new AtomicLong();
        reader.read(file, () -> null, RecordVisitor.NONE, (done, total) -> {
            read.set(done);
            size.set(total);
        }, () -> false);
        assertThat(read.get()).isEqualTo(size.get()).isPositive();
    }

    @Test
    void referencesOutsideTheBundleAreListedForTheDatabase() {
        Map<RecordType, List<ExchangeRecord>> onlyVisits = new EnumMap<>(RecordType.class);
        onlyVisits.put(RecordType.VISITS, SampleRecords.township(false).get(RecordType.VISITS));
        Path file = dir.resolve("visits.dolbom.json");
        writer.write(file, SampleRecords.ENVELOPE, SampleRecords.content(onlyVisits), Sealing.none(), Progress.NONE,
                () -> false);

        ValidBundle bundle = reader.validate(file, () -> null);

        assertThat(bundle.needsInDatabase()).containsOnlyKeys(RecordType.RESIDENTS, RecordType.STAFF,
                RecordType.SERVICES);
        assertThat(bundle.needsInDatabase().get(RecordType.RESIDENTS)).containsExactly("resident-1");
        bundle.requireReferences((type, id) -> true);
        assertThatThrownBy(() -> bundle.requireReferences((type, id) -> type != RecordType.RESIDENTS))
                .isInstanceOfSatisfying(BundleRefusal.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("exchange.refused.missingReference");
                    assertThat(refusal.args()).containsExactly(RecordType.RESIDENTS, "resident-1");
                });
    }

    @Test
    void aRefusalReadsNaturallyInKorean() {
        BundleRefusal refusal = new BundleRefusal("exchange.refused.duplicateId", RecordType.RESIDENTS, "r-1");
        assertThat(refusal.text(org.dolbom.i18n.Messages.korean()))
                .isEqualTo("대상자 기록 r-1이(가) 파일에 두 번 들어 있습니다. 파일이 잘못 만들어졌으니 보낸 기관에 다시 요청하세요.");
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static ResidentJson firstResident(Map<RecordType, List<ExchangeRecord>> records) {
        return (ResidentJson) records.get(RecordType.RESIDENTS).getFirst();
    }
}
