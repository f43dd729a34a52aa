package org.dolbom.store;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.dolbom.exchange.MergeClass;
import org.dolbom.exchange.PossibleDuplicate;
import org.dolbom.exchange.ValidBundle;
import org.dolbom.exchange.json.RecordType;

/**
 * What importing a bundle would do (or did): a count per class and per record type, a line for each record a person
 * looks at, and the incoming residents who may already be here under another id.
 *
 * <p>{@code lines} is bounded so a district bundle stays small in memory: it holds every resident (whatever their
 * class) and, for the other types, only the records that are conflicting or refused. The counts cover every record.
 */
public record ImportPreview(ValidBundle bundle, Map<MergeClass, Long> counts,
                            Map<RecordType, Map<MergeClass, Long>> countsByType, List<Line> lines,
                            List<PossibleDuplicate> duplicates) {

    public ImportPreview {
        counts = Map.copyOf(counts);
        Map<RecordType, Map<MergeClass, Long>> byType = new EnumMap<>(RecordType.class);
        countsByType.forEach((type, perClass) -> byType.put(type, Map.copyOf(perClass)));
        countsByType = Map.copyOf(byType);
        lines = List.copyOf(lines);
        duplicates = List.copyOf(duplicates);
    }

    /** Whether a record of this type and class gets a line: residents always, others only when a person must act. */
    static boolean listed(RecordType type, MergeClass kind) {
        return type == RecordType.RESIDENTS || kind == MergeClass.CONFLICT || kind == MergeClass.REFUSED;
    }

    /** One incoming record: its class and, when refused, why. {@code label} names a resident, else is blank. */
    public record Line(RecordType type, String id, MergeClass kind, String label, String reasonKey,
                       List<Object> reasonArgs) {

        public Line {
            reasonArgs = List.copyOf(reasonArgs);
        }
    }

    public long count(MergeClass kind) {
        return counts.getOrDefault(kind, 0L);
    }

    /** How many records of one type fall in one class. */
    public long count(RecordType type, MergeClass kind) {
        return countsByType.getOrDefault(type, Map.of()).getOrDefault(kind, 0L);
    }

    /** Whether applying would change anything here. */
    public boolean changesAnything() {
        return count(MergeClass.NEW) + count(MergeClass.UPDATED) + count(MergeClass.CONFLICT) > 0;
    }

    /** The summary line the CLI prints last: records already here or older than ours count as unchanged. */
    public String summary() {
        return "new=" + count(MergeClass.NEW) + " updated=" + count(MergeClass.UPDATED)
                + " unchanged=" + (count(MergeClass.UNCHANGED) + count(MergeClass.OURS_NEWER))
                + " conflicts=" + count(MergeClass.CONFLICT) + " refused=" + count(MergeClass.REFUSED);
    }
}
