package org.dolbom.exchange;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import org.dolbom.domain.Rrn;
import org.dolbom.exchange.json.ExchangeRecord;
import org.dolbom.exchange.json.RecordCheck;
import org.dolbom.exchange.json.RecordType;
import org.dolbom.exchange.json.ResidentJson;
import org.dolbom.exchange.json.TombstoneJson;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and checks a bundle, plain or encrypted, streamed and hardened: limits on file size, nesting, string length
 * and record count; no unknown fields, duplicate keys or duplicate ids; the envelope checked against the JSON Schema;
 * the checksum and counts verified; references resolved within the bundle or listed for the database. Any problem
 * ends the read with a {@link BundleRefusal} naming it.
 */
public final class BundleReader {

    /** Most earlier revs a record may carry in its lineage. */
    public static final int MAX_LINEAGE = 64;

    private static final Pattern ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._:-]{0,63}");
    private static final Set<String> ENVELOPE_FIELDS = Set.of("createdAt", "origin", "purpose", "scope",
            "legalBasis", "consentReference", "rrnIncluded", "counts", "sha256", FormatUpgrades.ENVELOPE_SHA256);

    private final ReadLimits limits;
    private final JsonMapper mapper;

    public BundleReader() {
        this(ReadLimits.DEFAULT);
    }

    public BundleReader(ReadLimits limits) {
        this.limits = limits;
        this.mapper = BundleJson.mapper(limits);
    }

    /** Whether the file is an encrypted bundle, so the UI can ask for the passphrase first. */
    public static boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SealedHeader.MAGIC.length), SealedHeader.MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** Checks the whole file without handing records to anyone. */
    public ValidBundle validate(Path file, Supplier<char[]> passphrase) {
        return read(file, passphrase, RecordVisitor.NONE, Progress.NONE, () -> false);
    }

    /**
     * Reads the whole file, handing each record to {@code visitor} as it goes, and returns what the file says about
     * itself once every check has passed.
     *
     * @param passphrase asked only when the file is encrypted; may answer null when none was given
     * @param progress   told the bytes read so far out of the file's size
     * @param cancelled  asked between records; true stops the read with a {@link CancellationException}
     * @throws BundleRefusal when the file is refused, naming why
     */
    public ValidBundle read(Path file, Supplier<char[]> passphrase, RecordVisitor visitor, Progress progress,
                            BooleanSupplier cancelled) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new BundleRefusal(e, "exchange.refused.noFile", file.getFileName().toString());
        } catch (IOException e) {
            throw new BundleRefusal(e, "exchange.refused.io", file.getFileName().toString());
        }
        if (size > limits.maxFileBytes()) {
            throw new BundleRefusal("exchange.refused.limit.fileSize", limits.maxFileBytes() / (1024 * 1024));
        }
        try (CountingInputStream counted = new CountingInputStream(
                new BufferedInputStream(Files.newInputStream(file), 64 * 1024));
             PushbackInputStream in = new PushbackInputStream(counted, SealedHeader.MAGIC.length)) {
            byte[] head = in.readNBytes(SealedHeader.MAGIC.length);
            boolean encrypted = Arrays.equals(head, SealedHeader.MAGIC);
            InputStream json;
            if (encrypted) {
                json = unseal(in, passphrase);
            } else {
                in.unread(head);
                json = in;
            }
            Reading reading = new Reading(encrypted, visitor, () -> progress.advanced(counted.count, size),
                    cancelled);
            return reading.parse(json);
        } catch (IOException e) {
            throw new BundleRefusal(e, "exchange.refused.io", file.getFileName().toString());
        }
    }

    private InputStream unseal(InputStream in, Supplier<char[]> passphrase) {
        SealedHeader header = SealedHeader.read(in, limits);
        char[] secret = passphrase.get();
        if (secret == null || secret.length == 0) {
            throw new BundleRefusal("exchange.refused.passphraseNeeded");
        }
        SecretKeySpec key;
        try {
            key = header.key(secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
        return new UnsealingInputStream(in, header, key);
    }

    /** One read of one file: the state the checks need while records stream past. */
    private final class Reading implements RecordCheck {

        private final boolean encrypted;
        private final RecordVisitor visitor;
        private final Runnable progress;
        private final BooleanSupplier cancelled;
        private final Map<RecordType, Set<String>> ids = new EnumMap<>(RecordType.class);
        private final Map<RecordType, Set<String>> referenced = new EnumMap<>(RecordType.class);
        private final Map<RecordType, Long> counts = new EnumMap<>(RecordType.class);
        private CanonicalRecords.Digest digest;
        private ObjectNode envelope;
        private int version;
        private long total;
        private boolean sawRrn;
        private boolean sawRecords;
        private RecordType currentType;
        private String currentId;

        Reading(boolean encrypted, RecordVisitor visitor, Runnable progress, BooleanSupplier cancelled) {
            this.encrypted = encrypted;
            this.visitor = visitor;
            this.progress = progress;
            this.cancelled = cancelled;
            for (RecordType type : RecordType.values()) {
                ids.put(type, new HashSet<>());
                counts.put(type, 0L);
            }
        }

        ValidBundle parse(InputStream in) {
            try (JsonParser parser = mapper.createParser(in)) {
                return parse(parser);
            } catch (JacksonException e) {
                throw translate(e);
            }
        }

        private ValidBundle parse(JsonParser parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new BundleRefusal("exchange.refused.truncated");
            }
            if (first != JsonToken.START_OBJECT || !"format".equals(parser.nextName())
                    || !BundleWriter.FORMAT.equals(parser.nextStringValue())) {
                throw new BundleRefusal("exchange.refused.notBundle");
            }
            if (!"formatVersion".equals(parser.nextName()) || parser.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                throw new BundleRefusal("exchange.refused.notBundle");
            }
            long fileVersion = parser.getLongValue();
            if (fileVersion > BundleWriter.FORMAT_VERSION) {
                throw new BundleRefusal("exchange.refused.newerVersion", fileVersion, BundleWriter.FORMAT_VERSION);
            }
            if (fileVersion < 1) {
                throw new BundleRefusal("exchange.refused.notBundle");
            }
            version = (int) fileVersion;
            // An older file's checksum covers its records as its own version wrote them.
            digest = new CanonicalRecords.Digest(mapper, version);
            envelope = mapper.createObjectNode();
            envelope.put("format", BundleWriter.FORMAT);
            envelope.put("formatVersion", version);
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                if ("records".equals(name)) {
                    readRecords(parser);
                } else if (ENVELOPE_FIELDS.contains(name)) {
                    parser.nextToken();
                    envelope.set(name, mapper.readTree(parser));
                } else {
                    throw new BundleRefusal("exchange.refused.unknownField", name, "envelope");
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new BundleRefusal("exchange.refused.corrupt", offset(parser));
            }
            progress.run();
            return finish();
        }

        private void readRecords(JsonParser parser) {
            sawRecords = true;
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new BundleRefusal("exchange.refused.corrupt", offset(parser));
            }
            int lastGroup = -1;
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                RecordType type = RecordType.ofJsonName(name);
                if (type == null) {
                    throw new BundleRefusal("exchange.refused.unknownField", name, "records");
                }
                if (type.ordinal() <= lastGroup) {
                    throw new BundleRefusal("exchange.refused.outOfOrder", type, "");
                }
                lastGroup = type.ordinal();
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw new BundleRefusal("exchange.refused.corrupt", offset(parser));
                }
                ExchangeRecord previous = null;
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    if (token != JsonToken.START_OBJECT) {
                        throw new BundleRefusal("exchange.refused.corrupt", offset(parser));
                    }
                    ExchangeRecord record = readRecord(parser, type);
                    if (previous != null && CanonicalRecords.compare(type, previous, record) > 0) {
                        throw new BundleRefusal("exchange.refused.outOfOrder", type, record.id());
                    }
                    previous = record;
                    digest.record(type, record);
                    visitor.record(type, record);
                }
            }
        }

        private ExchangeRecord readRecord(JsonParser parser, RecordType type) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("bundle read cancelled");
            }
            total++;
            if (total > limits.maxRecords()) {
                throw new BundleRefusal("exchange.refused.limit.records", limits.maxRecords());
            }
            if ((total & 0xFF) == 0) {
                progress.run();
            }
            currentType = type;
            currentId = "#" + (counts.get(type) + 1);
            JsonNode tree = mapper.readTree(parser);
            JsonNode id = tree.get("id");
            if (id != null && id.isString() && ID.matcher(id.asString()).matches()) {
                currentId = id.asString();
            }
            ObjectNode node = FormatUpgrades.record(type, (ObjectNode) tree, version);
            ExchangeRecord record = mapper.treeToValue(node, type.recordClass());
            checkCommon(type, record);
            record.check(this);
            RecordType idSpace = type == RecordType.TOMBSTONES ? ((TombstoneJson) record).recordType() : type;
            if (!ids.get(idSpace).add(record.id())) {
                throw new BundleRefusal("exchange.refused.duplicateId", idSpace, record.id());
            }
            if (record instanceof ResidentJson resident && resident.rrn() != null) {
                sawRrn = true;
                if (Rrn.check(resident.rrn()).isPresent()) {
                    throw invalid("rrn");
                }
            }
            counts.merge(type, 1L, Long::sum);
            return record;
        }

        private void checkCommon(RecordType type, ExchangeRecord record) {
            if (record.id() == null || !ID.matcher(record.id()).matches()) {
                throw invalid("id");
            }
            currentId = record.id();
            required("origin", record.origin());
            required("rev", record.rev());
            required("createdAt", record.createdAt());
            required("updatedAt", record.updatedAt());
            List<String> lineage = record.lineage();
            if (lineage.size() > MAX_LINEAGE || lineage.contains(record.rev())
                    || (!lineage.isEmpty() && !lineage.getFirst().equals(record.prevRev()))) {
                throw invalid("lineage");
            }
            if (type == RecordType.TOMBSTONES && !record.deleted()) {
                throw invalid("deleted");
            }
        }

        @Override
        public void required(String field, Object value) {
            if (value == null || (value instanceof String text && text.isBlank())) {
                throw invalid(field);
            }
        }

        @Override
        public void oneOf(String field, String value, Set<String> allowed) {
            if (value != null && !allowed.contains(value)) {
                throw invalid(field);
            }
        }

        @Override
        public void range(String field, Integer value, int min, int max) {
            if (value != null && (value < min || value > max)) {
                throw invalid(field);
            }
        }

        @Override
        public void reference(String field, RecordType target, String id) {
            if (id == null) {
                return;
            }
            if (!ID.matcher(id).matches()) {
                throw invalid(field);
            }
            if (!ids.get(target).contains(id)) {
                // Resolved at the end: some groups refer to groups that come later (planned services to services).
                referenced.computeIfAbsent(target, t -> new HashSet<>()).add(id);
            }
        }

        private BundleRefusal invalid(String field) {
            return new BundleRefusal("exchange.refused.invalidRecord", currentType, currentId, field);
        }

        private ValidBundle finish() {
            if (!sawRecords) {
                throw new BundleRefusal("exchange.refused.envelope", "records");
            }
            String envelopeSha256 = EnvelopeChecksum.of(mapper, envelope);
            // The records were checked one by one as they streamed past; the schema sees the envelope only.
            envelope.set("records", mapper.createObjectNode());
            ObjectNode upgraded = FormatUpgrades.envelope(envelope, version);
            BundleSchema.check(upgraded);
            String sha256 = digest.finish();
            if (!sha256.equals(upgraded.get("sha256").asString())) {
                throw new BundleRefusal("exchange.refused.checksum");
            }
            if (FormatUpgrades.hasEnvelopeChecksum(version)
                    && !envelopeSha256.equals(upgraded.get(FormatUpgrades.ENVELOPE_SHA256).asString())) {
                throw new BundleRefusal("exchange.refused.checksum");
            }
            for (RecordType type : RecordType.values()) {
                JsonNode declared = upgraded.get("counts").get(type.jsonName());
                if (declared == null || declared.asLong() != counts.get(type)) {
                    throw new BundleRefusal("exchange.refused.counts", type, declared == null ? 0 : declared.asLong(),
                            counts.get(type));
                }
            }
            Envelope parsed = envelope(upgraded);
            if ((sawRrn || parsed.rrnIncluded()) && !encrypted) {
                throw new BundleRefusal("exchange.refused.rrnInPlainBundle");
            }
            if (sawRrn && !parsed.rrnIncluded()) {
                throw new BundleRefusal("exchange.refused.invalidRecord", RecordType.RESIDENTS, "", "rrn");
            }
            Map<RecordType, Set<String>> needed = new EnumMap<>(RecordType.class);
            referenced.forEach((type, targets) -> {
                Set<String> missing = new HashSet<>(targets);
                missing.removeAll(ids.get(type));
                if (!missing.isEmpty()) {
                    needed.put(type, missing);
                }
            });
            return new ValidBundle(version, parsed, counts, sha256, encrypted, needed);
        }

        private Envelope envelope(ObjectNode node) {
            try {
                JsonNode origin = node.get("origin");
                JsonNode scope = node.get("scope");
                List<String> values = new ArrayList<>();
                if (scope.has("values")) {
                    scope.get("values").forEach(value -> values.add(value.asString()));
                }
                LocalDate since = scope.has("since") ? LocalDate.parse(scope.get("since").asString()) : null;
                Scope parsedScope = new Scope(ScopeKind.ofCode(scope.get("kind").asString()), values, since,
                        text(scope, "reason"));
                return new Envelope(Instant.parse(node.get("createdAt").asString()),
                        new Origin(origin.get("code").asString(), origin.get("name").asString()),
                        Purpose.ofCode(node.get("purpose").asString()), parsedScope, text(node, "legalBasis"),
                        text(node, "consentReference"), node.get("rrnIncluded").asBoolean());
            } catch (DateTimeException | IllegalArgumentException e) {
                throw new BundleRefusal(e, "exchange.refused.envelope", "createdAt, scope");
            }
        }

        private static String text(JsonNode node, String field) {
            return node.has(field) ? node.get(field).asString() : null;
        }

        /** Names what went wrong in the user's terms, whatever layer of Jackson noticed it. */
        private RuntimeException translate(JacksonException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BundleRefusal refusal) {
                    return refusal;
                }
                if (cause instanceof CancellationException cancel) {
                    return cancel;
                }
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof StreamConstraintsException limit) {
                    return limitRefusal(limit);
                }
                if (cause instanceof UnexpectedEndOfInputException) {
                    return new BundleRefusal(e, "exchange.refused.truncated");
                }
            }
            if (e instanceof UnrecognizedPropertyException unknown) {
                return new BundleRefusal(e, "exchange.refused.unknownField", unknown.getPropertyName(),
                        currentType == null ? "envelope" : currentType.jsonName() + " " + currentId);
            }
            if (e instanceof DatabindException && currentType != null) {
                String field = e.getPath().isEmpty() ? "" : String.valueOf(e.getPath().getLast().getPropertyName());
                return new BundleRefusal(e, "exchange.refused.invalidRecord", currentType, currentId, field);
            }
            long offset = e instanceof StreamReadException read ? offset(read.getLocation()) : -1;
            // Bad bytes found while decoding have no position to name.
            return offset < 0 ? new BundleRefusal(e, "exchange.refused.corruptSomewhere")
                    : new BundleRefusal(e, "exchange.refused.corrupt", offset);
        }

        private BundleRefusal limitRefusal(StreamConstraintsException e) {
            String what = String.valueOf(e.getMessage());
            if (what.contains("getMaxNestingDepth")) {
                return new BundleRefusal(e, "exchange.refused.limit.depth", limits.maxDepth());
            }
            if (what.contains("getMaxStringLength")) {
                return new BundleRefusal(e, "exchange.refused.limit.string", limits.maxStringLength());
            }
            if (what.contains("getMaxDocumentLength")) {
                return new BundleRefusal(e, "exchange.refused.limit.fileSize", limits.maxFileBytes() / (1024 * 1024));
            }
            return new BundleRefusal(e, "exchange.refused.limit.other");
        }
    }

    private static long offset(JsonParser parser) {
        return offset(parser.currentLocation());
    }

    private static long offset(TokenStreamLocation location) {
        return location == null ? -1 : location.getByteOffset();
    }

    /** Counts bytes read from the file, for progress. */
    private static final class CountingInputStream extends FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
