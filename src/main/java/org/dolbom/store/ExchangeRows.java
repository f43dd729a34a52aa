package org.dolbom.store;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dolbom.exchange.json.AssessmentDomainJson;
import org.dolbom.exchange.json.AssessmentJson;
import org.dolbom.exchange.json.ExchangeRecord;
import org.dolbom.exchange.json.RecordType;
import org.dolbom.exchange.json.VisitJson;
import org.dolbom.exchange.json.VisitServiceJson;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;

import static org.dolbom.store.jooq.Tables.AREA;
import static org.dolbom.store.jooq.Tables.ASSESSMENT;
import static org.dolbom.store.jooq.Tables.ASSESSMENT_DOMAIN;
import static org.dolbom.store.jooq.Tables.CONSENT;
import static org.dolbom.store.jooq.Tables.HOUSEHOLD;
import static org.dolbom.store.jooq.Tables.PLANNED_SERVICE;
import static org.dolbom.store.jooq.Tables.PLAN_CHECK;
import static org.dolbom.store.jooq.Tables.PROVIDER;
import static org.dolbom.store.jooq.Tables.RESIDENT;
import static org.dolbom.store.jooq.Tables.SCHEDULE_ENTRY;
import static org.dolbom.store.jooq.Tables.SERVICE;
import static org.dolbom.store.jooq.Tables.STAFF;
import static org.dolbom.store.jooq.Tables.SUPPORT_PLAN;
import static org.dolbom.store.jooq.Tables.VISIT;
import static org.dolbom.store.jooq.Tables.VISIT_SERVICE;
import static org.dolbom.store.jooq.Tables.VITALS;

/**
 * Moves exchangeable records between their table rows and their bundle form. Each field of a bundle record is the
 * column of the same name in snake_case; the few that are not (lineage, the plain RRN, vulnerabilities as a list,
 * and the child rows of assessments and visits) are handled by the caller.
 */
final class ExchangeRows {

    /** Bundle fields that are not a column of the record's own table. */
    static final Set<String> NOT_COLUMNS = Set.of("lineage", "rrn", "vulnerabilities", "domains", "services",
            "type");

    /** Columns that stay on this PC: derived keys and the sealed RRN. */
    static final Set<String> LOCAL_COLUMNS = Set.of("rrn_cipher", "rrn_fingerprint", "sort_name", "name_initials",
            "search_text", "phone_last4");

    private ExchangeRows() {
    }

    static Table<? extends TableRecord<?>> table(RecordType type) {
        return switch (type) {
            case STAFF -> STAFF;
            case AREAS -> AREA;
            case HOUSEHOLDS -> HOUSEHOLD;
            case RESIDENTS -> RESIDENT;
            case CONSENTS -> CONSENT;
            case ASSESSMENTS -> ASSESSMENT;
            case PLANS -> SUPPORT_PLAN;
            case PLANNED_SERVICES -> PLANNED_SERVICE;
            case PLAN_CHECKS -> PLAN_CHECK;
            case SERVICES -> SERVICE;
            case PROVIDERS -> PROVIDER;
            case VISITS -> VISIT;
            case VITALS -> VITALS;
            case SCHEDULE_ENTRIES -> SCHEDULE_ENTRY;
            case TOMBSTONES -> throw new IllegalArgumentException("tombstones have no table of their own");
        };
    }

    static Field<String> stringField(Table<?> table, String name) {
        return table.field(name, String.class);
    }

    static Field<Integer> intField(Table<?> table, String name) {
        return table.field(name, Integer.class);
    }

