package org.dolbom.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.dolbom.domain.Area;

public final class AreaStore {

    public AreaStore(Database database) {
    }

    /** All areas, ordered by township then name. A township has at most a few hundred. */
    public List<Area> list() {
        throw new UnsupportedOperationException("AreaStore.list");
    }

    public Optional<Area> find(UUID id) {
        throw new UnsupportedOperationException("AreaStore.find");
    }

    public Area save(Area area) {
        throw new UnsupportedOperationException("AreaStore.save");
    }
}
