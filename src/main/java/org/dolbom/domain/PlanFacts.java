package org.dolbom.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What the due function needs to know about one support plan. */
public record PlanFacts(UUID planId, PlanStatus status, LocalDate madeOn, LocalDate periodStart,
                        VisitFrequency visitFrequency) {
}
