package org.dolbom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import java.util.List;
import java.util.Random;

import org.dolbom.testing.ForAll;
import org.junit.jupiter.api.Test;

class HangulTest {

    @Test
    void initialsOfAName() {
        assertThat(Hangul.initials("김민수")).isEqualTo("ㄱㅁㅅ");
        assertThat(Hangul.initials("쌍둥이")).isEqualTo("ㅆㄷㅇ");
        assertThat(Hangul.initials("꼬마 짱")).isEqualTo("ㄲㅁ ㅉ");
        assertThat(Hangul.initials("빵떡")).isEqualTo("ㅃㄸ");
        assertThat(Hangul.initials("john")).isEqualTo("john");
    }

    @Test
    void eachInitialCoversExactlyItsSyllables() {
        assertThat(Hangul.firstWithInitial('ㅁ')).isEqualTo('마');
        assertThat(Hangul.lastWithInitial('ㅁ')).isEqualTo('밓');
        assertThat(Hangul.firstWithInitial('ㄱ')).isEqualTo('가');
        assertThat(Hangul.lastWithInitial('ㅎ')).isEqualTo('힣');
    }

    @Test
    void dueumVariantsGoBothWays() {
        assertThat(Hangul.dueumVariants("이영희")).containsExactly("리영희");
        assertThat(Hangul.dueumVariants("리영희")).containsExactly("이영희");
        assertThat(Hangul.dueumVariants("류")).containsExactly("유");
        assertThat(Hangul.dueumVariants("유")).containsExactly("류");
        assertThat(Hangul.dueumVariants("임")).containsExactly("림");
        assertThat(Hangul.dueumVariants("노")).containsExactly("로");
        assertThat(Hangul.dueumVariants("로")).containsExactly("노");
        assertThat(Hangul.dueumVariants("나")).containsExactly("라");
        assertThat(Hangul.dueumVariants("양")).containsExactly("량");
        assertThat(Hangul.dueumVariants("염")).containsExactly("렴");
        assertThat(Hangul.dueumVariants("여")).containsExactly("려");
        assertThat(Hangul.dueumVariants("육")).containsExactly("륙");
        assertThat(Hangul.dueumVariants("김")).isEmpty();
        assertThat(Hangul.dueumVariants("오")).isEmpty();
        assertThat(Hangul.dueumVariants("")).isEmpty();
    }

    @Test
    void aFinalMovesOnWhenTheNextVowelIsTyped() {
        assertThat(Hangul.splitFinal('숭')).containsExactly('수', 'ㅇ');
        assertThat(Hangul.splitFinal('앉')).containsExactly('안', 'ㅈ');
        assertThat(Hangul.splitFinal('값')).containsExactly('갑', 'ㅅ');
        assertThat(Hangul.splitFinal('있')).containsExactly('이', 'ㅆ');
        assertThat(Hangul.splitFinal('닭')).containsExactly('달', 'ㄱ');
        assertThat(Hangul.splitFinal('싫')).containsExactly('실', 'ㅎ');
        assertThat(Hangul.splitFinal('수')).isEmpty();
    }

    @Test
    void textFromAnotherComputerComparesEqual() {
        String decomposed = Normalizer.normalize("김민수", Normalizer.Form.NFD);

        assertThat(Hangul.normalise(decomposed)).isEqualTo("김민수");
        assertThat(Hangul.normalise("  양평군\t양평읍  양근리 ")).isEqualTo("양평군 양평읍 양근리");
        assertThat(Hangul.normalise("\u1100\u1106")).isEqualTo("ㄱㅁ");
        assertThat(Hangul.normalise("KIM")).isEqualTo("kim");
        assertThat(Hangul.normalise(null)).isEmpty();
    }

    @Test
    void initialsKeepTheLengthAndAreAllJamo() {
        ForAll.check(random -> ForAll.hangul(random, 1 + random.nextInt(8)), text -> {
            String initials = Hangul.initials(text);

            assertThat(initials).hasSameSizeAs(text);
            assertThat(initials.chars().allMatch(c -> Hangul.isInitialJamo((char) c))).isTrue();
        });
    }

    @Test
    void everySyllableLiesInTheRangeOfItsInitial() {
        for (char syllable = '가'; syllable <= '힣'; syllable++) {
            char initial = Hangul.initialOf(syllable);

            assertThat(syllable).isBetween(Hangul.firstWithInitial(initial), Hangul.lastWithInitial(initial));
        }
    }

    @Test
    void aVariantOfAVariantIsTheOriginal() {
        ForAll.check(random -> ForAll.hangul(random, 1 + random.nextInt(4)), word -> {
            for (String variant : Hangul.dueumVariants(word)) {
                assertThat(variant).isNotEqualTo(word).hasSameSizeAs(word);
                assertThat(Hangul.dueumVariants(variant)).containsExactly(word);
            }
        });
    }

    @Test
    void aSplitSyllableKeepsItsStartAndMovesAnInitial() {
        for (char syllable = '가'; syllable <= '힣'; syllable++) {
            List<Character> split = Hangul.splitFinal(syllable);

            if (Hangul.hasFinal(syllable)) {
                assertThat(split).hasSize(2);
                assertThat(Hangul.lastWithSameStart(split.get(0))).isEqualTo(Hangul.lastWithSameStart(syllable));
                assertThat(split.get(0)).isLessThan(syllable);
                assertThat(Hangul.isInitialJamo(split.get(1))).isTrue();
            } else {
                assertThat(split).isEmpty();
            }
        }
    }

    @Test
    void normalisingTwiceChangesNothing() {
        ForAll.check(HangulTest::mixedText, text ->
                assertThat(Hangul.normalise(Hangul.normalise(text))).isEqualTo(Hangul.normalise(text)));
    }

    /** Latin, digits, whitespace, syllables, compatibility and conjoining jamo, decomposed or not. */
    private static String mixedText(Random random) {
        String alphabet = "aZ09 \t\u00a0-ÀÉß가힣ㄱㅎㅏ\u1100\u1112\u1161\u11a8İ";
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(3) == 0 ? (char) ('가' + random.nextInt(11172))
                    : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return random.nextBoolean() ? text.toString() : Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}
