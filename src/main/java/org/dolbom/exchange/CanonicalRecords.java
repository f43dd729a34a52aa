package org.dolbom.exchange;

import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.dolbom.exchange.json.ExchangeRecord;
import org.dolbom.exchange.json.RecordType;
import org.dolbom.exchange.json.TombstoneJson;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the {@code records} object in canonical form: every group present and in {@link RecordType} order,
 * records in ascending id order, each record's fields in alphabetical order, nulls left out, no whitespace.
 * The writer uses it for the file and for the checksum, the reader for the checksum, so both hash the same bytes.
 */
final class CanonicalRecords {

    private final JsonMapper mapper;
    private final JsonGenerator generator;
    private final int version;
    private int openGroup = -1;
    private ExchangeRecord last;

    /** Writes records in the current format. */
    CanonicalRecords(JsonMapper mapper, JsonGenerator generator) {
        this(mapper, generator, BundleWriter.FORMAT_VERSION);
    }

    /** Writes records as a writer of {@code version} wrote them, for an older file's checksum. */
    CanonicalRecords(JsonMapper mapper, JsonGenerator generator, int version) {
        this.mapper = mapper;
        this.generator = generator;
        this.version = version;
    }

    /** Starts the records object at the generator's current position. */
    void begin() {
        generator.writeStartObject();
    }

    /**
     * Appends one record.
     *
     * @throws IllegalStateException when records come out of canonical order or twice: the caller's bug
     */
    void record(RecordType type, ExchangeRecord record) {
        if (type.ordinal() < openGroup) {
            throw new IllegalStateException("group " + type + " after a later group");
        }
        while (openGroup < type.ordinal()) {
            nextGroup();
        }
        if (last != null && compare(type, last, record) >= 0) {
            throw new IllegalStateException(type + " records out of id order at " + record.id());
        }
        mapper.writeValue(generator, FormatUpgrades.asWrittenIn(type, record, version, mapper));
        last = record;
    }

    /** Closes the records object, writing any groups not reached as empty. */
    void end() {
        while (openGroup < RecordType.values().length - 1) {
            nextGroup();
        }
        generator.writeEndArray();
        generator.writeEndObject();
    }

    private void nextGroup() {
        if (openGroup >= 0) {
            generator.writeEndArray();
        }
        openGroup++;
        last = null;
        generator.writeName(RecordType.values()[openGroup].jsonName());
        generator.writeStartArray();
    }

    /** Canonical order within a group: by id, and tombstones first by the group of the record they delete. */
    static int compare(RecordType type, ExchangeRecord a, ExchangeRecord b) {
        if (type == RecordType.TOMBSTONES) {
            int byType = Integer.compare(groupOf(a), groupOf(b));
            if (byType != 0) {
                return byType;
            }
        }
        return a.id().compareTo(b.id());
    }

    private static int groupOf(ExchangeRecord tombstone) {
        RecordType deleted = ((TombstoneJson) tombstone).recordType();
        return deleted == null ? -1 : deleted.ordinal();
    }

    /** The canonical records object hashed as it is written, for the envelope's {@code sha256}. */
    static final class Digest {

        private final MessageDigest sha256;
        private final JsonGenerator generator;
        private final CanonicalRecords records;

        Digest(JsonMapper mapper) {
            this(mapper, BundleWriter.FORMAT_VERSION);
        }

        /** The checksum of a file written in {@code version}, over its records as that version wrote them. */
        Digest(JsonMapper mapper, int version) {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
            OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), sha256);
            generator = mapper.createGenerator(sink);
            records = new CanonicalRecords(mapper, generator, version);
            records.begin();
        }

        void record(RecordType type, ExchangeRecord record) {
            records.record(type, record);
        }

        /** Closes the records object and gives the SHA-256 in lower-case hex. */
        String finish() {
            records.end();
            generator.close();
            return HexFormat.of().formatHex(sha256.digest());
        }
    }
}
