package org.dolbom.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

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
    void refusesAnImpossibleDate() {
        assertThatThrownBy(() -> Rrn.parse("900230-2234567"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("validation.rrn.date");
    }
}
