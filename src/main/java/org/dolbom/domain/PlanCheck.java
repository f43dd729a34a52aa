package org.dolbom.domain;

import java.time.LocalDate;
import java.util.UUID;

/** 점검: a check of a support plan; the first is due within 3 months of the plan, then every 6 months. */
public record PlanCheck(UUID id, UUID planId, LocalDate checkedOn, UUID staffId, String result, String note) {
}
