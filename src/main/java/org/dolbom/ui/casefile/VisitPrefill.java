package org.dolbom.ui.casefile;

import java.time.LocalDate;
import java.util.UUID;

import org.dolbom.domain.VisitKind;

/**
 * What a new visit form starts with, e.g. from a schedule entry: whom it is about, who visits, on which day and how.
 *
 * @param residentName shown in the form's title; may be {@code null}
 * @param staffId      {@code null} for the person using the app
 * @param date         {@code null} for now; another day starts at 09:00, a plausible guess the person can change
 * @param kind         {@code null} for a home visit
 */
public record VisitPrefill(UUID residentId, String residentName, UUID staffId, LocalDate date, VisitKind kind) {

    /** A new visit to the resident, now, by the person using the app, at home. */
    public static VisitPrefill forResident(UUID residentId, String residentName) {
        return new VisitPrefill(residentId, residentName, null, null, null);
    }
}
