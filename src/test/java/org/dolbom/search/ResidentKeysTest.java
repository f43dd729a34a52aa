package org.dolbom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.dolbom.domain.PhoneNumber;
import org.junit.jupiter.api.Test;

class ResidentKeysTest {

    @Test
    void keysHoldEverythingTheSearchBoxLooksFor() {
        ResidentKeys keys = ResidentKeys.of("리영희", LocalDate.of(1950, 1, 1),
                List.of(PhoneNumber.parse("010-1234-5678"), PhoneNumber.parse("031-771-2345")),
                "경기도 양평군 양평읍 중앙로 12", "101동 202호", "양평읍 양근리");

        assertThat(keys.sortName()).isEqualTo("리영희");
        assertThat(keys.nameInitials()).isEqualTo("ㄹㅇㅎ");
        assertThat(keys.phoneLast4()).isEqualTo("5678 2345");
        assertThat(keys.searchText().split(" "))
                .contains("리영희", "이영희", "19500101", "500101", "01012345678", "0317712345", "중앙로", "101동",
                        "양근리");
    }

    @Test
    void aNameIsStoredWithoutSpacesSoItSortsAndMatchesAsOneWord() {
        ResidentKeys keys = ResidentKeys.of(" 김 민수 ", LocalDate.of(1944, 5, 6), List.of(), null, null, null);

        assertThat(keys.sortName()).isEqualTo("김민수");
        assertThat(keys.nameInitials()).isEqualTo("ㄱㅁㅅ");
        assertThat(keys.searchText()).isEqualTo("김민수 19440506 440506");
        assertThat(keys.phoneLast4()).isEmpty();
    }
}
