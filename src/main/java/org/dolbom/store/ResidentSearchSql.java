package org.dolbom.store;

import static org.dolbom.store.jooq.Tables.AREA;
import static org.dolbom.store.jooq.Tables.RESIDENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.Sex;
import org.dolbom.search.NamePattern;
import org.dolbom.search.SearchQuery;
import org.dolbom.search.SearchToken;
import org.dolbom.search.SearchToken.Digits;
import org.dolbom.search.SearchToken.NameMatch;
import org.dolbom.search.SearchToken.Words;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Turns the one-box query into SQL over the precomputed search keys, one page at a time.
 *
 * <p>Every token must match. Words match names through {@code sort_name} (plain text), {@code name_initials}
 * (초성 only) or a GLOB with syllable ranges (mixed input such as {@code 김ㅁ}); words of three or more
 * characters also go through the FTS5 trigram index over {@code search_text}, which holds the name, its 두음
 * variants, the address and the area. Digits match birth dates and the last four phone digits.
 */
final class ResidentSearchSql {

    /** Trigram FTS cannot match fewer characters than this. */
    private static final int TRIGRAM = 3;

    private static final Field<Long> ROWID = DSL.field(DSL.name(RESIDENT.getName(), "rowid"), Long.class);

    private ResidentSearchSql() {
    }

    static ResidentPage page(DSLContext ctx, String query, ResidentFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        SearchQuery parsed = parse(query);
        List<Condition> where = conditions(parsed, filter);

        List<SortField<?>> order = new ArrayList<>();
        rank(parsed).ifPresent(rank -> order.add(rank.asc()));
        order.add(RESIDENT.SORT_NAME.asc());
        order.add(RESIDENT.BIRTH_DATE.asc());
        order.add(RESIDENT.ID.asc());

        List<ResidentRow> rows = new ArrayList<>(ctx
                .select(RESIDENT.ID, RESIDENT.NAME, RESIDENT.BIRTH_DATE, RESIDENT.SEX, RESIDENT.PHONE_MOBILE,
                        RESIDENT.PHONE_HOME, RESIDENT.STATUS, RESIDENT.RISK_LEVEL, AREA.TOWNSHIP, AREA.NAME)
                .from(RESIDENT)
                .leftJoin(AREA).on(AREA.ID.eq(RESIDENT.AREA_ID))
                .where(where)
                .orderBy(order)
                .limit(limit + 1)
                .offset(offset)
                .fetch(ResidentSearchSql::row));
        boolean hasMore = rows.size() > limit;
        if (hasMore) {
            rows.removeLast();
        }
        return new ResidentPage(List.copyOf(rows), offset, hasMore);
    }

    /** How many residents the query finds in all, by the same conditions as {@link #page}. */
    static int count(DSLContext ctx, String query, ResidentFilter filter) {
        List<Condition> where = conditions(parse(query), filter);
        return ctx.selectCount().from(RESIDENT).where(where).fetchOne(0, int.class);
    }

    private static SearchQuery parse(String query) {
        return SearchQuery.parse(query == null ? "" : query);
    }

    private static List<Condition> conditions(SearchQuery parsed, ResidentFilter filter) {
        List<Condition> where = new ArrayList<>();
        // The plain list walks the sort index (deleted, sort_name, ...) in order. A search is better driven by
        // the trigram index or by one pass over the table than by walking an index that nearly every row is in,
        // so there the tombstone and status tests are written in a form no index answers.
        boolean list = parsed.isBlank();
        where.add(list ? RESIDENT.DELETED.eq(0) : RESIDENT.DELETED.plus(0).eq(0));
        if (filter == ResidentFilter.OPEN_ONLY) {
            Field<String> status = list ? RESIDENT.STATUS : RESIDENT.STATUS.concat(DSL.inline(""));
            where.add(status.eq(ResidentStatus.ACTIVE.name()));
        }
        for (SearchToken token : parsed.tokens()) {
            where.add(switch (token) {
                case Digits digits -> matches(digits);
                case Words words -> matches(words);
            });
        }
        return where;
    }

    private static Condition matches(Digits token) {
        List<Condition> any = new ArrayList<>();
        token.birthDatePrefix().ifPresent(prefix ->
                any.add(RESIDENT.BIRTH_DATE.ge(prefix).and(RESIDENT.BIRTH_DATE.lt(nextPrefix(prefix)))));
        List<String> shortDates = token.shortBirthDates().stream().map(LocalDate::toString).toList();
        if (!shortDates.isEmpty()) {
            any.add(RESIDENT.BIRTH_DATE.in(shortDates));
        }
        // phone_last4 is "5678 1234": a word starting with the digits typed so far.
        token.phoneLastFourPrefix().ifPresent(prefix ->
                any.add(DSL.position(DSL.inline(" ").concat(RESIDENT.PHONE_LAST4), DSL.val(" " + prefix)).gt(0)));
        if (token.searchesPhoneDigits()) {
            any.add(fullText(token.digits()));
        }
        return DSL.or(any);
    }

