package org.dolbom.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.dolbom.domain.Staff;

public final class StaffStore {

    public StaffStore(Database database) {
    }

    public List<Staff> list(boolean includeInactive) {
        throw new UnsupportedOperationException("StaffStore.list");
    }

    public Optional<Staff> find(UUID id) {
        throw new UnsupportedOperationException("StaffStore.find");
    }

    /** Creates (null id) or updates a staff member; the replaced version goes to history. */
    public Staff save(Staff staff) {
        throw new UnsupportedOperationException("StaffStore.save");
    }
}
