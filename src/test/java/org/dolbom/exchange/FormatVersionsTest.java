package org.dolbom.exchange;

import static org.assertj.core.api.Assertions.assertThat;

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

import org.dolbom.domain.DueReason;
import org.dolbom.exchange.json.ExchangeRecord;
import org.dolbom.exchange.json.RecordType;
import org.dolbom.exchange.json.ResidentJson;
import org.dolbom.exchange.json.ScheduleEntryJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Older files keep reading, checked the way their own version wrote them; what version 2 added (schedule entry
 * reasons and visiting order, the envelope's own checksum) is checked as strictly as the rest.
 */
class FormatVersionsTest {

    private static final String RESIDENT = "0b7e9f52-3d1a-4c5e-9f00-2a6b1c3d4e5f";
    private static final String ENTRY = "5c2d8e11-7a4b-4f3c-8d2e-1f0a9b8c7d6e";

    @TempDir
    Path dir;

    private final BundleReader reader = new BundleReader();

    /** The records of a small version 1 file, written out by hand in canonical form. */
    private static String versionOneRecords(String entryExtra) {
        return "{\"staff\":[],\"areas\":[],\"households\":[],\"residents\":[{\"birthDate\":\"1944-03-01\","
                + "\"createdAt\":\"2026-03-02T00:00:00Z\",\"deleted\":false,\"id\":\"" + RESIDENT + "\","
                + "\"lineage\":[],\"livingSituation\":\"ALONE\",\"name\":\"박순자\",\"origin\":\"4183025000\","
                + "\"rev\":\"" + SampleRecords.rev("resident v1") + "\",\"riskLevel\":\"HIGH\",\"sex\":\"F\","
                + "\"status\":\"ACTIVE\",\"updatedAt\":\"2026-03-02T00:00:00Z\",\"vulnerabilities\":[\"DEMENTIA\"]}],"
                + "\"consents\":[],\"assessments\":[],\"plans\":[],\"plannedServices\":[],\"planChecks\":[],"
                + "\"services\":[],\"providers\":[],\"visits\":[],\"vitals\":[],\"scheduleEntries\":[{"
                + "\"createdAt\":\"2026-03-03T00:00:00Z\",\"deleted\":false,\"id\":\"" + ENTRY + "\",\"lineage\":[],"
                + "\"origin\":\"4183025000\",\"plannedOn\":\"2026-03-05\",\"plannedTime\":\"10:00\","
                + "\"purpose\":\"안부 확인\"," + entryExtra + "\"residentId\":\"" + RESIDENT + "\","
                + "\"rev\":\"" + SampleRecords.rev("entry v1") + "\",\"status\":\"PLANNED\","
                + "\"updatedAt\":\"2026-03-03T00:00:00Z\"}],\"tombstones\":[]}";
    }

    /** A whole version 1 file around {@code records}, its checksum computed as version 1 defines it. */
    private static String versionOneFile(String records, String envelopeExtra) {
        StringBuilder counts = new StringBuilder();
        for (RecordType type : RecordType.values()) {
            int count = type == RecordType.RESIDENTS || type == RecordType.SCHEDULE_ENTRIES ? 1 : 0;
            counts.append(counts.isEmpty() ? "" : ",").append('"').append(type.jsonName()).append("\":")
                    .append(count);
        }
        return "{\"format\":\"dolbom-bundle\",\"formatVersion\":1,\"createdAt\":\"2026-03-06T01:00:00Z\","
                + "\"origin\":{\"code\":\"4183025000\",\"name\":\"양평읍\"},\"purpose\":\"backup\","
                + "\"scope\":{\"kind\":\"all\"},\"rrnIncluded\":false,\"records\":" + records
                + ",\"counts\":{" + counts + "},\"sha256\":\"" + sha256(records) + "\"" + envelopeExtra
                + "}";
    }

    @Test
    void aVersionOneFileIsReadWithItsOwnChecksumAndEntriesGetTheDefaults() {
        String records = versionOneRecords("");
        Map<RecordType, List<ExchangeRecord>> read = new EnumMap<>(RecordType.class);

        ValidBundle bundle = reader.read(file(versionOneFile(records, "")), () -> null,
                (type, record) -> read.computeIfAbsent(type, t -> new ArrayList<>()).add(record), Progress.NONE,
                () -> false);

        assertThat(bundle.formatVersion()).isEqualTo(1);
        assertThat(bundle.sha256()).isEqualTo(sha256(records));
        assertThat(bundle.envelope().origin()).isEqualTo(new Origin("4183025000", "양평읍"));
        assertThat(read.get(RecordType.RESIDENTS)).singleElement()
                .satisfies(r -> assertThat(((ResidentJson) r).name()).isEqualTo("박순자"));
        assertThat(read.get(RecordType.SCHEDULE_ENTRIES)).singleElement().satisfies(record -> {
            ScheduleEntryJson entry = (ScheduleEntryJson) record;
            assertThat(entry.reasons()).isEmpty();
            assertThat(entry.visitOrder()).isZero();
            assertThat(entry.purpose()).isEqualTo("안부 확인");
            assertThat(entry.residentId()).isEqualTo(RESIDENT);
        });
    }

    @Test
    void aChangedVersionOneFileStillFailsItsChecksum() {
        String text = versionOneFile(versionOneRecords(""), "");
        assertThat(refusal(file(text.replace("안부 확인", "안부 확안")))).isEqualTo("exchange.refused.checksum");
        assertThat(refusal(file(text.replace("\"plannedTime\":\"10:00\"", "\"plannedTime\":\"11:00\""))))
                .isEqualTo("exchange.refused.checksum");
    }

    @Test
    void aVersionOneFileMayNotHoldWhatVersionTwoAdded() {
        String withReasons = versionOneRecords("\"reasons\":[\"FOLLOW_UP\"],");
        assertThat(refusal(file(versionOneFile(withReasons, "")))).isEqualTo("exchange.refused.unknownField");
        String withOrder = versionOneRecords("").replace("\"updatedAt\":\"2026-03-03T00:00:00Z\"}",
                "\"updatedAt\":\"2026-03-03T00:00:00Z\",\"visitOrder\":1}");
        assertThat(refusal(file(versionOneFile(withOrder, "")))).isEqualTo("exchange.refused.unknownField");
        String withEnvelopeSum = versionOneFile(versionOneRecords(""),
                ",\"envelopeSha256\":\"" + "0".repeat(64) + "\"");
        assertThat(refusal(file(withEnvelopeSum))).isEqualTo("exchange.refused.unknownField");
    }

    @Test
    void scheduleEntriesCarryTheirReasonsAndOrderFromVersionTwo() throws IOException {
        Path written = writeSample();
        String text = Files.readString(written, StandardCharsets.UTF_8);

        assertThat(text).startsWith("{\"format\":\"dolbom-bundle\",\"formatVersion\":2,")
                .contains("\"purpose\":\"안부 확인\",\"reasons\":[\"FOLLOW_UP\",\"VISIT_FREQUENCY\"],\"residentId\":")
                .contains("\"updatedAt\":\"2026-11-20T01:02:03Z\",\"visitOrder\":2}")
                .containsPattern("\"sha256\":\"[0-9a-f]{64}\",\"envelopeSha256\":\"[0-9a-f]{64}\"}$");
        assertThat(refusal(file(text.replace("\"FOLLOW_UP\",\"VISIT_FREQUENCY\"", "\"FOLLOW_UP\",\"SOMETIMES\""))))
                .isEqualTo("exchange.refused.invalidRecord");
        assertThat(refusal(file(text.replace("\"FOLLOW_UP\",\"VISIT_FREQUENCY\"", "\"FOLLOW_UP\",\"FOLLOW_UP\""))))
                .isEqualTo("exchange.refused.invalidRecord");
        assertThat(refusal(file(text.replace("\"visitOrder\":2", "\"visitOrder\":-1"))))
                .isEqualTo("exchange.refused.invalidRecord");
        assertThat(refusal(file(text.replace(",\"visitOrder\":2", ""))))
                .isEqualTo("exchange.refused.invalidRecord");
        assertThat(refusal(file(text.replace("\"reasons\":[\"FOLLOW_UP\",\"VISIT_FREQUENCY\"]",
                "\"reasons\":\"FOLLOW_UP\"")))).isEqualTo("exchange.refused.invalidRecord");
    }

    @Test
    void aChangedEnvelopeFailsTheChecksumFromVersionTwo() throws IOException {
        String text = Files.readString(writeSample(), StandardCharsets.UTF_8);
        assertThat(reader.validate(file(text), () -> null).formatVersion()).isEqualTo(2);

        for (String[] change : List.of(
                new String[] {"\"createdAt\":\"2026-11-20T01:02:03Z\"", "\"createdAt\":\"2026-11-20T01:02:04Z\""},
                new String[] {"\"name\":\"행복동\"}", "\"name\":\"행운동\"}"},
                new String[] {"돌봄통합지원법 제00조", "돌봄통합지원법 제01조"},
                new String[] {"동의서 2026-118", "동의서 2026-119"},
                new String[] {"시군구 통합돌봄 공유", "시군구 통합돌봄 공개"},
                new String[] {"\"purpose\":\"share\"", "\"purpose\":\"backup\""})) {
            assertThat(text).contains(change[0]);
            assertThat(refusal(file(text.replace(change[0], change[1])))).as(change[1])
                    .isEqualTo("exchange.refused.checksum");
        }
        String sum = text.substring(text.indexOf("\"envelopeSha256\":\"") + 18, text.length() - 2);
        String otherSum = sum.charAt(0) == 'a' ? "b" + sum.substring(1) : "a" + sum.substring(1);
        assertThat(refusal(file(text.replace(sum, otherSum)))).isEqualTo("exchange.refused.checksum");
        assertThat(refusal(file(text.replace(",\"envelopeSha256\":\"" + sum + "\"", ""))))
                .isEqualTo("exchange.refused.envelope");
    }

    @Test
    void theSchemaListsEveryDueReason() {
        JsonNode schema = JsonMapper.builder().build().readTree(FormatVersionsTest.class
                .getResourceAsStream(BundleSchema.RESOURCE));
        List<String> listed = new ArrayList<>();
        schema.get("$defs").get("scheduleEntries").get("properties").get("reasons").get("items").get("enum")
                .forEach(code -> listed.add(code.asString()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(Arrays.stream(DueReason.values()).map(Enum::name)
                .toList());
    }

    private static String sha256(String text) {
        return SampleRecords.rev(text);
    }

    private Path writeSample() {
        Path file = dir.resolve("sample.dolbom.json");
        new BundleWriter().write(file, SampleRecords.ENVELOPE, SampleRecords.content(SampleRecords.township(false)),
                Sealing.none(), Progress.NONE, () -> false);
        return file;
    }

    private Path file(String content) {
        Path file = dir.resolve("bundle-" + Integer.toHexString(content.hashCode()) + ".dolbom.json");
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private String refusal(Path file) {
        try {
            reader.validate(file, () -> null);
        } catch (BundleRefusal refusal) {
            return refusal.messageKey();
        }
        throw new AssertionError("accepted " + file.getFileName());
    }
}
