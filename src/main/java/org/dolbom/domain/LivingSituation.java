package org.dolbom.domain;

public enum LivingSituation {
    ALONE, ELDERLY_COUPLE, GRANDPARENT_GRANDCHILD, WITH_FAMILY, OTHER
}
