package org.dolbom.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One whitespace-separated word of the registry search box. A resident is found when every token matches. */
public sealed interface SearchToken {

    /**
     * Digits (hyphens and dots dropped): a birth date being typed ({@code 1950}, {@code 19500101},
     * {@code 500101}) or the last four digits of a phone ({@code 5678}); longer runs look through phone numbers.
     */
    record Digits(String digits) implements SearchToken {

        public Digits {
            if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("digits expected");
            }
        }

        /**
         * The start of an ISO birth date ({@code 1950-01-0} for {@code 1950010}) when the digits could be a
         * year, month and day being typed.
         */
        public Optional<String> birthDatePrefix() {
            if (digits.length() > 8) {
                return Optional.empty();
            }
            StringBuilder iso = new StringBuilder(digits.substring(0, Math.min(4, digits.length())));
            if (digits.length() > 4) {
                iso.append('-').append(digits, 4, Math.min(6, digits.length()));
            }
            if (digits.length() > 6) {
                iso.append('-').append(digits, 6, digits.length());
            }
            return Optional.of(iso.toString());
        }

        /** The birth dates a six-digit {@code YYMMDD} stands for: the one in the 1900s and the one in the 2000s. */
        public List<LocalDate> shortBirthDates() {
            if (digits.length() != 6) {
                return List.of();
            }
            List<LocalDate> dates = new ArrayList<>(2);
            int yy = Integer.parseInt(digits.substring(0, 2));
            for (int century : new int[] {1900, 2000}) {
                parseDate(century + yy, digits.substring(2)).ifPresent(dates::add);
            }
            return dates;
        }

        /** Up to four digits are the start of a phone's last four, as typed. */
        public Optional<String> phoneLastFourPrefix() {
            return digits.length() <= 4 ? Optional.of(digits) : Optional.<String>empty();
        }

        /** Longer runs that are not a whole date are looked for anywhere in the phone numbers. */
        public boolean searchesPhoneDigits() {
            if (digits.length() < 5) {
                return false;
            }
            boolean wholeDate = !shortBirthDates().isEmpty() || (digits.length() == 8
                    && parseDate(Integer.parseInt(digits.substring(0, 4)), digits.substring(4)).isPresent());
            return !wholeDate;
        }

        private static Optional<LocalDate> parseDate(int year, String monthDay) {
            try {
                return Optional.of(LocalDate.of(year, Integer.parseInt(monthDay.substring(0, 2)),
                        Integer.parseInt(monthDay.substring(2, 4))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * A word: part of a name (with 초성 and 두음 variants), an address or a 리 name.
     *
     * @param text    the word as typed, normalised; looked for in names, addresses and areas
     * @param matches the ways the word can match a name
     */
    record Words(String text, List<NameMatch> matches) implements SearchToken {

        public Words {
            matches = List.copyOf(matches);
        }

        /** Whether the word contains a 초성 jamo, so only names can match it (addresses are not kept as 초성). */
        public boolean hasJamo() {
            return text.chars().anyMatch(c -> Hangul.isInitialJamo((char) c));
        }

        /** Whether a name (in its stored, normalised form) matches this word. */
        public boolean matchesName(String sortName) {
            return matches.stream().anyMatch(m -> m.matches(sortName));
        }
    }

    /**
     * One way a word can match a name.
     *
     * @param pattern     what to look for
     * @param startOnly   only at the start of the name (두음 variants apply to the first syllable only)
     * @param whileTyping a guess at what the last syllable becomes as typing goes on ({@code 이숭} may become
     *                    {@code 이수연}); ranked after exact matches
     */
    record NameMatch(NamePattern pattern, boolean startOnly, boolean whileTyping) {

        public boolean matches(String sortName) {
            return startOnly ? pattern.matchesStartOf(sortName) : pattern.occursIn(sortName);
        }
    }
}
