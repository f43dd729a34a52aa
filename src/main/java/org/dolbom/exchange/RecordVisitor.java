package org.dolbom.exchange;

import org.dolbom.exchange.json.ExchangeRecord;
import org.dolbom.exchange.json.RecordType;

/**
 * Receives each record as it is read. The bundle is only known to be whole at the end of the read, so whatever a
 * visitor does must be undone when the read is refused (the store reads inside its import transaction).
 */
@FunctionalInterface
public interface RecordVisitor {

    RecordVisitor NONE = (type, record) -> { };

    void record(RecordType type, ExchangeRecord record);
}
