package org.dolbom.domain;

/** An abnormal vital sign a nurse should look at again. */
public enum VitalsFlag {
    HIGH_BLOOD_PRESSURE, LOW_BLOOD_PRESSURE, HIGH_GLUCOSE, LOW_GLUCOSE, WEIGHT_LOSS
}
