package org.dolbom.domain;

import java.util.Optional;

/**
 * A Korean telephone number, kept as digits and shown with hyphens the way Koreans write them:
 * {@code 010-1234-5678}, {@code 02-123-4567}, {@code 031-123-4567}, {@code 1588-1234}.
 */
public record PhoneNumber(String digits) {

    public PhoneNumber {
        if (digits == null || !isValidDigits(digits)) {
            throw new InvalidInputException(Problem.of("phone", "validation.phone.format"));
        }
    }

    /** Parses what a person typed: digits with any hyphens, spaces, dots or parentheses. */
    public static PhoneNumber parse(String text) {
        String digits = text == null ? "" : text.replaceAll("[\\s\\-.()]", "");
        return new PhoneNumber(digits);
    }

    /** Empty for blank text; otherwise the number, or the problem with it. */
    public static Optional<PhoneNumber> parseOptional(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parse(text));
    }

    private static boolean isValidDigits(String d) {
        if (!d.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (d.startsWith("010")) {
            return d.length() == 11;
        }
        if (d.matches("01[16789]\\d+")) {
            return d.length() == 10 || d.length() == 11;
        }
        if (d.startsWith("02")) {
            return d.length() == 9 || d.length() == 10;
        }
        if (d.matches("0(3[1-3]|4[1-4]|5[1-5]|6[1-4]|70|50\\d)\\d+")) {
            // 050x safe numbers come as 0505-123-4567 and 0504-1234-5678.
            return d.startsWith("050") ? d.length() == 11 || d.length() == 12 : d.length() == 10 || d.length() == 11;
        }
        return d.matches("1[5-9]\\d{6}");
    }

    /** The number with hyphens in the usual places. */
    public String formatted() {
        String d = digits;
        if (d.length() == 8) {
            return d.substring(0, 4) + "-" + d.substring(4);
        }
        int areaLength = d.startsWith("02") ? 2 : d.startsWith("050") ? 4 : 3;
        String area = d.substring(0, areaLength);
        String rest = d.substring(areaLength);
        int middle = rest.length() - 4;
        return area + "-" + rest.substring(0, middle) + "-" + rest.substring(middle);
    }

    /** The formatted number with the middle group hidden: {@code 010-****-5678}. */
    public String masked() {
        String formatted = formatted();
        int first = formatted.indexOf('-');
        int last = formatted.lastIndexOf('-');
        if (first == last) {
            return "****" + formatted.substring(last);
        }
        return formatted.substring(0, first + 1) + "*".repeat(last - first - 1) + formatted.substring(last);
    }

    public String lastFour() {
        return digits.substring(digits.length() - 4);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
