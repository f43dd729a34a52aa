package org.dolbom.domain;

import java.time.LocalDate;
import java.util.UUID;

public record Consent(UUID id, ConsentKind kind, boolean granted, LocalDate givenOn, String note) {
}
