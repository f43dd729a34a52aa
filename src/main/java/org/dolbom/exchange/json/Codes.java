package org.dolbom.exchange.json;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.dolbom.domain.DueReason;

/** The closed sets of codes the format allows, mirroring the database's CHECK constraints. */
final class Codes {

    static final Set<String> STAFF_ROLES = Set.of("TEAM_LEADER", "SOCIAL_WORKER", "VISITING_NURSE", "OTHER");
    static final Set<String> AREA_KINDS = Set.of("RI", "TONG", "BAN", "GRID");
    static final Set<String> SEXES = Set.of("M", "F");
    static final Set<String> RISK_LEVELS = Set.of("LOW", "MEDIUM", "HIGH", "CRISIS");
    static final Set<String> RESIDENT_STATUSES = Set.of("ACTIVE", "CLOSED", "TRANSFERRED", "DECEASED");
    static final Set<String> CONSENT_KINDS = Set.of("COLLECTION_USE", "THIRD_PARTY");
    static final Set<String> SERVICE_DOMAINS = Set.of("HOUSEWORK", "MEALS", "ACCOMPANIMENT", "HEALTH", "SAFETY",
            "HOUSING", "RESPITE", "SPECIAL");
    static final Set<String> ASSESSMENT_DOMAINS = Set.of("HEALTH_ADL", "MEALS", "HOUSEWORK", "MOBILITY", "SAFETY",
            "HOUSING", "RESPITE", "ECONOMY", "ISOLATION");
    static final Set<String> VISIT_FREQUENCIES = Set.of("WEEKLY", "BIWEEKLY", "MONTHLY", "QUARTERLY");
    static final Set<String> PLAN_STATUSES = Set.of("DRAFT", "ACTIVE", "UNDER_REVIEW", "ENDED");
    static final Set<String> VISIT_KINDS = Set.of("HOME", "PHONE", "OFFICE", "ACCOMPANIMENT", "OUTREACH");
    static final Set<String> VISIT_OUTCOMES = Set.of("MET", "ABSENT", "REFUSED");
    static final Set<String> SCHEDULE_STATUSES = Set.of("PLANNED", "DONE", "ABSENT", "REFUSED", "MISSED", "MOVED");
    /** Why a scheduled visit was due; the domain's own list, since no table constrains it. */
    static final Set<String> DUE_REASONS = Arrays.stream(DueReason.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private Codes() {
    }
}
