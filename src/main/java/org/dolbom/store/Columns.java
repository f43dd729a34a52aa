package org.dolbom.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Conversions between domain values and the text columns of the schema. */
final class Columns {

    /** Visits are kept to the minute, so the text sorts the same way the times do. */
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Columns() {
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static String minutes(LocalDateTime at) {
        return at == null ? null : at.format(MINUTES);
    }

    static LocalDateTime dateTime(String text) {
        return text == null ? null : LocalDateTime.parse(text);
    }

    static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
