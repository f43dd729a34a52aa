package org.dolbom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class KoreanDatesTest {

    @Test
    void showsDatesTheWayKoreanOfficesWriteThem() {
        assertThat(KoreanDates.format(LocalDate.of(1950, 1, 1))).isEqualTo("1950. 1. 1.");
        assertThat(KoreanDates.format(LocalDate.of(2026, 11, 22))).isEqualTo("2026. 11. 22.");
    }

    @Test
    void readsWhatPeopleType() {
        LocalDate day = LocalDate.of(1950, 3, 7);
        assertThat(KoreanDates.parse("1950. 3. 7.")).contains(day);
        assertThat(KoreanDates.parse("1950.3.7")).contains(day);
        assertThat(KoreanDates.parse("19500307")).contains(day);
        assertThat(KoreanDates.parse("1950-03-07")).contains(day);
    }

    @Test
    void impossibleOrGarbledDatesAreNotGuessed() {
        assertThat(KoreanDates.parse("1950. 2. 30.")).isEmpty();
        assertThat(KoreanDates.parse("오십년")).isEmpty();
        assertThat(KoreanDates.parse("  ")).isEmpty();
    }
}
