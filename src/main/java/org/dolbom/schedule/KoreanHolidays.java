package org.dolbom.schedule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Korean public holidays (관공서의 공휴일) from the table shipped with Dolbom, substitute holidays included. 설날 and
 * 추석 move with the lunar calendar, so they are listed as solar dates rather than computed.
 */
public final class KoreanHolidays {

    private static final String TABLE = "/org/dolbom/schedule/holidays.csv";
    private static final KoreanHolidays SHIPPED = load();

    private final TreeMap<LocalDate, String> names;

    /** Holidays given as date → name; for tests and for a table a person extends. */
    public KoreanHolidays(Map<LocalDate, String> names) {
        this.names = new TreeMap<>(names);
    }

    /** The table shipped in Dolbom's resources. */
    public static KoreanHolidays shipped() {
        return SHIPPED;
    }

    /** No holidays at all: for planning tests that are not about holidays. */
    public static KoreanHolidays none() {
        return new KoreanHolidays(Map.of());
    }

    public boolean isHoliday(LocalDate day) {
        return names.containsKey(day);
    }

    /** The holiday's name, e.g. "추석" or "어린이날·부처님오신날" when two fall on one day. */
    public Optional<String> name(LocalDate day) {
        return Optional.ofNullable(names.get(day));
    }

    /** The working days of a week: Monday to Friday (and Saturday when asked), without holidays. */
    public List<LocalDate> workingDays(Week week, boolean includeSaturday) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day : week.weekdays(includeSaturday)) {
            if (!isHoliday(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** Whether the table knows the holidays of this day's year; outside it, only weekends are excluded. */
    public boolean covers(LocalDate day) {
        return !names.isEmpty() && day.getYear() >= names.firstKey().getYear()
                && day.getYear() <= names.lastKey().getYear();
    }

    /** All holidays in the table, in date order. */
    public Map<LocalDate, String> all() {
        return Collections.unmodifiableMap(names);
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static KoreanHolidays load() {
        try (InputStream in = KoreanHolidays.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("holiday table missing from the build: " + TABLE);
            }
            return new KoreanHolidays(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<LocalDate, String> parse(BufferedReader reader) throws IOException {
        Map<LocalDate, String> names = new TreeMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            int comma = row.indexOf(',');
            if (comma < 0) {
                throw new IllegalStateException("holiday table line " + number + " is not date,name");
            }
            try {
                LocalDate date = LocalDate.parse(row.substring(0, comma).strip());
                names.merge(date, row.substring(comma + 1).strip(), (a, b) -> a + "·" + b);
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("holiday table line " + number + " has no valid date", e);
            }
        }
        return names;
    }
}
