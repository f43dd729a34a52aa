package org.dolbom.ui.schedule;

import java.util.UUID;

/** A row of the week grid: one staff member and the visits per day they can make. */
public record StaffColumn(UUID staffId, String name, int visitsPerDay) {
}
