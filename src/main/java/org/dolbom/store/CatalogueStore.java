package org.dolbom.store;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.dolbom.domain.CareDomain;
import org.dolbom.domain.CatalogueRules;
import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.Problem;
import org.dolbom.domain.Provider;
import org.dolbom.domain.ProviderKind;
import org.dolbom.domain.ServiceEntry;
import org.dolbom.store.jooq.tables.records.ProviderRecord;
import org.dolbom.store.jooq.tables.records.ServiceRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;

import static org.dolbom.store.Columns.blankToNull;
import static org.dolbom.store.jooq.Tables.PLANNED_SERVICE;
import static org.dolbom.store.jooq.Tables.PROVIDER;
import static org.dolbom.store.jooq.Tables.REFERRAL;
import static org.dolbom.store.jooq.Tables.SERVICE;
import static org.dolbom.store.jooq.Tables.VISIT_SERVICE;

/**
 * The service catalogue and the providers. A service or provider that any plan or visit names can only be
 * retired (services) or kept (providers), never deleted, so old records stay readable.
 */
public final class CatalogueStore {

    private final Database database;

    public CatalogueStore(Database database) {
        this.database = database;
    }

    /** Services ordered by domain then code; retired ones only when asked for. */
    public List<ServiceEntry> services(boolean includeRetired) {
        Condition live = SERVICE.DELETED.eq(0);
        Condition shown = includeRetired ? live : live.and(SERVICE.RETIRED.eq(0));
        return database.read(ctx -> ctx.selectFrom(SERVICE).where(shown).fetch(CatalogueStore::toService)
                .stream()
                .sorted(Comparator.comparing((ServiceEntry s) -> s.domain().ordinal())
                        .thenComparing(ServiceEntry::code))
                .toList());
    }

    public Optional<ServiceEntry> service(UUID id) {
        return database.read(ctx -> ctx.selectFrom(SERVICE)
                .where(SERVICE.ID.eq(id.toString()), SERVICE.DELETED.eq(0))
                .fetchOptional(CatalogueStore::toService));
    }

    /**
     * Creates (null id) or updates a service; the replaced version goes to history.
     *
     * @throws InvalidInputException when code, name or domain are missing or malformed
     * @throws StoreException        {@code store.service.duplicateCode} when another service has the code
     */
    public ServiceEntry save(ServiceEntry service) {
        List<Problem> problems = CatalogueRules.check(service);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return database.write(ctx -> {
            String id = service.id() == null ? null : service.id().toString();
            String code = service.code().strip();
            boolean taken = ctx.fetchExists(SERVICE, SERVICE.CODE.eq(code),
                    id == null ? SERVICE.ID.isNotNull() : SERVICE.ID.ne(id));
            if (taken) {
                throw new StoreException("store.service.duplicateCode", code);
            }
            ServiceRecord existing = id == null ? null : liveService(ctx, service.id());
            ServiceRecord record = ctx.newRecord(SERVICE);
            record.setId(id);
            record.setCode(code);
            record.setName(service.name().strip());
            record.setDomain(service.domain().name());
            record.setRetired(service.retired() ? 1 : 0);
            RecordVersions.store(ctx, record, existing, Map.of(), Map.of(), "edit", null,
                    Instant.now(database.clock()), database.origin(ctx));
            return toService(record);
        });
    }

    /** Takes a service out of (or back into) what new plans and visits can pick. */
    public ServiceEntry setRetired(UUID id, boolean retired) {
        return database.write(ctx -> {
            ServiceEntry current = toService(liveService(ctx, id));
            return save(new ServiceEntry(current.id(), current.code(), current.name(), current.domain(), retired));
        });
    }

    /**
     * Deletes (tombstones) a service entered by mistake.
     *
     * @throws StoreException {@code store.service.inUse} when a plan or visit names it: retire it instead
     */
    public void deleteService(UUID id) {
        database.write(ctx -> {
            ServiceRecord existing = liveService(ctx, id);
            boolean used = ctx.fetchExists(PLANNED_SERVICE, PLANNED_SERVICE.SERVICE_ID.eq(existing.getId()))
                    || ctx.fetchExists(VISIT_SERVICE, VISIT_SERVICE.SERVICE_ID.eq(existing.getId()));
            if (used) {
                throw new StoreException("store.service.inUse", existing.getName());
            }
            ServiceRecord tombstone = existing.copy();
            tombstone.setDeleted(1);
            RecordVersions.store(ctx, tombstone, existing, Map.of(), Map.of(), "delete", null,
                    Instant.now(database.clock()), database.origin(ctx));
            return null;
        });
    }

