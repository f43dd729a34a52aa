package org.dolbom.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates the way Korean offices write them: {@code 1950. 1. 1.}; typing also accepts 19500101 and 1950-01-01. */
public final class KoreanDates {

    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})\\s*[.\\-/]\\s*(\\d{1,2})\\s*[.\\-/]\\s*(\\d{1,2})\\s*\\.?");

    private KoreanDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : date.getYear() + ". " + date.getMonthValue() + ". " + date.getDayOfMonth() + ".";
    }

    /** The date in the text; empty when the text is blank or is not a date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher m = COMPACT.matcher(t);
        if (!m.matches()) {
            m = SEPARATED.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
