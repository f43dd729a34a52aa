package org.dolbom.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import java.util.Random;

import org.dolbom.testing.ForAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RrnTest {

    @Test
    void derivesBirthDateAndSexAndMasksTheRest() {
        Rrn rrn = Rrn.parse("900101-1234567");

        assertThat(rrn.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(rrn.sex()).isEqualTo(Sex.M);
        assertThat(rrn.masked()).isEqualTo("900101-1******");
        assertThat(rrn.toString()).doesNotContain("234567");
    }

    @Test
    void acceptsTheNumberWithOrWithoutItsHyphen() {
        assertThat(Rrn.parse("9001012234567")).isEqualTo(Rrn.parse("900101-2234567"));
        assertThat(Rrn.parse(" 900101-2234567 ").reveal()).isEqualTo("900101-2234567");
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1990, M", "2, 1990, F", "3, 2090, M", "4, 2090, F",
        "5, 1990, M", "6, 1990, F", "7, 2090, M", "8, 2090, F",
        "9, 1890, M", "0, 1890, F"})
    void theSeventhDigitGivesCenturyAndSex(char digit, int year, Sex sex) {
        Rrn rrn = Rrn.parse("900315-" + digit + "000000");

        assertThat(rrn.birthDate()).isEqualTo(LocalDate.of(year, 3, 15));
        assertThat(rrn.sex()).isEqualTo(sex);
    }

    @Test
    void anOldCheckDigitIsNotRequired() {
        // 900101-1234568 fails the pre-2020 checksum; numbers issued since then carry none.
        assertThat(Rrn.check("900101-1234568")).isEmpty();
        assertThat(Rrn.check("900101-1234567")).isEmpty();
    }

    @Test
    void refusesAnImpossibleDate() {
        assertThatThrownBy(() -> Rrn.parse("900230-2234567"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("validation.rrn.date");
        assertThat(Rrn.check("001301-3234567")).map(Problem::messageKey).contains("validation.rrn.date");
        // 2000 was a leap year, 1900 was not.
        assertThat(Rrn.check("000229-3234567")).isEmpty();
        assertThat(Rrn.check("000229-1234567")).map(Problem::messageKey).contains("validation.rrn.date");
    }

    @ParameterizedTest
    @CsvSource({"''", "12345", "900101-123456", "900101-12345678", "90010a-1234567", "900101_1234567",
        "9001-011234567"})
    void refusesWhatIsNotAnRrn(String text) {
        assertThat(Rrn.check(text)).map(Problem::messageKey).contains("validation.rrn.format");
        assertThat(Rrn.check(text)).map(Problem::field).contains("rrn");
    }

    @Test
    void aRefusalNeverRepeatsTheNumber() {
        assertThatThrownBy(() -> Rrn.parse("900230-2234567")).message().doesNotContain("2234567");
    }

    @Test
    void theMaskedFormAndToStringNeverRevealTheLastSix() {
        ForAll.check(RrnTest::rrn, number -> {
            Rrn rrn = Rrn.parse(number);
            String lastSix = number.substring(8);

            assertThat(rrn.masked()).isEqualTo(number.substring(0, 8) + "******");
            assertThat(rrn.toString()).isEqualTo(rrn.masked()).doesNotContain(lastSix);
            assertThat(rrn.reveal()).isEqualTo(number);
        });
    }

    @Test
    void birthDateAndSexRoundTripThroughTheFrontDigits() {
        ForAll.check(RrnTest::rrn, number -> {
            Rrn rrn = Rrn.parse(number);

            assertThat(rrn.birthDate().format(DateTimeFormatter.ofPattern("yyMMdd"))).isEqualTo(number.substring(0, 6));
            assertThat(rrn.sex() == Sex.M).isEqualTo((number.charAt(7) - '0') % 2 == 1);
        });
    }

    /** A valid number: a real date in the century its 7th digit names, any last six digits. */
    private static String rrn(Random random) {
        int digit = random.nextInt(10);
        int century = switch (digit) {
            case 9, 0 -> 1800;
            case 1, 2, 5, 6 -> 1900;
            default -> 2000;
        };
        LocalDate birth = LocalDate.of(century + random.nextInt(100), 1, 1).plusDays(random.nextInt(365));
        return birth.format(DateTimeFormatter.ofPattern("yyMMdd")) + "-" + digit
                + String.format("%06d", random.nextInt(1_000_000));
    }
}
