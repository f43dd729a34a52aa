package org.dolbom.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules a resident must satisfy before it is saved. */
public final class ResidentRules {

    public static final int MAX_NAME_LENGTH = 50;
    /** Older than anyone alive: an earlier birth date is a typing mistake in the year. */
    public static final int MAX_AGE_YEARS = 130;

    private ResidentRules() {
    }

    /** Every problem with this resident, in form order; empty when it may be saved. */
    public static List<Problem> check(Resident r, RrnChange rrn, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (r.name() == null || r.name().isBlank()) {
            problems.add(Problem.of("name", "validation.name.required"));
        } else if (r.name().strip().length() > MAX_NAME_LENGTH) {
            problems.add(Problem.of("name", "validation.name.tooLong", MAX_NAME_LENGTH));
        }
        if (r.birthDate() == null) {
            problems.add(Problem.of("birthDate", "validation.birthDate.required"));
        } else if (r.birthDate().isAfter(today)) {
            problems.add(Problem.of("birthDate", "validation.birthDate.future"));
        } else if (r.birthDate().isBefore(today.minusYears(MAX_AGE_YEARS))) {
            problems.add(Problem.of("birthDate", "validation.birthDate.tooOld", MAX_AGE_YEARS));
        }
        if (r.sex() == null) {
            problems.add(Problem.of("sex", "validation.sex.required"));
        }
        if (rrn instanceof RrnChange.Set(Rrn number)) {
            if (number.birthDate().isAfter(today)) {
                problems.add(Problem.of("rrn", "validation.rrn.future"));
            } else if (r.birthDate() != null && !number.birthDate().equals(r.birthDate())) {
                problems.add(Problem.of("rrn", "validation.rrn.birthMismatch"));
            } else if (r.sex() != null && number.sex() != r.sex()) {
                problems.add(Problem.of("rrn", "validation.rrn.sexMismatch"));
            }
        }
        if (r.status() != ResidentStatus.ACTIVE && r.closureReason() == null) {
            problems.add(Problem.of("closureReason", "validation.closure.reasonRequired"));
        }
        if (r.closureReason() == ClosureReason.OTHER && (r.statusNote() == null || r.statusNote().isBlank())) {
            problems.add(Problem.of("statusNote", "validation.closure.noteRequired"));
        }
        if (r.statusDate() != null && r.statusDate().isAfter(today)) {
            problems.add(Problem.of("statusDate", "validation.statusDate.future"));
        }
        return problems;
    }
}
