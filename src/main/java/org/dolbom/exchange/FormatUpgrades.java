package org.dolbom.exchange;

import java.util.List;

import org.dolbom.exchange.json.ExchangeRecord;
import org.dolbom.exchange.json.RecordType;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings a record or envelope written by an older format version up to the current one before it is bound, so the
 * rest of the reader only knows the current format; and gives a record back as its own version wrote it, because
 * that version's checksum covers those bytes. Every step stays: a reader accepts every older version.
 *
 * <ul>
 *   <li>2: schedule entries carry {@code reasons} and {@code visitOrder}; the envelope carries
 *       {@code envelopeSha256}.</li>
 * </ul>
 */
final class FormatUpgrades {

    /** Schedule entry fields that version 2 added, with the value a version 1 entry stands for. */
    private static final List<String> SCHEDULE_FIELDS_OF_2 = List.of("reasons", "visitOrder");
    static final String ENVELOPE_SHA256 = "envelopeSha256";

    private FormatUpgrades() {
    }

    /**
     * The record in the current format.
     *
     * @throws BundleRefusal when an older record holds a field its version did not have
     */
    static ObjectNode record(RecordType type, ObjectNode record, int version) {
        if (version < 2 && type == RecordType.SCHEDULE_ENTRIES) {
            refuseLaterFields(record, SCHEDULE_FIELDS_OF_2, type.jsonName());
            record.putArray("reasons");
            record.put("visitOrder", 0);
        }
        return record;
    }

    /**
     * The envelope in the current format.
     *
     * @throws BundleRefusal when an older envelope holds a field its version did not have
     */
    static ObjectNode envelope(ObjectNode envelope, int version) {
        if (version < 2) {
            refuseLaterFields(envelope, List.of(ENVELOPE_SHA256), "envelope");
        }
        return envelope;
    }

    /**
     * The record as a writer of {@code version} wrote it: what that version's checksum was computed over. A
     * version 1 schedule entry is the current one without the fields version 2 added (they hold the defaults
     * {@link #record} gave them).
     */
    static Object asWrittenIn(RecordType type, ExchangeRecord record, int version, JsonMapper mapper) {
        if (version < 2 && type == RecordType.SCHEDULE_ENTRIES) {
            ObjectNode node = mapper.valueToTree(record);
            SCHEDULE_FIELDS_OF_2.forEach(node::remove);
            return node;
        }
        return record;
    }

    /** Whether the envelope of this version carries its own checksum (version 1 covered the records only). */
    static boolean hasEnvelopeChecksum(int version) {
        return version >= 2;
    }

    private static void refuseLaterFields(ObjectNode node, List<String> fields, String where) {
        for (String field : fields) {
            if (node.has(field)) {
                throw new BundleRefusal("exchange.refused.unknownField", field, where);
            }
        }
    }
}
