package org.dolbom.app.demo;

import org.dolbom.domain.Resident;
import org.dolbom.domain.RrnChange;

/**
 * A demo resident before it is saved: no id, area, household or responsible staff yet.
 *
 * @param rrn {@link RrnChange.Set} for the residents who have an RRN on file, otherwise {@link RrnChange.Keep}
 */
public record DemoResident(Resident resident, RrnChange rrn) {
}
