package org.dolbom.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.dolbom.domain.Household;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.Sex;
import org.dolbom.store.jooq.tables.records.HouseholdRecord;

import static org.dolbom.store.jooq.Tables.AREA;
import static org.dolbom.store.jooq.Tables.HOUSEHOLD;
import static org.dolbom.store.jooq.Tables.RESIDENT;

public final class HouseholdStore {

    private final Database database;

    public HouseholdStore(Database database) {
        this.database = database;
    }

    public Optional<Household> find(UUID id) {
        return database.read(ctx -> ctx.selectFrom(HOUSEHOLD)
                .where(HOUSEHOLD.ID.eq(id.toString()), HOUSEHOLD.DELETED.eq(0))
                .fetchOptional(HouseholdStore::toHousehold));
    }

    /** Creates (null id) or updates a household; the replaced version goes to history. */
    public Household save(Household household) {
        return database.write(ctx -> {
            String id = household.id() == null ? null : household.id().toString();
            HouseholdRecord existing = id == null ? null
                    : ctx.selectFrom(HOUSEHOLD).where(HOUSEHOLD.ID.eq(id)).fetchOne();
            HouseholdRecord record = ctx.newRecord(HOUSEHOLD);
            record.setId(id);
            fill(record, household);
            RecordVersions.store(ctx, record, existing, Map.of(), Map.of(), "edit", null,
                    Instant.now(database.clock()), database.origin(ctx));
            return toHousehold(record);
        });
    }

    /** The residents of the household, as list rows (phones masked), ordered by name. */
    public List<ResidentRow> members(UUID householdId) {
        return database.read(ctx -> ctx.select(RESIDENT.ID, RESIDENT.NAME, RESIDENT.BIRTH_DATE, RESIDENT.SEX,
                        RESIDENT.PHONE_MOBILE, RESIDENT.PHONE_HOME, AREA.TOWNSHIP, AREA.NAME, RESIDENT.STATUS,
                        RESIDENT.RISK_LEVEL)
                .from(RESIDENT)
                .leftJoin(AREA).on(AREA.ID.eq(RESIDENT.AREA_ID))
                .where(RESIDENT.HOUSEHOLD_ID.eq(householdId.toString()), RESIDENT.DELETED.eq(0))
                .orderBy(RESIDENT.SORT_NAME, RESIDENT.BIRTH_DATE, RESIDENT.ID)
                .fetch(r -> new ResidentRow(
                        UUID.fromString(r.get(RESIDENT.ID)),
                        r.get(RESIDENT.NAME),
                        LocalDate.parse(r.get(RESIDENT.BIRTH_DATE)),
                        Sex.valueOf(r.get(RESIDENT.SEX)),
                        maskedPhone(r.get(RESIDENT.PHONE_MOBILE), r.get(RESIDENT.PHONE_HOME)),
                        r.get(AREA.TOWNSHIP) == null ? "" : r.get(AREA.TOWNSHIP) + " " + r.get(AREA.NAME),
                        ResidentStatus.valueOf(r.get(RESIDENT.STATUS)),
                        RiskLevel.valueOf(r.get(RESIDENT.RISK_LEVEL)))));
    }

    private static String maskedPhone(String mobile, String home) {
        String digits = mobile != null ? mobile : home;
        return digits == null ? "" : new PhoneNumber(digits).masked();
    }

    static void fill(HouseholdRecord record, Household household) {
        record.setAreaId(household.areaId() == null ? null : household.areaId().toString());
        record.setRoadAddress(household.roadAddress() == null ? null : household.roadAddress().strip());
        record.setAddressDetail(household.addressDetail());
        record.setNote(household.note());
    }

    static Household toHousehold(HouseholdRecord r) {
        return new Household(UUID.fromString(r.getId()),
                r.getAreaId() == null ? null : UUID.fromString(r.getAreaId()),
                r.getRoadAddress(), r.getAddressDetail(), r.getNote());
    }
}
