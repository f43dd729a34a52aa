package org.dolbom.exchange;

import java.util.Iterator;

import org.dolbom.exchange.json.ExchangeRecord;
import org.dolbom.exchange.json.RecordType;

/**
 * The records to write, one group at a time, each group in ascending id order (tombstones by their record's group,
 * then id), so that the writer streams them straight into canonical form. The store reads them {@code ORDER BY id}.
 */
public interface BundleSource {

    /** The records of one group; asked once per group, in {@link RecordType} order. */
    Iterator<? extends ExchangeRecord> records(RecordType type);

    /** How many records in all, for progress; -1 when not known. */
    default long total() {
        return -1;
    }
}
