package org.dolbom.domain;

public enum Sex {
    M, F
}
