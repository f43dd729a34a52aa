package org.dolbom.search;

import java.time.LocalDate;
import java.util.List;

import org.dolbom.domain.PhoneNumber;

/**
 * The search keys stored with each resident, computed once on every write so that a keystroke never has to.
 *
 * @param sortName     the name as it sorts in 가나다 order
 * @param nameInitials the 초성 of the name, e.g. {@code ㄱㅁㅅ} for 김민수
 * @param searchText   what substring search looks through: name and its 두음 variants, birth date forms,
 *                     phone digits, address and area
 * @param phoneLast4   the last four digits of each phone, space separated
 */
public record ResidentKeys(String sortName, String nameInitials, String searchText, String phoneLast4) {

    public static ResidentKeys of(String name, LocalDate birthDate, List<PhoneNumber> phones, String roadAddress,
                                  String addressDetail, String areaLabel) {
        // Placeholder keys until Hangul normalisation lands: plain name and text only.
        String phonesLast4 = String.join(" ", phones.stream().map(PhoneNumber::lastFour).toList());
        String text = String.join(" ", name, String.valueOf(birthDate), roadAddress == null ? "" : roadAddress,
                areaLabel == null ? "" : areaLabel, phonesLast4);
        return new ResidentKeys(name, "", text, phonesLast4);
    }
}
