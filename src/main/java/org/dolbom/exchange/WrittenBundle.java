package org.dolbom.exchange;

import java.nio.file.Path;
import java.util.Map;

import org.dolbom.exchange.json.RecordType;

/** A bundle safely on disk: where, its checksum, and how many records of each type it holds. */
public record WrittenBundle(Path file, String sha256, Map<RecordType, Long> counts, boolean encrypted) {

    public WrittenBundle {
        counts = Map.copyOf(counts);
    }

    public long totalRecords() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
