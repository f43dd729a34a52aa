package org.dolbom.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.dolbom.domain.Household;

public final class HouseholdStore {

    public HouseholdStore(Database database) {
    }

    public Optional<Household> find(UUID id) {
        throw new UnsupportedOperationException("HouseholdStore.find");
    }

    public Household save(Household household) {
        throw new UnsupportedOperationException("HouseholdStore.save");
    }

    /** The other residents of the household, as list rows (phones masked). */
    public List<ResidentRow> members(UUID householdId) {
        throw new UnsupportedOperationException("HouseholdStore.members");
    }
}
