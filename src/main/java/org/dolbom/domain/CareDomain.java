package org.dolbom.domain;

/** The seven care domains of the service catalogue (가사, 식사, 동행, 건강, 안전, 주거, 일시보호), plus special services. */
public enum CareDomain {
    HOUSEWORK, MEALS, ACCOMPANIMENT, HEALTH, SAFETY, HOUSING, RESPITE, SPECIAL
}
