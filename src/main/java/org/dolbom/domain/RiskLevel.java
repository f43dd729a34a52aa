package org.dolbom.domain;

/** 위기도, from lowest to highest; the order is meaningful. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRISIS
}
