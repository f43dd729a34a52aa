package org.dolbom.domain;

import java.util.UUID;

/**
 * One service of the catalogue, e.g. {@code H01 방문간호 (건강)}. A retired service stays readable on old plans and
 * visits but is no longer offered for new ones.
 */
public record ServiceEntry(UUID id, String code, String name, CareDomain domain, boolean retired) {
}
