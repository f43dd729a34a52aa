package org.dolbom.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The arithmetic of Hangul syllables that search needs: 초성 (initial consonants), 두음법칙 variants and the
 * text normalisation applied both when keys are stored and when a query is typed.
 *
 * <p>A precomposed syllable is {@code 0xAC00 + (initial * 21 + vowel) * 28 + final}.
 */
public final class Hangul {

    /** The 19 initial consonants as compatibility jamo, in syllable order: what a keyboard types. */
    public static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

    private static final char FIRST_SYLLABLE = '\uAC00';
    private static final char LAST_SYLLABLE = '\uD7A3';
    private static final int VOWELS = 21;
    private static final int FINALS = 28;
    private static final int PER_INITIAL = VOWELS * FINALS;

    private static final int RIEUL = 5;
    private static final int NIEUN = 2;
    private static final int IEUNG = 11;

    // While typing (두벌식), a vowel after a final pulls it into the next syllable: 숭 + ㅕ → 수여, 앉 + ㅏ → 안자.
    // Indexed by final: the final that stays behind (0 = none) and the initial that moves on.
    private static final int[] FINAL_KEEPS = {
        0, 0, 0, 1, 0, 4, 4, 0, 0, 8, 8, 8, 8, 8, 8, 8, 0, 0, 17, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final String FINAL_MOVES = "\0ㄱㄲㅅㄴㅈㅎㄷㄹㄱㅁㅂㅅㅌㅍㅎㅁㅂㅅㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

    private Hangul() {
    }

    public static boolean isSyllable(char c) {
        return c >= FIRST_SYLLABLE && c <= LAST_SYLLABLE;
    }

    /** Whether the character is a compatibility jamo that can start a syllable (ㄱ … ㅎ, including ㄲ ㄸ ㅃ ㅆ ㅉ). */
    public static boolean isInitialJamo(char c) {
        return INITIALS.indexOf(c) >= 0;
    }

    /** The 초성 of a syllable as a compatibility jamo: {@code 김 → ㄱ}. */
    public static char initialOf(char syllable) {
        requireSyllable(syllable);
        return INITIALS.charAt((syllable - FIRST_SYLLABLE) / PER_INITIAL);
    }

    /** The 초성 of every syllable; other characters are kept as they are: {@code 김민수 → ㄱㅁㅅ}. */
    public static String initials(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isSyllable(c) ? initialOf(c) : c);
        }
        return out.toString();
    }

    /** The first syllable that starts with this initial jamo: {@code ㅁ → 마}. */
    public static char firstWithInitial(char jamo) {
        return (char) (FIRST_SYLLABLE + initialIndex(jamo) * PER_INITIAL);
    }

    /** The last syllable that starts with this initial jamo: {@code ㅁ → 밓}. */
    public static char lastWithInitial(char jamo) {
        return (char) (FIRST_SYLLABLE + (initialIndex(jamo) + 1) * PER_INITIAL - 1);
    }

    public static boolean hasFinal(char syllable) {
        requireSyllable(syllable);
        return finalIndex(syllable) != 0;
    }

    /** The same syllable with any final consonant: {@code 미 → 밓} is the last of {@code 미 … 밓}. */
    public static char lastWithSameStart(char syllable) {
        requireSyllable(syllable);
        return (char) (syllable - finalIndex(syllable) + FINALS - 1);
    }

    /**
     * How a syllable with a final consonant splits when the next vowel is typed: {@code 숭 → 수 + ㅇ},
     * {@code 앉 → 안 + ㅈ}. Empty for a syllable without a final.
     *
     * @return the syllable left behind followed by the initial jamo that moves on, or an empty list
     */
    public static List<Character> splitFinal(char syllable) {
        requireSyllable(syllable);
        int fin = finalIndex(syllable);
        if (fin == 0) {
            return List.of();
        }
        char stays = (char) (syllable - fin + FINAL_KEEPS[fin]);
        return List.of(stays, FINAL_MOVES.charAt(fin));
    }

    /**
     * The 두음법칙 variants of a word, by its first syllable: {@code 이 ↔ 리}, {@code 유 ↔ 류}, {@code 임 ↔ 림},
     * {@code 양 ↔ 량}, {@code 여 ↔ 려}, {@code 노 ↔ 로}, {@code 나 ↔ 라}. Empty when the first syllable has none.
     * The relation is symmetric, so typing either form finds the other.
     */
    public static List<String> dueumVariants(String word) {
        if (word.isEmpty() || !isSyllable(word.charAt(0))) {
            return List.of();
        }
        char first = word.charAt(0);
        int index = first - FIRST_SYLLABLE;
        int initial = index / PER_INITIAL;
        int vowel = (index % PER_INITIAL) / FINALS;
        int other;
        if (isYVowel(vowel)) {
            // ㄹ before ㅣ or a y-vowel drops to ㅇ: 리 → 이, 류 → 유, 량 → 양.
            other = initial == RIEUL ? IEUNG : initial == IEUNG ? RIEUL : -1;
        } else {
            // ㄹ before any other vowel becomes ㄴ: 로 → 노, 라 → 나.
            other = initial == RIEUL ? NIEUN : initial == NIEUN ? RIEUL : -1;
        }
        if (other < 0) {
            return List.of();
        }
        char swapped = (char) (first + (other - initial) * PER_INITIAL);
        return List.of(swapped + word.substring(1));
    }

    /**
     * The form in which text is stored and compared: precomposed (NFC, so text pasted from a Mac matches),
     * lower case, conjoining initials turned into the compatibility jamo a keyboard types, whitespace collapsed.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(composed.length());
        boolean space = false;
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            // A lone conjoining initial (U+1100…U+1112) is what some input methods leave behind.
            out.append(c >= '\u1100' && c <= '\u1112' ? INITIALS.charAt(c - '\u1100') : c);
        }
        return out.toString();
    }

    private static boolean isYVowel(int vowel) {
        // ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ
        return vowel == 2 || vowel == 3 || vowel == 6 || vowel == 7 || vowel == 12 || vowel == 17 || vowel == 20;
    }

    private static int finalIndex(char syllable) {
        return (syllable - FIRST_SYLLABLE) % FINALS;
    }

    private static int initialIndex(char jamo) {
        int index = INITIALS.indexOf(jamo);
        if (index < 0) {
            throw new IllegalArgumentException("not an initial consonant: " + jamo);
        }
        return index;
    }

    private static void requireSyllable(char c) {
        if (!isSyllable(c)) {
            throw new IllegalArgumentException("not a Hangul syllable: " + c);
        }
    }
}
