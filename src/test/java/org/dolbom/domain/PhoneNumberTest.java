package org.dolbom.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dolbom.testing.ForAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
        "01012345678, 010-1234-5678, 010-****-5678",
        "010 1234 5678, 010-1234-5678, 010-****-5678",
        "021234567, 02-123-4567, 02-***-4567",
        "02-1234-5678, 02-1234-5678, 02-****-5678",
        "(031) 123-4567, 031-123-4567, 031-***-4567",
        "031.7712.3456, 031-7712-3456, 031-****-3456",
        "0111234567, 011-123-4567, 011-***-4567",
        "07012345678, 070-1234-5678, 070-****-5678",
        "050412345678, 0504-1234-5678, 0504-****-5678",
        "05051234567, 0505-123-4567, 0505-***-4567",
        "15881234, 1588-1234, ****-1234"})
    void formatsAndMasksTheWayKoreansWriteNumbers(String typed, String formatted, String masked) {
        PhoneNumber phone = PhoneNumber.parse(typed);

        assertThat(phone.formatted()).isEqualTo(formatted);
        assertThat(phone.toString()).isEqualTo(formatted);
        assertThat(phone.masked()).isEqualTo(masked);
        assertThat(phone.lastFour()).isEqualTo(formatted.substring(formatted.length() - 4));
    }

    @ParameterizedTest
    @CsvSource({"''", "abc", "010-1234-567", "010-1234-56789", "1234-5678", "02-12-3456", "0101234567a",
        "+82 10 1234 5678", "099-123-4567", "1588-12345"})
    void rejectsJunk(String typed) {
        assertThatThrownBy(() -> PhoneNumber.parse(typed))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .containsExactly(Problem.of("phone", "validation.phone.format")));
    }

    @Test
    void aBlankFieldIsNoNumberRatherThanAnError() {
        assertThat(PhoneNumber.parseOptional("  ")).isEmpty();
        assertThat(PhoneNumber.parseOptional(null)).isEmpty();
        assertThat(PhoneNumber.parseOptional("010-1234-5678")).contains(new PhoneNumber("01012345678"));
    }

    @Test
    void aFormattedMobileNumberParsesBackToItselfAndMasksOnlyTheMiddle() {
        ForAll.check(random -> "010" + String.format("%08d", random.nextInt(100_000_000)), digits -> {
            PhoneNumber phone = new PhoneNumber(digits);

            assertThat(PhoneNumber.parse(phone.formatted())).isEqualTo(phone);
            assertThat(phone.masked()).isEqualTo("010-****-" + digits.substring(7));
        });
    }
}
