package org.dolbom.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.dolbom.exchange.json.ExchangeRecord;
import org.dolbom.exchange.json.RecordType;

/**
 * Records held in memory, in any order, put into canonical order for the writer. For small bundles and tests;
 * large exports stream from the store in id order instead.
 */
public final class BundleContent implements BundleSource {

    private final Map<RecordType, List<ExchangeRecord>> groups = new EnumMap<>(RecordType.class);

    public BundleContent add(RecordType type, Collection<? extends ExchangeRecord> records) {
        if (records.stream().anyMatch(r -> !type.recordClass().isInstance(r))) {
            throw new IllegalArgumentException("records of another type in " + type);
        }
        groups.computeIfAbsent(type, t -> new ArrayList<>()).addAll(records);
        return this;
    }

    @Override
    public Iterator<? extends ExchangeRecord> records(RecordType type) {
        List<ExchangeRecord> sorted = new ArrayList<>(groups.getOrDefault(type, List.of()));
        sorted.sort((a, b) -> CanonicalRecords.compare(type, a, b));
        return sorted.iterator();
    }

    @Override
    public long total() {
        return groups.values().stream().mapToLong(List::size).sum();
    }
}
