package org.dolbom.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One ISO week, Monday to Sunday, as the team plans it ({@code 2026-W49}).
 *
 * @param monday the Monday the week starts on
 */
public record Week(LocalDate monday) implements Comparable<Week> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-?W(\\d{1,2})");

    public Week {
        Objects.requireNonNull(monday, "monday");
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday: " + monday);
        }
    }

    /** The week that contains the given day. */
    public static Week containing(LocalDate day) {
        return new Week(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** ISO week-based year and week number, e.g. {@code of(2026, 49)}. */
    public static Week of(int weekBasedYear, int week) {
        LocalDate thursday = LocalDate.of(weekBasedYear, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.THURSDAY);
        if (thursday.get(IsoFields.WEEK_BASED_YEAR) != weekBasedYear) {
            throw new DateTimeParseException("no such week", weekBasedYear + "-W" + week, 0);
        }
        return containing(thursday);
    }

    /** Parses {@code 2026-W49} (also {@code 2026W49}). */
    public static Week parse(String text) {
        Matcher m = ISO.matcher(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new DateTimeParseException("expected YYYY-Www", String.valueOf(text), 0);
        }
        int week = Integer.parseInt(m.group(2));
        if (week < 1 || week > 53) {
            throw new DateTimeParseException("expected a week from 1 to 53", text, 0);
        }
        return of(Integer.parseInt(m.group(1)), week);
    }

    public int weekBasedYear() {
        return monday.get(IsoFields.WEEK_BASED_YEAR);
    }

    public int weekNumber() {
        return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public LocalDate day(DayOfWeek dayOfWeek) {
        return monday.plusDays(dayOfWeek.getValue() - 1L);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(monday) && day.isBefore(monday.plusDays(7));
    }

    /** Monday to Friday, and Saturday when asked: the days a team could work, holidays not yet removed. */
    public List<LocalDate> weekdays(boolean includeSaturday) {
        List<LocalDate> days = new ArrayList<>();
        int last = includeSaturday ? 6 : 5;
        for (int i = 0; i < last; i++) {
            days.add(monday.plusDays(i));
        }
        return days;
    }

    public Week next() {
        return new Week(monday.plusWeeks(1));
    }

    public Week previous() {
        return new Week(monday.minusWeeks(1));
    }

    /**
     * The month this week is counted in and its number there, the way Korean offices say "12월 1주": a week belongs
     * to the month that holds its Thursday.
     */
    public MonthWeek monthWeek() {
        LocalDate thursday = day(DayOfWeek.THURSDAY);
        LocalDate firstThursday = thursday.withDayOfMonth(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));
        int number = (thursday.getDayOfMonth() - firstThursday.getDayOfMonth()) / 7 + 1;
        return new MonthWeek(YearMonth.from(thursday), number);
    }

    @Override
    public int compareTo(Week other) {
        return monday.compareTo(other.monday);
    }

    /** {@code 2026-W49}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d-W%02d", weekBasedYear(), weekNumber());
    }

    /** "12월 1주": the month a week is counted in and its number within that month. */
    public record MonthWeek(YearMonth month, int number) {
    }
}
