package org.dolbom.store;

import java.util.LinkedHashMap;

/** What {@code dolbom check} reports: SQLite's integrity check and a count per record type. */
public final class Inventory {

    public Inventory(Database database) {
    }

    /** {@code "ok"} or SQLite's first complaint. */
    public String integrity() {
        throw new UnsupportedOperationException("Inventory.integrity");
    }

    /** Live (not tombstoned) records per type, in a stable order: offices, staff, areas, households, residents, … */
    public LinkedHashMap<String, Long> counts() {
        throw new UnsupportedOperationException("Inventory.counts");
    }
}
