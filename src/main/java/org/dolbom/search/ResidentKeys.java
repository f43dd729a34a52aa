package org.dolbom.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.dolbom.domain.PhoneNumber;

/**
 * The search keys stored with each resident, computed once on every write so that a keystroke never has to.
 *
 * @param sortName     the name as it sorts in 가나다 order: normalised, without spaces
 * @param nameInitials the 초성 of the name, e.g. {@code ㄱㅁㅅ} for 김민수
 * @param searchText   what substring search looks through: name and its 두음 variants, birth date forms,
 *                     phone digits, address and area, all normalised and separated by spaces
 * @param phoneLast4   the last four digits of each phone, space separated
 */
public record ResidentKeys(String sortName, String nameInitials, String searchText, String phoneLast4) {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    public static ResidentKeys of(String name, LocalDate birthDate, List<PhoneNumber> phones, String roadAddress,
                                  String addressDetail, String areaLabel) {
        String sortName = sortName(name);
        List<PhoneNumber> numbers = phones == null ? List.of() : phones.stream().filter(Objects::nonNull).toList();

        Set<String> words = new LinkedHashSet<>();
        words.add(sortName);
        words.addAll(Hangul.dueumVariants(sortName));
        if (birthDate != null) {
            words.add(birthDate.format(YYYYMMDD));
            words.add(birthDate.format(YYMMDD));
        }
        numbers.forEach(phone -> words.add(phone.digits()));
        words.add(Hangul.normalise(roadAddress));
        words.add(Hangul.normalise(addressDetail));
        words.add(Hangul.normalise(areaLabel));
        words.remove("");

        Set<String> lastFours = new LinkedHashSet<>();
        numbers.forEach(phone -> lastFours.add(phone.lastFour()));
        return new ResidentKeys(sortName, Hangul.initials(sortName), String.join(" ", new ArrayList<>(words)),
                String.join(" ", lastFours));
    }

    /** The stored form of a name: normalised and without spaces, so {@code 김 민수} sorts and matches as 김민수. */
    public static String sortName(String name) {
        return Hangul.normalise(name).replace(" ", "");
    }
}