    static String column(String fieldName) {
        StringBuilder sb = new StringBuilder(fieldName.length() + 4);
        for (char c : fieldName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The bundle form of a row.
     *
     * @param special values for the fields in {@link #NOT_COLUMNS}, by field name
     */
    static ExchangeRecord toJson(RecordType type, Record row, Map<String, Object> special) {
        RecordComponent[] components = type.recordClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String name = component.getName();
            Object value = NOT_COLUMNS.contains(name) ? special.get(name) : row.get(column(name));
            values[i] = fromColumn(component.getType(), value);
        }
        return construct(type, components, values);
    }

    private static Object fromColumn(Class<?> target, Object value) {
        if (target == boolean.class) {
            return value != null && ((Number) value).intValue() == 1;
        }
        if (value == null) {
            return null;
        }
        if (target == Boolean.class) {
            return ((Number) value).intValue() == 1;
        }
        if (target == Integer.class) {
            return ((Number) value).intValue();
        }
        if (target == Double.class) {
            return ((Number) value).doubleValue();
        }
        if (target == LocalDate.class) {
            return LocalDate.parse(value.toString());
        }
        if (target == Instant.class) {
            return Instant.parse(value.toString());
        }
        if (target == List.class && value instanceof String codes) {
            // A list of codes kept in one comma-separated column (a schedule entry's reasons).
            return codes.isBlank() ? List.of() : List.of(codes.split(","));
        }
        return value;
    }

    private static ExchangeRecord construct(RecordType type, RecordComponent[] components, Object[] values) {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<? extends ExchangeRecord> constructor = type.recordClass().getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("bundle records are public records", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("bundle record refused its own values", e.getCause());
        }
    }

    /** Fields that say which version a record is rather than what it holds; never merged or compared. */
    static final Set<String> BOOKKEEPING = Set.of("id", "origin", "rev", "prevRev", "lineage", "createdAt",
            "updatedAt", "rrn", "rrnMasked", "type");

    /** The value of one field of a bundle record. */
    static Object value(ExchangeRecord record, String field) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(field)) {
                try {
                    return component.getAccessor().invoke(record);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("bundle records are public records", e);
                }
            }
        }
        throw new IllegalArgumentException("no field " + field);
    }

    /** The content fields of a record type, in declaration order. */
    static List<String> contentFields(RecordType type) {
        return Arrays.stream(type.recordClass().getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !BOOKKEEPING.contains(name)).toList();
    }

    /** Ours with the named fields taken from theirs. */
    static ExchangeRecord merge(RecordType type, ExchangeRecord ours, ExchangeRecord theirs, Set<String> fromTheirs) {
        RecordComponent[] components = type.recordClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            values[i] = value(fromTheirs.contains(name) && !BOOKKEEPING.contains(name) ? theirs : ours, name);
        }
        return construct(type, components, values);
    }

    /** The same record with the named fields changed, such as a linked resident's id mapped to ours. */
    static ExchangeRecord with(RecordType type, ExchangeRecord record, Map<String, Object> changed) {
        RecordComponent[] components = type.recordClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            values[i] = changed.containsKey(name) ? changed.get(name) : value(record, name);
        }
        return construct(type, components, values);
    }

    /** Sets every column the bundle record names on {@code row}; the special fields are left to the caller. */
    static void intoRow(ExchangeRecord record, TableRecord<?> row) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String name = component.getName();
            if (NOT_COLUMNS.contains(name)) {
                continue;
            }
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("bundle records are public records", e);
            }
            set(row, column(name), toColumn(value));
        }
    }

    static Object toColumn(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        if (value instanceof LocalDate || value instanceof Instant) {
            return value.toString();
        }
        if (value instanceof List<?> codes) {
            return String.join(",", codes.stream().map(String::valueOf).toList());
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static void set(TableRecord<?> row, String column, Object value) {
        Field<Object> field = (Field<Object>) row.field(column);
        if (field == null) {
            throw new IllegalStateException("no column " + column + " in " + row.getTable().getName());
        }
        row.set(field, field.getDataType().convert(value));
    }

    /** The child rows a record travels with: an assessment's domains, a visit's services. */
    static List<?> children(DSLContext ctx, RecordType type, String id) {
        if (type == RecordType.ASSESSMENTS) {
            return ctx.selectFrom(ASSESSMENT_DOMAIN).where(ASSESSMENT_DOMAIN.ASSESSMENT_ID.eq(id))
                    .orderBy(ASSESSMENT_DOMAIN.DOMAIN)
                    .fetch(r -> new AssessmentDomainJson(r.getDomain(), r.getNeedLevel(), r.getNote()));
        }
        if (type == RecordType.VISITS) {
            return ctx.selectFrom(VISIT_SERVICE).where(VISIT_SERVICE.VISIT_ID.eq(id))
                    .orderBy(VISIT_SERVICE.SERVICE_ID)
                    .fetch(r -> new VisitServiceJson(r.getServiceId(), r.getCount()));
        }
        return List.of();
    }

    /** The name of the child field, or null for records without children. */
    static String childField(RecordType type) {
        return switch (type) {
            case ASSESSMENTS -> "domains";
            case VISITS -> "services";
            default -> null;
        };
    }

    /** Replaces the child rows of a record with those the bundle record carries. */
    static void replaceChildren(DSLContext ctx, RecordType type, ExchangeRecord record) {
        if (record instanceof AssessmentJson assessment) {
            ctx.deleteFrom(ASSESSMENT_DOMAIN).where(ASSESSMENT_DOMAIN.ASSESSMENT_ID.eq(assessment.id())).execute();
            for (AssessmentDomainJson domain : assessment.domains()) {
                ctx.insertInto(ASSESSMENT_DOMAIN)
                        .set(ASSESSMENT_DOMAIN.ASSESSMENT_ID, assessment.id())
                        .set(ASSESSMENT_DOMAIN.DOMAIN, domain.domain())
                        .set(ASSESSMENT_DOMAIN.NEED_LEVEL, domain.needLevel())
                        .set(ASSESSMENT_DOMAIN.NOTE, domain.note())
                        .execute();
            }
        } else if (record instanceof VisitJson visit) {
            ctx.deleteFrom(VISIT_SERVICE).where(VISIT_SERVICE.VISIT_ID.eq(visit.id())).execute();
            for (VisitServiceJson service : visit.services()) {
                ctx.insertInto(VISIT_SERVICE)
                        .set(VISIT_SERVICE.VISIT_ID, visit.id())
                        .set(VISIT_SERVICE.SERVICE_ID, service.serviceId())
                        .set(VISIT_SERVICE.COUNT, service.count())
                        .execute();
            }
        }
    }

    /** Child rows as history content, so a replaced assessment or visit keeps its domains or services. */
    static Map<String, Object> childContent(DSLContext ctx, RecordType type, String id) {
        String field = childField(type);
        if (field == null) {
            return Map.of();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object child : children(ctx, type, id)) {
            Map<String, Object> row = new LinkedHashMap<>();
            if (child instanceof AssessmentDomainJson d) {
                row.put("domain", d.domain());
                row.put("need_level", d.needLevel());
                row.put("note", d.note());
            } else if (child instanceof VisitServiceJson s) {
                row.put("service_id", s.serviceId());
                row.put("count", s.count());
            }
            rows.add(row);
        }
        return Map.of(field, rows);
    }
}
