package org.dolbom.domain;

import java.util.UUID;

public record Staff(UUID id, String name, StaffRole role, PhoneNumber phone, boolean active, int visitsPerDay) {
}
