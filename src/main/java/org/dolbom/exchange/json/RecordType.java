package org.dolbom.exchange.json;

/**
 * The record groups of a bundle, in canonical order: a bundle lists its groups in this order and the checksum is
 * computed in this order. Adding a group is a new format version.
 */
public enum RecordType {
    STAFF("staff", StaffJson.class),
    AREAS("areas", AreaJson.class),
    HOUSEHOLDS("households", HouseholdJson.class),
    RESIDENTS("residents", ResidentJson.class),
    CONSENTS("consents", ConsentJson.class),
    ASSESSMENTS("assessments", AssessmentJson.class),
    PLANS("plans", PlanJson.class),
    PLANNED_SERVICES("plannedServices", PlannedServiceJson.class),
    PLAN_CHECKS("planChecks", PlanCheckJson.class),
    SERVICES("services", ServiceJson.class),
    PROVIDERS("providers", ProviderJson.class),
    VISITS("visits", VisitJson.class),
    VITALS("vitals", VitalsJson.class),
    SCHEDULE_ENTRIES("scheduleEntries", ScheduleEntryJson.class),
    TOMBSTONES("tombstones", TombstoneJson.class);

    private final String jsonName;
    private final Class<? extends ExchangeRecord> recordClass;

    RecordType(String jsonName, Class<? extends ExchangeRecord> recordClass) {
        this.jsonName = jsonName;
        this.recordClass = recordClass;
    }

    /** The group's member name in the bundle's {@code records} object. */
    public String jsonName() {
        return jsonName;
    }

    public Class<? extends ExchangeRecord> recordClass() {
        return recordClass;
    }

    /** The group with this member name, or null when the name is not a group of this format. */
    public static RecordType ofJsonName(String name) {
        for (RecordType type : values()) {
            if (type.jsonName.equals(name)) {
                return type;
            }
        }
        return null;
    }
}
