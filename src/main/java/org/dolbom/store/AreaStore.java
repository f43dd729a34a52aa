package org.dolbom.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.dolbom.domain.Area;
import org.dolbom.domain.AreaKind;
import org.dolbom.store.jooq.tables.records.AreaRecord;

import static org.dolbom.store.jooq.Tables.AREA;

public final class AreaStore {

    private final Database database;

    public AreaStore(Database database) {
        this.database = database;
    }

    /** All areas, ordered by township then name. A township has at most a few hundred. */
    public List<Area> list() {
        return database.read(ctx -> ctx.selectFrom(AREA).where(AREA.DELETED.eq(0))
                .orderBy(AREA.TOWNSHIP, AREA.NAME).fetch(AreaStore::toArea));
    }

    public Optional<Area> find(UUID id) {
        return database.read(ctx -> ctx.selectFrom(AREA).where(AREA.ID.eq(id.toString()), AREA.DELETED.eq(0))
                .fetchOptional(AreaStore::toArea));
    }

    /**
     * Creates (null id) or updates an area; the replaced version goes to history.
     *
     * @throws StoreException {@code store.area.duplicate} when the township already has an area of that name
     */
    public Area save(Area area) {
        return database.write(ctx -> {
            String id = area.id() == null ? null : area.id().toString();
            String township = area.township() == null ? null : area.township().strip();
            String name = area.name() == null ? null : area.name().strip();
            boolean taken = ctx.fetchExists(AREA, AREA.TOWNSHIP.eq(township), AREA.NAME.eq(name),
                    id == null ? AREA.ID.isNotNull() : AREA.ID.ne(id));
            if (taken) {
                throw new StoreException("store.area.duplicate", township + " " + name);
            }
            AreaRecord existing = id == null ? null : ctx.selectFrom(AREA).where(AREA.ID.eq(id)).fetchOne();
            AreaRecord record = ctx.newRecord(AREA);
            record.setId(id);
            record.setTownship(township);
            record.setName(name);
            record.setKind(area.kind() == null ? AreaKind.RI.name() : area.kind().name());
            record.setResponsibleStaffId(area.responsibleStaffId() == null ? null
                    : area.responsibleStaffId().toString());
            RecordVersions.store(ctx, record, existing, Map.of(), Map.of(), "edit", null,
                    Instant.now(database.clock()), database.origin(ctx));
            return toArea(record);
        });
    }

    static Area toArea(AreaRecord r) {
        return new Area(UUID.fromString(r.getId()), r.getTownship(), r.getName(), AreaKind.valueOf(r.getKind()),
                r.getResponsibleStaffId() == null ? null : UUID.fromString(r.getResponsibleStaffId()));
    }
}
