package org.dolbom.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.Sex;

/**
 * One planned visit as it is printed. There is no RRN here on purpose: a sheet travels in a car and lies on
 * kitchen tables, so it carries only what the visitor needs.
 *
 * @param time             visiting time as the leader wrote it ("10:00"); null leaves the cell blank to fill by hand
 * @param areaName         the 리/통/반 the row is grouped under, e.g. "양근리"
 * @param age              만 나이; null when the birth date is unknown
 * @param address          the full address with 리; wrapped on paper, never cut
 * @param phones           every number, printed in full (010-1234-5678)
 * @param purpose          why the visit is due, in plain words
 * @param lastVisitDate    null for a first visit
 * @param lastVisitOutcome e.g. "만남", "부재"; may be null
 * @param riskFlag         the one thing to keep in mind at the door, e.g. "독거·치매"; may be null
 * @param result           the result already recorded (the box printed ticked); null for a visit still to make
 */
public record SheetRow(
        LocalDate date,
        String time,
        String areaName,
        String residentName,
        Integer age,
        Sex sex,
        String address,
        List<PhoneNumber> phones,
        String purpose,
        LocalDate lastVisitDate,
        String lastVisitOutcome,
        String riskFlag,
        Result result) {

    /** A result already on the schedule, in the order of the boxes on the sheet. */
    public enum Result {
        DONE, ABSENT, REFUSED
    }

    /** A visit still to make. */
    public SheetRow(LocalDate date, String time, String areaName, String residentName, Integer age, Sex sex,
                    String address, List<PhoneNumber> phones, String purpose, LocalDate lastVisitDate,
                    String lastVisitOutcome, String riskFlag) {
        this(date, time, areaName, residentName, age, sex, address, phones, purpose, lastVisitDate, lastVisitOutcome,
                riskFlag, null);
    }

    public SheetRow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(residentName, "residentName");
        phones = phones == null ? List.of() : List.copyOf(phones);
    }
}
