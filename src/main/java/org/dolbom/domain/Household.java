package org.dolbom.domain;

import java.util.UUID;

/** 세대: one dwelling, its address and area. Members are the residents that point to it. */
public record Household(UUID id, UUID areaId, String roadAddress, String addressDetail, String note) {
}
