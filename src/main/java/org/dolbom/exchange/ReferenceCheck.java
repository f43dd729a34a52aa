package org.dolbom.exchange;

import org.dolbom.exchange.json.RecordType;

/** Whether the receiving database already holds a record, for references a bundle does not resolve itself. */
@FunctionalInterface
public interface ReferenceCheck {

    boolean exists(RecordType type, String id);
}
