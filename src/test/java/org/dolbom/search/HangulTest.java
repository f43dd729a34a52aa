package org.dolbom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    @Property
    void initialsKeepTheLengthAndAreAllJamo(@ForAll("syllables") String text) {
        String initials = Hangul.initials(text);

        assertThat(initials).hasSameSizeAs(text);
        assertThat(initials.chars().allMatch(c -> Hangul.isInitialJamo((char) c))).isTrue();
    }

    @Property
    void everySyllableLiesInTheRangeOfItsInitial(@ForAll("syllable") char syllable) {
        char initial = Hangul.initialOf(syllable);

        assertThat(syllable).isBetween(Hangul.firstWithInitial(initial), Hangul.lastWithInitial(initial));
    }

    @Property
    void aVariantOfAVariantIsTheOriginal(@ForAll("syllables") String word) {
        for (String variant : Hangul.dueumVariants(word)) {
            assertThat(variant).isNotEqualTo(word).hasSameSizeAs(word);
            assertThat(Hangul.dueumVariants(variant)).containsExactly(word);
        }
    }

    @Property
    void aSplitSyllableKeepsItsStartAndMovesAnInitial(@ForAll("syllable") char syllable) {
        var split = Hangul.splitFinal(syllable);

        if (Hangul.hasFinal(syllable)) {
            assertThat(split).hasSize(2);
            assertThat(Hangul.lastWithSameStart(split.get(0))).isEqualTo(Hangul.lastWithSameStart(syllable));
            assertThat(split.get(0)).isLessThan(syllable);
            assertThat(Hangul.isInitialJamo(split.get(1))).isTrue();
        } else {
            assertThat(split).isEmpty();
        }
    }

    @Property
    void normalisingTwiceChangesNothing(@ForAll String text) {
        assertThat(Hangul.normalise(Hangul.normalise(text))).isEqualTo(Hangul.normalise(text));
    }

    @Provide
    Arbitrary<String> syllables() {
        return Arbitraries.strings().withCharRange('\uAC00', '\uD7A3').ofMinLength(1).ofMaxLength(8);
    }

    @Provide
    Arbitrary<Character> syllable() {
        return Arbitraries.chars().range('\uAC00', '\uD7A3');
    }
}
