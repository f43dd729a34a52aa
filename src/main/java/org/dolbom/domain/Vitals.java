package org.dolbom.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Vital signs taken on a visit; any of them may be missing.
 *
 * <p>Values outside what a living person can show are typing mistakes and are refused ({@link #problems()}).
 * Values inside that range but outside the usual one are flagged for the nurse ({@link #flags(Double)}):
 * blood pressure 140/90 or more, or under 90/60; glucose 126 mg/dL or more fasting, 200 or more otherwise, or
 * under 70; weight 5% or more below the previous weighing.
 *
 * @param glucose        blood glucose in mg/dL
 * @param glucoseFasting whether the glucose was taken fasting; unknown counts as not fasting
 */
public record Vitals(Integer systolic, Integer diastolic, Integer glucose, Boolean glucoseFasting, Double weightKg) {

    public static final int SYSTOLIC_MIN = 60;
    public static final int SYSTOLIC_MAX = 260;
    public static final int DIASTOLIC_MIN = 30;
    public static final int DIASTOLIC_MAX = 160;
    public static final int GLUCOSE_MIN = 20;
    public static final int GLUCOSE_MAX = 600;
    public static final double WEIGHT_MIN = 20;
    public static final double WEIGHT_MAX = 250;

    static final int HIGH_SYSTOLIC = 140;
    static final int HIGH_DIASTOLIC = 90;
    static final int LOW_SYSTOLIC = 90;
    static final int LOW_DIASTOLIC = 60;
    static final int HIGH_GLUCOSE_FASTING = 126;
    static final int HIGH_GLUCOSE_OTHER = 200;
    static final int LOW_GLUCOSE = 70;
    static final double WEIGHT_LOSS_SHARE = 0.05;

    public boolean isEmpty() {
        return systolic == null && diastolic == null && glucose == null && weightKg == null;
    }

    /** Values no one can have: each names its field and the plausible range. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if ((systolic == null) != (diastolic == null)) {
            problems.add(Problem.of("bloodPressure", "validation.vitals.bpPair"));
        }
        if (systolic != null && (systolic < SYSTOLIC_MIN || systolic > SYSTOLIC_MAX)) {
            problems.add(Problem.of("systolic", "validation.vitals.systolicRange", SYSTOLIC_MIN, SYSTOLIC_MAX));
        }
        if (diastolic != null && (diastolic < DIASTOLIC_MIN || diastolic > DIASTOLIC_MAX)) {
            problems.add(Problem.of("diastolic", "validation.vitals.diastolicRange", DIASTOLIC_MIN, DIASTOLIC_MAX));
        }
        if (systolic != null && diastolic != null && diastolic >= systolic) {
            problems.add(Problem.of("diastolic", "validation.vitals.bpOrder"));
        }
        if (glucose != null && (glucose < GLUCOSE_MIN || glucose > GLUCOSE_MAX)) {
            problems.add(Problem.of("glucose", "validation.vitals.glucoseRange", GLUCOSE_MIN, GLUCOSE_MAX));
        }
        if (weightKg != null && (weightKg.isNaN() || weightKg < WEIGHT_MIN || weightKg > WEIGHT_MAX)) {
            problems.add(Problem.of("weightKg", "validation.vitals.weightRange", (int) WEIGHT_MIN, (int) WEIGHT_MAX));
        }
        return problems;
    }

    /**
     * The abnormal values among plausible ones.
     *
     * @param previousWeightKg the resident's last weight before this visit, or {@code null} when none is known
     */
    public Set<VitalsFlag> flags(Double previousWeightKg) {
        Set<VitalsFlag> flags = EnumSet.noneOf(VitalsFlag.class);
        if (systolic != null && diastolic != null) {
            if (systolic >= HIGH_SYSTOLIC || diastolic >= HIGH_DIASTOLIC) {
                flags.add(VitalsFlag.HIGH_BLOOD_PRESSURE);
            } else if (systolic < LOW_SYSTOLIC || diastolic < LOW_DIASTOLIC) {
                flags.add(VitalsFlag.LOW_BLOOD_PRESSURE);
            }
        }
        if (glucose != null) {
            int high = Boolean.TRUE.equals(glucoseFasting) ? HIGH_GLUCOSE_FASTING : HIGH_GLUCOSE_OTHER;
            if (glucose >= high) {
                flags.add(VitalsFlag.HIGH_GLUCOSE);
            } else if (glucose < LOW_GLUCOSE) {
                flags.add(VitalsFlag.LOW_GLUCOSE);
            }
        }
        if (weightKg != null && previousWeightKg != null
                && weightKg <= previousWeightKg * (1 - WEIGHT_LOSS_SHARE)) {
            flags.add(VitalsFlag.WEIGHT_LOSS);
        }
        return flags;
    }
}
