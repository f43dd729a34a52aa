package org.dolbom.exchange;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.dolbom.exchange.json.ExchangeRecord;
import org.dolbom.exchange.json.RecordType;
import org.dolbom.exchange.json.ResidentJson;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a bundle, streamed: records go from the source straight to the file, so memory stays flat at any size.
 * The file is written beside the target under a temporary name, forced to disk and then moved into place in one
 * step; a failure, a full disk or a cancel never leaves anything under the final name.
 */
public final class BundleWriter {

    /** The newest format this version writes and reads; see {@code FormatUpgrades} for what each one added. */
    public static final int FORMAT_VERSION = 2;
    public static final String FORMAT = "dolbom-bundle";

    private final JsonMapper mapper = BundleJson.mapper(ReadLimits.DEFAULT);

    /**
     * Writes {@code source} to {@code target}.
     *
     * @param sealing   {@link Sealing#none()} for a plain bundle; a plain bundle must not hold an RRN
     * @param cancelled asked between records; when it answers true the write stops with a
     *                  {@link CancellationException} and nothing is left behind
     * @throws UncheckedIOException  when the file cannot be written (the target is untouched)
     * @throws IllegalStateException when the source gives records out of order, or an RRN for a plain bundle
     */
    public WrittenBundle write(Path target, Envelope envelope, BundleSource source, Sealing sealing,
                               Progress progress, BooleanSupplier cancelled) {
        if (envelope.rrnIncluded() && !sealing.encrypted()) {
            throw new IllegalArgumentException("RRNs go only into encrypted bundles");
        }
        Path folder = target.toAbsolutePath().getParent();
        Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            WrittenBundle written;
            try (FileOutputStream file = new FileOutputStream(temp.toFile())) {
                written = writeTo(file, target, envelope, source, sealing, progress, cancelled);
                file.getFD().sync();
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(folder);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            sealing.forget();
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Only a leftover hidden temp file; the target itself is whole or untouched.
            }
        }
    }

    private WrittenBundle writeTo(FileOutputStream file, Path target, Envelope envelope, BundleSource source,
                                  Sealing sealing, Progress progress, BooleanSupplier cancelled) throws IOException {
        OutputStream buffered = new BufferedOutputStream(file, 64 * 1024);
        SealingOutputStream sealed = sealing.encrypted() ? new SealingOutputStream(buffered, sealing.newHeader())
                : null;
        Map<RecordType, Long> counts = new EnumMap<>(RecordType.class);
        String sha256;
        try (JsonGenerator json = mapper.createGenerator(sealed != null ? sealed : buffered)) {
            json.writeStartObject();
            ObjectNode header = header(envelope);
            for (Map.Entry<String, JsonNode> member : header.properties()) {
                json.writeName(member.getKey());
                mapper.writeValue(json, member.getValue());
            }
            json.writeName("records");
            CanonicalRecords records = new CanonicalRecords(mapper, json);
            CanonicalRecords.Digest digest = new CanonicalRecords.Digest(mapper);
            records.begin();
            long done = 0;
            long total = source.total();
            for (RecordType type : RecordType.values()) {
                long count = 0;
                Iterator<? extends ExchangeRecord> it = source.records(type);
                while (it.hasNext()) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("bundle write cancelled");
                    }
                    ExchangeRecord record = it.next();
                    if (record instanceof ResidentJson resident && resident.rrn() != null
                            && !envelope.rrnIncluded()) {
                        throw new IllegalStateException("resident " + resident.id()
                                + " carries an RRN but the bundle says none are included");
                    }
                    records.record(type, record);
                    digest.record(type, record);
                    count++;
                    done++;
                    if ((done & 0xFF) == 0) {
                        progress.advanced(done, total);
                    }
                }
                counts.put(type, count);
            }
            records.end();
            sha256 = digest.finish();
            ObjectNode countsNode = header.putObject("counts");
            for (RecordType type : RecordType.values()) {
                countsNode.put(type.jsonName(), counts.get(type));
            }
            header.put("sha256", sha256);
            json.writeName("counts");
            mapper.writeValue(json, countsNode);
            json.writeStringProperty("sha256", sha256);
            json.writeStringProperty(FormatUpgrades.ENVELOPE_SHA256, EnvelopeChecksum.of(mapper, header));
            json.writeEndObject();
            progress.advanced(done, total);
        }
        if (sealed != null) {
            sealed.finish();
        }
        buffered.flush();
        return new WrittenBundle(target, sha256, counts, sealing.encrypted());
    }

    /** The envelope members written before the records, in the order the format gives them. */
    private ObjectNode header(Envelope envelope) {
        ObjectNode header = mapper.createObjectNode();
        header.put("format", FORMAT);
        header.put("formatVersion", FORMAT_VERSION);
        header.put("createdAt", envelope.createdAt().toString());
        ObjectNode origin = header.putObject("origin");
        origin.put("code", envelope.origin().code());
        origin.put("name", envelope.origin().name());
        header.put("purpose", envelope.purpose().code());
        Scope scope = envelope.scope();
        ObjectNode scopeNode = header.putObject("scope");
        scopeNode.put("kind", scope.kind().code());
        if (!scope.values().isEmpty()) {
            ArrayNode values = scopeNode.putArray("values");
            scope.values().forEach(values::add);
        }
        if (scope.since() != null) {
            scopeNode.put("since", scope.since().toString());
        }
        if (scope.reason() != null) {
            scopeNode.put("reason", scope.reason());
        }
        if (envelope.legalBasis() != null) {
            header.put("legalBasis", envelope.legalBasis());
        }
        if (envelope.consentReference() != null) {
            header.put("consentReference", envelope.consentReference());
        }
        header.put("rrnIncluded", envelope.rrnIncluded());
        return header;
    }

    /** Makes the move itself durable where the platform allows it (not on Windows, where it is not needed). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Best effort: the file itself is already on disk.
        }
    }
}
