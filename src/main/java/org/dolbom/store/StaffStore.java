package org.dolbom.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.Staff;
import org.dolbom.domain.StaffRole;
import org.dolbom.store.jooq.tables.records.StaffRecord;
import org.jooq.Condition;

import static org.dolbom.store.jooq.Tables.STAFF;

public final class StaffStore {

    private final Database database;

    public StaffStore(Database database) {
        this.database = database;
    }

    /** Staff ordered by name; inactive staff (who left the team) only when asked for. */
    public List<Staff> list(boolean includeInactive) {
        Condition live = STAFF.DELETED.eq(0);
        Condition shown = includeInactive ? live : live.and(STAFF.ACTIVE.eq(1));
        return database.read(ctx -> ctx.selectFrom(STAFF).where(shown).orderBy(STAFF.NAME, STAFF.ID)
                .fetch(StaffStore::toStaff));
    }

    public Optional<Staff> find(UUID id) {
        return database.read(ctx -> ctx.selectFrom(STAFF).where(STAFF.ID.eq(id.toString()), STAFF.DELETED.eq(0))
                .fetchOptional(StaffStore::toStaff));
    }

    /** Creates (null id) or updates a staff member; the replaced version goes to history. */
    public Staff save(Staff staff) {
        return database.write(ctx -> {
            StaffRecord existing = staff.id() == null ? null
                    : ctx.selectFrom(STAFF).where(STAFF.ID.eq(staff.id().toString())).fetchOne();
            StaffRecord record = ctx.newRecord(STAFF);
            record.setId(staff.id() == null ? null : staff.id().toString());
            record.setName(staff.name() == null ? null : staff.name().strip());
            record.setRole(staff.role() == null ? StaffRole.OTHER.name() : staff.role().name());
            record.setPhone(staff.phone() == null ? null : staff.phone().digits());
            record.setActive(staff.active() ? 1 : 0);
            record.setVisitsPerDay(staff.visitsPerDay());
            RecordVersions.store(ctx, record, existing, Map.of(), Map.of(), "edit", null,
                    Instant.now(database.clock()), database.origin(ctx));
            return toStaff(record);
        });
    }

    static Staff toStaff(StaffRecord r) {
        return new Staff(UUID.fromString(r.getId()), r.getName(), StaffRole.valueOf(r.getRole()),
                r.getPhone() == null ? null : new PhoneNumber(r.getPhone()), r.getActive() == 1,
                r.getVisitsPerDay());
    }
}
