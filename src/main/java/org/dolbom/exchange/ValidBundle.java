package org.dolbom.exchange;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.dolbom.exchange.json.RecordType;

/**
 * A bundle that passed every check the file alone allows: format and version, schema, limits, checksum, counts,
 * order and ids, and the references it resolves itself. What remains is in {@link #needsInDatabase()}: records
 * referenced but not carried, which the receiving database must hold.
 */
public record ValidBundle(int formatVersion, Envelope envelope, Map<RecordType, Long> counts, String sha256,
                          boolean encrypted, Map<RecordType, Set<String>> needsInDatabase) {

    public ValidBundle {
        counts = Map.copyOf(counts);
        Map<RecordType, Set<String>> copy = new EnumMap<>(RecordType.class);
        needsInDatabase.forEach((type, ids) -> copy.put(type, Set.copyOf(ids)));
        needsInDatabase = Map.copyOf(copy);
    }

    public long totalRecords() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Refuses the bundle when a record it references is neither in the bundle nor in the database.
     *
     * @throws BundleRefusal {@code exchange.refused.missingReference} naming the record type and id
     */
    public void requireReferences(ReferenceCheck database) {
        for (RecordType type : RecordType.values()) {
            for (String id : needsInDatabase.getOrDefault(type, Set.of()).stream().sorted().toList()) {
                if (!database.exists(type, id)) {
                    throw new BundleRefusal("exchange.refused.missingReference", type, id);
                }
            }
        }
    }
}
