package org.dolbom.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.Office;
import org.dolbom.domain.Problem;

import static org.dolbom.store.jooq.Tables.AREA;
import static org.dolbom.store.jooq.Tables.HOUSEHOLD;
import static org.dolbom.store.jooq.Tables.OFFICE;
import static org.dolbom.store.jooq.Tables.RESIDENT;
import static org.dolbom.store.jooq.Tables.STAFF;

public final class OfficeStore {

    public static final int MAX_CODE_LENGTH = 20;
    public static final int MAX_NAME_LENGTH = 100;

    private final Database database;

    public OfficeStore(Database database) {
        this.database = database;
    }

    /** The office this file belongs to; empty until first-run setup. */
    public Optional<Office> office() {
        return database.read(ctx -> ctx.selectFrom(OFFICE).fetchOptional(r -> new Office(r.getCode(), r.getName())));
    }

    /**
     * Sets the office identity, or renames it under the same code.
     *
     * @throws InvalidInputException when the code or name is blank or too long
     * @throws StoreException {@code store.office.alreadySet} once records exist under another code
     */
    public Office register(Office office) {
        String code = office.code() == null ? "" : office.code().strip();
        String name = office.name() == null ? "" : office.name().strip();
        List<Problem> problems = new ArrayList<>();
        if (code.isEmpty() || code.length() > MAX_CODE_LENGTH) {
            problems.add(Problem.of("code", "store.office.codeInvalid", MAX_CODE_LENGTH));
        }
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            problems.add(Problem.of("name", "store.office.nameInvalid", MAX_NAME_LENGTH));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Office registered = new Office(code, name);
        database.write(ctx -> {
            var existing = ctx.selectFrom(OFFICE).fetchOne();
            if (existing != null && !existing.getCode().equals(code)) {
                // Records carry the code as their origin; changing it under them would break their lineage.
                boolean hasRecords = ctx.fetchExists(STAFF, STAFF.ORIGIN.eq(existing.getCode()))
                        || ctx.fetchExists(AREA, AREA.ORIGIN.eq(existing.getCode()))
                        || ctx.fetchExists(HOUSEHOLD, HOUSEHOLD.ORIGIN.eq(existing.getCode()))
                        || ctx.fetchExists(RESIDENT, RESIDENT.ORIGIN.eq(existing.getCode()));
                if (hasRecords) {
                    throw new StoreException("store.office.alreadySet", existing.getCode());
                }
            }
            ctx.insertInto(OFFICE)
                    .set(OFFICE.SINGLETON, 1)
                    .set(OFFICE.CODE, code)
                    .set(OFFICE.NAME, name)
                    .set(OFFICE.CREATED_AT, Instant.now(database.clock()).toString())
                    .onConflict(OFFICE.SINGLETON)
                    .doUpdate()
                    .set(OFFICE.CODE, code)
                    .set(OFFICE.NAME, name)
                    .execute();
            database.forgetOrigin();
            return registered;
        });
        database.forgetOrigin();
        return registered;
    }
}
