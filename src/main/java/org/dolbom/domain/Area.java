package org.dolbom.domain;

import java.util.UUID;

/** A 리/통/반 or grid cell inside a township (읍면동), with an optional responsible staff member. */
public record Area(UUID id, String township, String name, AreaKind kind, UUID responsibleStaffId) {

    /** How the area is shown to a person, e.g. "양평읍 양근리". */
    public String label() {
        return township + " " + name;
    }
}
