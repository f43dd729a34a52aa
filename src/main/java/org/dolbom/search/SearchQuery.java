package org.dolbom.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dolbom.search.NamePattern.Slot;
import org.dolbom.search.SearchToken.Digits;
import org.dolbom.search.SearchToken.NameMatch;
import org.dolbom.search.SearchToken.Words;

/**
 * The registry's one search box, parsed: whitespace-separated tokens that must all match.
 *
 * @param tokens the words and digit runs typed, at most {@link #MAX_TOKENS}
 */
public record SearchQuery(List<SearchToken> tokens) {

    /** More words than this narrow nothing a person needs; the rest are ignored to keep the query small. */
    public static final int MAX_TOKENS = 8;
    public static final int MAX_TOKEN_LENGTH = 50;

    public SearchQuery {
        tokens = List.copyOf(tokens);
    }

    /**
     * Parses what is in the box. The last word, unless followed by a space, is taken as still being typed: its
     * last syllable also stands for what it may yet become ({@code 기 → 김}, {@code 이숭 → 이수연}).
     */
    public static SearchQuery parse(String text) {
        String normalised = Hangul.normalise(text);
        if (normalised.isEmpty()) {
            return new SearchQuery(List.of());
        }
        boolean typing = !Character.isWhitespace(text.charAt(text.length() - 1));
        String[] words = normalised.split(" ");
        int count = Math.min(words.length, MAX_TOKENS);
        List<SearchToken> tokens = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String word = words[i].length() > MAX_TOKEN_LENGTH ? words[i].substring(0, MAX_TOKEN_LENGTH) : words[i];
            tokens.add(token(word, typing && i == words.length - 1));
        }
        return new SearchQuery(tokens);
    }

    public boolean isBlank() {
        return tokens.isEmpty();
    }

    static SearchToken token(String word, boolean stillTyping) {
        String digits = word.replaceAll("[-./()]", "");
        if (!digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Digits(digits);
        }
        NamePattern typed = NamePattern.of(word);
        List<NameMatch> exact = new ArrayList<>();
        exact.add(new NameMatch(typed, false, false));
        Slot first = typed.slots().getFirst();
        if (first.isExact()) {
            for (String variant : Hangul.dueumVariants(String.valueOf(first.first()))) {
                exact.add(new NameMatch(typed.withFirst(Slot.exactly(variant.charAt(0))), true, false));
            }
        }
        List<NameMatch> all = new ArrayList<>(exact);
        if (stillTyping) {
            for (NameMatch match : exact) {
                typingGuess(match.pattern()).ifPresent(p -> all.add(new NameMatch(p, match.startOnly(), true)));
            }
        }
        return new Words(word, all);
    }

    /** What the last syllable may become with the next keystroke: any final added, or its final moved on. */
    private static Optional<NamePattern> typingGuess(NamePattern pattern) {
        Slot last = pattern.slots().getLast();
        if (!last.isExact() || !Hangul.isSyllable(last.first())) {
            return Optional.empty();
        }
        char syllable = last.first();
        if (!Hangul.hasFinal(syllable)) {
            return Optional.of(pattern.withLast(List.of(new Slot(syllable,
                    Hangul.lastWithSameStart(syllable)))));
        }
        List<Character> split = Hangul.splitFinal(syllable);
        return Optional.of(pattern.withLast(List.of(Slot.exactly(split.get(0)),
                Slot.anyWithInitial(split.get(1)))));
    }
}
