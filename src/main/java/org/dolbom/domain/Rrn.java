package org.dolbom.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 주민등록번호 (resident registration number), held only in memory.
 *
 * <p>Accepted as {@code YYMMDD-NNNNNNN} or {@code YYMMDDNNNNNNN}. The 7th digit gives century and sex: 1/2 for the
 * 1900s, 3/4 for the 2000s, 5/6 and 7/8 for registered foreigners of those centuries, 9/0 for the 1800s; odd is male.
 * The old check digit is not verified: numbers issued since October 2020 no longer carry one.
 *
 * <p>{@link #toString()} is masked, so a stray log line or string concatenation never shows the number.
 */
public final class Rrn {

    private final String digits;
    private final LocalDate birthDate;
    private final Sex sex;

    private Rrn(String digits, LocalDate birthDate, Sex sex) {
        this.digits = digits;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    /** Parses a number, or throws with the problem a person should be told about. */
    public static Rrn parse(String text) {
        String compact = text == null ? "" : text.strip();
        if (compact.length() == 14 && compact.charAt(6) == '-') {
            compact = compact.substring(0, 6) + compact.substring(7);
        }
        if (compact.length() != 13 || !compact.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInputException(Problem.of("rrn", "validation.rrn.format"));
        }
        int genderDigit = compact.charAt(6) - '0';
        int century = switch (genderDigit) {
            case 9, 0 -> 1800;
            case 1, 2, 5, 6 -> 1900;
            default -> 2000;
        };
        int year = century + Integer.parseInt(compact.substring(0, 2));
        int month = Integer.parseInt(compact.substring(2, 4));
        int day = Integer.parseInt(compact.substring(4, 6));
        LocalDate birth;
        try {
            birth = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidInputException(Problem.of("rrn", "validation.rrn.date"));
        }
        Sex sex = genderDigit % 2 == 1 ? Sex.M : Sex.F;
        return new Rrn(compact, birth, sex);
    }

    /** The problem with this text as an RRN, if any. */
    public static Optional<Problem> check(String text) {
        try {
            parse(text);
            return Optional.empty();
        } catch (InvalidInputException e) {
            return Optional.of(e.problems().getFirst());
        }
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    /** {@code 900101-1******}: birth date and the sex digit, which are shown as plain fields anyway. */
    public String masked() {
        return digits.substring(0, 6) + "-" + digits.charAt(6) + "******";
    }

    /** The full number with its hyphen. Only for encryption and the audited "show" action. */
    public String reveal() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rrn other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
