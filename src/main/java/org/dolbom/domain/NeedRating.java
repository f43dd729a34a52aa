package org.dolbom.domain;

/**
 * One domain of an assessment: how much help is needed, from 0 (none) to 3 (urgent), and why.
 */
public record NeedRating(NeedDomain domain, int level, String note) {

    public static final int MIN_LEVEL = 0;
    public static final int MAX_LEVEL = 3;
}
