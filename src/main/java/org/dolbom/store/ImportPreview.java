package org.dolbom.store;

import java.util.List;
import java.util.Map;

import org.dolbom.exchange.MergeClass;
import org.dolbom.exchange.PossibleDuplicate;
import org.dolbom.exchange.ValidBundle;
import org.dolbom.exchange.json.RecordType;

/**
 * What importing a bundle would do (or did): a count per class, one line per record, and the incoming residents
 * who may already be here under another id.
 */
public record ImportPreview(ValidBundle bundle, Map<MergeClass, Long> counts, List<Line> lines,
                            List<PossibleDuplicate> duplicates) {

    public ImportPreview {
        counts = Map.copyOf(counts);
        lines = List.copyOf(lines);
        duplicates = List.copyOf(duplicates);
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
