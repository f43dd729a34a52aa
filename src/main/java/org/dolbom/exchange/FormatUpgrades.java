package org.dolbom.exchange;

import org.dolbom.exchange.json.RecordType;

import tools.jackson.databind.node.ObjectNode;

/**
 * Brings a record or envelope written by an older format version up to the current one before it is bound, so the
 * rest of the reader only knows the current format. Version 1 is the first: nothing to upgrade yet. A version 2
 * adds a step here ({@code if (version < 2) { rename or default fields }}) and keeps every earlier step.
 */
final class FormatUpgrades {

    private FormatUpgrades() {
    }

    static ObjectNode record(RecordType type, ObjectNode record, int version) {
        return record;
    }

    static ObjectNode envelope(ObjectNode envelope, int version) {
        return envelope;
    }
}