    private static Condition matches(Words token) {
        List<Condition> any = new ArrayList<>();
        boolean fullText = !token.hasJamo() && token.text().length() >= TRIGRAM;
        for (NameMatch match : token.matches()) {
            // The trigram index already holds the name and its 두음 variants; only guesses need the names.
            if (!fullText || match.whileTyping()) {
                any.add(nameMatches(match, match.startOnly()));
            }
        }
        if (fullText) {
            any.add(fullText(token.text()));
        } else if (!token.hasJamo() && token.text().length() > 1) {
            // Two characters: too short for trigrams, so look through addresses and areas directly.
            any.add(DSL.position(RESIDENT.SEARCH_TEXT, DSL.val(token.text())).gt(0));
        }
        return DSL.or(any);
    }

    private static Condition nameMatches(NameMatch match, boolean atStart) {
        NamePattern pattern = match.pattern();
        if (pattern.isInitialsOnly()) {
            return glob(RESIDENT.NAME_INITIALS, (atStart ? "" : "*") + escapeGlob(pattern.initials()) + "*");
        }
        return glob(RESIDENT.SORT_NAME, (atStart ? "" : "*") + glob(pattern) + "*");
    }

    /** Exact name-prefix matches first, then guesses at what is still being typed, then everything else. */
    private static Optional<Field<Integer>> rank(SearchQuery query) {
        List<Condition> exactStart = new ArrayList<>();
        List<Condition> guessedStart = new ArrayList<>();
        for (SearchToken token : query.tokens()) {
            if (token instanceof Words words) {
                for (NameMatch match : words.matches()) {
                    (match.whileTyping() ? guessedStart : exactStart).add(nameMatches(match, true));
                }
            }
        }
        if (exactStart.isEmpty()) {
            return Optional.empty();
        }
        if (guessedStart.isEmpty()) {
            return Optional.of(DSL.when(DSL.or(exactStart), DSL.inline(0)).otherwise(DSL.inline(2)));
        }
        return Optional.of(DSL.when(DSL.or(exactStart), DSL.inline(0))
                .when(DSL.or(guessedStart), DSL.inline(1))
                .otherwise(DSL.inline(2)));
    }

    /** A substring of three or more characters, through the trigram index. */
    private static Condition fullText(String text) {
        String phrase = "\"" + text.replace("\"", "\"\"") + "\"";
        return DSL.condition("{0} in (select rowid from resident_fts where resident_fts match {1})",
                ROWID, DSL.val(phrase));
    }

    private static Condition glob(Field<String> field, String pattern) {
        return DSL.condition("{0} glob {1}", field, DSL.val(pattern));
    }

    private static String glob(NamePattern pattern) {
        StringBuilder out = new StringBuilder();
        for (NamePattern.Slot slot : pattern.slots()) {
            if (slot.isExact()) {
                out.append(escapeGlob(String.valueOf(slot.first())));
            } else {
                out.append('[').append(slot.first()).append('-').append(slot.last()).append(']');
            }
        }
        return out.toString();
    }

    /** GLOB has no escape character; a special character is matched by a class holding only itself. */
    static String escapeGlob(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '?' || c == '[') {
                out.append('[').append(c).append(']');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The smallest string greater than every string starting with the prefix (prefixes here are ASCII). */
    private static String nextPrefix(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    private static ResidentRow row(Record r) {
        String township = r.get(AREA.TOWNSHIP);
        String areaLabel = township == null ? "" : township + " " + r.get(AREA.NAME);
        String phone = masked(r.get(RESIDENT.PHONE_MOBILE));
        if (phone.isEmpty()) {
            phone = masked(r.get(RESIDENT.PHONE_HOME));
        }
        return new ResidentRow(
                UUID.fromString(r.get(RESIDENT.ID)),
                r.get(RESIDENT.NAME),
                LocalDate.parse(r.get(RESIDENT.BIRTH_DATE)),
                Sex.valueOf(r.get(RESIDENT.SEX)),
                phone,
                areaLabel,
                ResidentStatus.valueOf(r.get(RESIDENT.STATUS)),
                RiskLevel.valueOf(r.get(RESIDENT.RISK_LEVEL)));
    }

    private static String masked(String stored) {
        try {
            return PhoneNumber.parseOptional(stored).map(PhoneNumber::masked).orElse("");
        } catch (InvalidInputException e) {
            // A number the rules no longer accept still shows its last four digits, and nothing more.
            String digits = stored.replaceAll("\\D", "");
            return digits.length() < 4 ? "" : "****-" + digits.substring(digits.length() - 4);
        }
    }
}
