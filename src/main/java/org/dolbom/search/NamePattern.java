package org.dolbom.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a typed word looks for in a name, one character position at a time. Each position accepts a range of
 * characters: a plain character accepts itself, a 초성 jamo every syllable with that initial ({@code ㅁ → 마…밓}).
 */
public record NamePattern(List<Slot> slots) {

    /** The characters one position accepts, inclusive. */
    public record Slot(char first, char last) {

        public static Slot exactly(char c) {
            return new Slot(c, c);
        }

        /** Any syllable that starts with this initial jamo. */
        public static Slot anyWithInitial(char jamo) {
            return new Slot(Hangul.firstWithInitial(jamo), Hangul.lastWithInitial(jamo));
        }

        public boolean accepts(char c) {
            return c >= first && c <= last;
        }

        public boolean isExact() {
            return first == last;
        }
    }

    public NamePattern {
        slots = List.copyOf(slots);
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("a pattern needs at least one character");
        }
    }

    /** Each 초성 jamo stands for its syllables; every other character for itself. */
    public static NamePattern of(String word) {
        List<Slot> slots = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            slots.add(Hangul.isInitialJamo(c) ? Slot.anyWithInitial(c) : Slot.exactly(c));
        }
        return new NamePattern(slots);
    }

    public int length() {
        return slots.size();
    }

    /** Whether every position is one character: the pattern is plain text. */
    public boolean isLiteral() {
        return slots.stream().allMatch(Slot::isExact);
    }

    /** The plain text this pattern stands for; only meaningful when {@link #isLiteral()}. */
    public String literal() {
        StringBuilder out = new StringBuilder(slots.size());
        slots.forEach(slot -> out.append(slot.first()));
        return out.toString();
    }

    /** Whether every position is a whole 초성 range, so the pattern can be looked up in the 초성 column. */
    public boolean isInitialsOnly() {
        return slots.stream().allMatch(slot -> !slot.isExact() && Hangul.isSyllable(slot.first())
                && slot.first() == Hangul.firstWithInitial(Hangul.initialOf(slot.first()))
                && slot.last() == Hangul.lastWithInitial(Hangul.initialOf(slot.first())));
    }

    /** The 초성 this pattern spells; only meaningful when {@link #isInitialsOnly()}. */
    public String initials() {
        StringBuilder out = new StringBuilder(slots.size());
        slots.forEach(slot -> out.append(Hangul.initialOf(slot.first())));
        return out.toString();
    }

    public boolean matchesStartOf(String name) {
        return matchesAt(name, 0);
    }

    public boolean occursIn(String name) {
        for (int start = 0; start + slots.size() <= name.length(); start++) {
            if (matchesAt(name, start)) {
                return true;
            }
        }
        return false;
    }

    /** The same pattern with the last position replaced by the given ones. */
    NamePattern withLast(List<Slot> replacement) {
        List<Slot> changed = new ArrayList<>(slots.subList(0, slots.size() - 1));
        changed.addAll(replacement);
        return new NamePattern(changed);
    }

    /** The same pattern with the first position replaced. */
    NamePattern withFirst(Slot replacement) {
        List<Slot> changed = new ArrayList<>(slots);
        changed.set(0, replacement);
        return new NamePattern(changed);
    }

    private boolean matchesAt(String name, int start) {
        if (start + slots.size() > name.length()) {
            return false;
        }
        for (int i = 0; i < slots.size(); i++) {
            if (!slots.get(i).accepts(name.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }
}
