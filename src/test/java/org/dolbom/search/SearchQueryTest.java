package org.dolbom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import java.util.Random;

import org.dolbom.search.SearchToken.Digits;
import org.dolbom.search.SearchToken.Words;
import org.dolbom.testing.ForAll;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void aBlankBoxListsEveryone() {
        assertThat(SearchQuery.parse("").isBlank()).isTrue();
        assertThat(SearchQuery.parse("   \t").isBlank()).isTrue();
        assertThat(SearchQuery.parse(null).isBlank()).isTrue();
    }

    @Test
    void wordsAndDigitsAreSeparateTokens() {
        List<SearchToken> tokens = SearchQuery.parse(" 김  양근리 5678 ").tokens();

        assertThat(tokens).hasSize(3);
        assertThat(tokens.get(0)).isInstanceOf(Words.class);
        assertThat(((Words) tokens.get(1)).text()).isEqualTo("양근리");
        assertThat(tokens.get(2)).isEqualTo(new Digits("5678"));
    }

    @Test
    void aPhoneOrDateWithSeparatorsIsDigits() {
        assertThat(SearchQuery.parse("010-1234-5678").tokens()).containsExactly(new Digits("01012345678"));
        assertThat(SearchQuery.parse("1950.01.01").tokens()).containsExactly(new Digits("19500101"));
    }

    @Test
    void initialsFindTheNameButNotAnother() {
        Words initials = words("ㄱㅁㅅ");

        assertThat(initials.hasJamo()).isTrue();
        assertThat(initials.matchesName("김민수")).isTrue();
        assertThat(initials.matchesName("박민수")).isFalse();
        assertThat(initials.matchesName("고미숙")).isTrue();
    }

    @Test
    void mixedSyllablesAndInitialsMatchTogether() {
        assertThat(words("김ㅁ").matchesName("김민수")).isTrue();
        assertThat(words("김ㅁ").matchesName("김수민")).isFalse();
        assertThat(words("ㄱ민").matchesName("김민수")).isTrue();
    }

    @Test
    void doubleConsonantsAreTheirOwnInitials() {
        assertThat(words("ㅆㄷ").matchesName("쌍둥이")).isTrue();
        assertThat(words("ㅅㄷ").matchesName("쌍둥이")).isFalse();
        assertThat(words("ㄲ").matchesName("김꽃님")).isTrue();
    }

    @Test
    void dueumVariantsFindEachOtherAtTheStartOfAName() {
        assertThat(words("이영희 ").matchesName("리영희")).isTrue();
        assertThat(words("리영희 ").matchesName("이영희")).isTrue();
        assertThat(words("류 ").matchesName("유재석")).isTrue();
        assertThat(words("임 ").matchesName("림꺽정")).isTrue();
        assertThat(words("노 ").matchesName("로무현")).isTrue();
        // Only a name's first syllable changes by 두음법칙.
        assertThat(words("리 ").matchesName("김이순")).isFalse();
    }

    @Test
    void theSyllableBeingTypedMayStillGrow() {
        // Typing 김민수 passes through 기, 김미 and 김민ㅅ; 이수연 through 이숭.
        assertThat(words("기").matchesName("김민수")).isTrue();
        assertThat(words("김미").matchesName("김민수")).isTrue();
        assertThat(words("이숭").matchesName("이수연")).isTrue();
        assertThat(words("안중근").matchesName("안중근")).isTrue();
        assertThat(words("앉").matchesName("안중근")).isTrue();
        // A finished word (space after it) is taken as it is.
        assertThat(words("기 ").matchesName("김민수")).isFalse();
        assertThat(words("이숭 ").matchesName("이수연")).isFalse();
    }

    @Test
    void digitsStandForABirthDateBeingTypedOrAPhoneEnding() {
        Digits year = new Digits("1950");
        assertThat(year.birthDatePrefix()).contains("1950");
        assertThat(year.phoneLastFourPrefix()).contains("1950");
        assertThat(year.searchesPhoneDigits()).isFalse();

        assertThat(new Digits("1950010").birthDatePrefix()).contains("1950-01-0");
        assertThat(new Digits("19500101").birthDatePrefix()).contains("1950-01-01");
        assertThat(new Digits("19500101").searchesPhoneDigits()).isFalse();

        assertThat(new Digits("500101").shortBirthDates())
                .containsExactly(LocalDate.of(1950, 1, 1), LocalDate.of(2050, 1, 1));
        assertThat(new Digits("500101").searchesPhoneDigits()).isFalse();
        assertThat(new Digits("501301").shortBirthDates()).isEmpty();
        assertThat(new Digits("501301").searchesPhoneDigits()).isTrue();

        assertThat(new Digits("01012345678").birthDatePrefix()).isEmpty();
        assertThat(new Digits("01012345678").searchesPhoneDigits()).isTrue();
    }

    @Test
    void aNameMatchesItsOwnInitials() {
        ForAll.check(SearchQueryTest::name, name -> {
            assertThat(words(Hangul.initials(name)).matchesName(name)).isTrue();
            assertThat(words(Hangul.initials(name) + " ").matchesName(name)).isTrue();
        });
    }

    @Test
    void aNameMatchesEveryPrefixOfItselfAndOfItsInitials() {
        ForAll.check(SearchQueryTest::name, name -> {
            String initials = Hangul.initials(name);
            for (int end = 1; end <= name.length(); end++) {
                assertThat(words(name.substring(0, end)).matchesName(name)).isTrue();
                assertThat(words(name.substring(0, end) + " ").matchesName(name)).isTrue();
                // Syllables typed so far followed by the initials of the rest.
                assertThat(words(name.substring(0, end) + initials.substring(end)).matchesName(name)).isTrue();
            }
        });
    }

    @Test
    void aNameWithADueumInitialIsFoundByItsVariant() {
        ForAll.check(SearchQueryTest::name, name -> {
            for (String variant : Hangul.dueumVariants(name)) {
                assertThat(words(variant + " ").matchesName(name)).isTrue();
            }
        });
    }

    @Test
    void initialsNeverMatchANameWithOtherInitials() {
        ForAll.check(random -> List.of(name(random), name(random)), pair -> {
            String initials = Hangul.initials(pair.get(0));
            boolean shares = Hangul.initials(pair.get(1)).contains(initials);

            assertThat(words(initials).matchesName(pair.get(1))).isEqualTo(shares);
        });
    }

    private static Words words(String typed) {
        return (Words) SearchQuery.parse(typed).tokens().getFirst();
    }

    private static String name(Random random) {
        return ForAll.hangul(random, 2 + random.nextInt(3));
    }
}
