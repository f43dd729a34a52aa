package org.dolbom.exchange;

import java.time.LocalDate;
import java.util.List;

/**
 * What a bundle holds and why: every record, some areas (their ids), some residents (their ids) or everything changed
 * since a date. {@code reason} is the sender's own words, e.g. "전입: 행복동으로 이사".
 */
public record Scope(ScopeKind kind, List<String> values, LocalDate since, String reason) {

    public Scope {
        values = List.copyOf(values);
        if ((kind == ScopeKind.CHANGED_SINCE) != (since != null)) {
            throw new IllegalArgumentException("a date goes with changedSince, and only with it");
        }
        if ((kind == ScopeKind.AREAS || kind == ScopeKind.RESIDENTS) == values.isEmpty()) {
            throw new IllegalArgumentException("areas and residents scopes list their ids, others list none");
        }
    }

    public static Scope all(String reason) {
        return new Scope(ScopeKind.ALL, List.of(), null, reason);
    }

    public static Scope areas(List<String> areaIds, String reason) {
        return new Scope(ScopeKind.AREAS, areaIds, null, reason);
    }

    public static Scope residents(List<String> residentIds, String reason) {
        return new Scope(ScopeKind.RESIDENTS, residentIds, null, reason);
    }

    public static Scope changedSince(LocalDate since, String reason) {
        return new Scope(ScopeKind.CHANGED_SINCE, List.of(), since, reason);
    }
}
