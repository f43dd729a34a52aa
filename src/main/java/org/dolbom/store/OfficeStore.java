package org.dolbom.store;

import java.util.Optional;

import org.dolbom.domain.Office;

public final class OfficeStore {

    public OfficeStore(Database database) {
    }

    /** The office this file belongs to; empty until first-run setup. */
    public Optional<Office> office() {
        throw new UnsupportedOperationException("OfficeStore.office");
    }

    /** Sets the office identity. Refused ({@code store.office.alreadySet}) once records exist under another code. */
    public Office register(Office office) {
        throw new UnsupportedOperationException("OfficeStore.register");
    }
}