    /** Providers ordered by name. */
    public List<Provider> providers() {
        return database.read(ctx -> ctx.selectFrom(PROVIDER).where(PROVIDER.DELETED.eq(0))
                .orderBy(PROVIDER.NAME, PROVIDER.ID).fetch(CatalogueStore::toProvider));
    }

    public Optional<Provider> provider(UUID id) {
        return database.read(ctx -> ctx.selectFrom(PROVIDER)
                .where(PROVIDER.ID.eq(id.toString()), PROVIDER.DELETED.eq(0))
                .fetchOptional(CatalogueStore::toProvider));
    }

    /**
     * Creates (null id) or updates a provider; the replaced version goes to history.
     *
     * @throws InvalidInputException when the name is missing or too long
     */
    public Provider save(Provider provider) {
        List<Problem> problems = CatalogueRules.check(provider);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return database.write(ctx -> {
            ProviderRecord existing = provider.id() == null ? null : liveProvider(ctx, provider.id());
            ProviderRecord record = ctx.newRecord(PROVIDER);
            record.setId(provider.id() == null ? null : provider.id().toString());
            record.setName(provider.name().strip());
            record.setKind((provider.kind() == null ? ProviderKind.OTHER : provider.kind()).name());
            record.setPhone(provider.phone() == null ? null : provider.phone().digits());
            RecordVersions.store(ctx, record, existing, Map.of(), Map.of(), "edit", null,
                    Instant.now(database.clock()), database.origin(ctx));
            return toProvider(record);
        });
    }

    /**
     * Deletes (tombstones) a provider entered by mistake.
     *
     * @throws StoreException {@code store.provider.inUse} when a plan or referral names it
     */
    public void deleteProvider(UUID id) {
        database.write(ctx -> {
            ProviderRecord existing = liveProvider(ctx, id);
            boolean used = ctx.fetchExists(PLANNED_SERVICE, PLANNED_SERVICE.PROVIDER_ID.eq(existing.getId()))
                    || ctx.fetchExists(REFERRAL, REFERRAL.PROVIDER_ID.eq(existing.getId()));
            if (used) {
                throw new StoreException("store.provider.inUse", existing.getName());
            }
            ProviderRecord tombstone = existing.copy();
            tombstone.setDeleted(1);
            RecordVersions.store(ctx, tombstone, existing, Map.of(), Map.of(), "delete", null,
                    Instant.now(database.clock()), database.origin(ctx));
            return null;
        });
    }

    private static ServiceRecord liveService(DSLContext ctx, UUID id) {
        ServiceRecord row = ctx.selectFrom(SERVICE).where(SERVICE.ID.eq(id.toString()), SERVICE.DELETED.eq(0))
                .fetchOne();
        if (row == null) {
            throw new StoreException("store.service.missing");
        }
        return row;
    }

    private static ProviderRecord liveProvider(DSLContext ctx, UUID id) {
        ProviderRecord row = ctx.selectFrom(PROVIDER).where(PROVIDER.ID.eq(id.toString()), PROVIDER.DELETED.eq(0))
                .fetchOne();
        if (row == null) {
            throw new StoreException("store.provider.missing");
        }
        return row;
    }

    static ServiceEntry toService(ServiceRecord r) {
        return new ServiceEntry(UUID.fromString(r.getId()), r.getCode(), r.getName(), CareDomain.valueOf(r.getDomain()),
                r.getRetired() == 1);
    }

    static Provider toProvider(ProviderRecord r) {
        return new Provider(UUID.fromString(r.getId()), r.getName(), kind(r.getKind()),
                r.getPhone() == null ? null : new PhoneNumber(r.getPhone()));
    }

    /** Providers from another office may carry a kind this version does not know; they show as OTHER. */
    private static ProviderKind kind(String text) {
        try {
            return ProviderKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            return ProviderKind.OTHER;
        }
    }
}
