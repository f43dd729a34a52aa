package org.dolbom.exchange;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The envelope's own checksum ({@code envelopeSha256}, from format version 2): SHA-256 over the envelope in
 * canonical form without {@code records} and without itself. The envelope holds the records' {@code sha256} and
 * {@code counts}, so this one value covers every byte of meaning in the file: a changed date, office or purpose is
 * refused like a changed record.
 */
final class EnvelopeChecksum {

    private EnvelopeChecksum() {
    }

    static String of(JsonMapper mapper, ObjectNode envelope) {
        ObjectNode covered = envelope.deepCopy();
        covered.remove("records");
        covered.remove(FormatUpgrades.ENVELOPE_SHA256);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(mapper.writeValueAsBytes(sorted(mapper, covered))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The same tree with every object's members in code point order, as the records are written. */
    private static JsonNode sorted(JsonMapper mapper, JsonNode node) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
            members.sort(Map.Entry.comparingByKey());
            ObjectNode copy = mapper.createObjectNode();
            members.forEach(member -> copy.set(member.getKey(), sorted(mapper, member.getValue())));
            return copy;
        }
        if (node.isArray()) {
            var copy = mapper.createArrayNode();
            node.forEach(item -> copy.add(sorted(mapper, item)));
            return copy;
        }
        return node;
    }
}
