package org.dolbom.store;

import static org.dolbom.store.jooq.Tables.AREA;
import static org.dolbom.store.jooq.Tables.RESIDENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.Sex;
import org.dolbom.search.Hangul;
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
import org.jooq.impl.DSL;

/**
 * Turns the one-box query into SQL over the precomputed search keys, one page at a time.
 *
 * <p>Every token must match. Words match names through a GLOB over {@code sort_name} in which a 초성 stands for
 * its syllables ({@code ㄱ} is {@code [가-깋]}, so {@code ㄱㅁ} and {@code 김ㅁ} are one kind of test); words of two or
 * more characters also match anywhere in {@code search_text}, which holds the name, its 두음 variants, the address
 * and the area. Digits match birth dates and the last four phone digits.
 *
 * <p>A search is read from indexes, never from the whole table, and never sorted as a whole. One token drives:
 * each of the ways it can match is a <em>leg</em>, one key of {@code resident_search_key} (V4) or one range of
 * {@code resident_search_order}, whose rows come out already in list order (name, birth date, row). The leg keeps
 * the rows that pass the exact test of its match and of every other token, and stops at the end of the page. The
 * list shows exact name-prefix matches first, then guesses at what is still being typed, then the rest: each such
 * tier is read by its own legs, and a later tier only when the earlier ones do not fill the page. Legs of one tier
 * are merged here, in Java, by the same order.
 */
final class ResidentSearchSql {

    /** The columns each leg reads, in {@link #row} and {@link Found} order. */
    private static final String COLUMNS = "resident.id, resident.name, resident.birth_date, resident.sex, "
            + "resident.phone_mobile, resident.phone_home, resident.status, resident.risk_level, area.township, "
            + "area.name, resident.sort_name, resident.rowid";
    private static final String AREA_JOIN = " LEFT JOIN area ON area.id = resident.area_id";

    /** A count through keys holding this many rows or more reads every resident instead. */
    private static final int BROAD = 10_000;
    /** Key probes count up to this many rows: enough to tell a rare key from a common one. */
    private static final int PROBE_CAP = 2000;
    /** How many 초성 at the start of a name have a key ({@code ^ㄱㅁㅅ}): V4 keeps up to four. */
    private static final int INITIALS_KEPT = 4;
    /** At most this many of a word's two-character keys are probed for the rarest. */
    private static final int PROBES = 6;

    /**
     * The columns a condition reads its name and birth date from: the resident row, or the key row it was found
     * by, so a key's rows are tested before their residents are read.
     */
    private record Cols(Field<String> sortName, Field<String> birthDate) {
    }

    private static final Cols ROW = new Cols(RESIDENT.SORT_NAME, RESIDENT.BIRTH_DATE);
    private static final Cols KEY = new Cols(DSL.field(DSL.name("k", "sort_name"), String.class),
            DSL.field(DSL.name("k", "birth_date"), String.class));

    /** A tier: how early in the list its residents come, and which residents it holds. */
    private record Tier(int rank, Function<Cols, Condition> holds) {
    }

    /** Where a leg reads its rows from, in list order. */
    private sealed interface Source {
    }

    /** One key of {@code resident_search_key}. */
    private record Key(String key) implements Source {
    }

    /** Names from {@code from} (inclusive) to {@code to} (exclusive), through {@code resident_search_order}. */
    private record NameRange(String from, String to) implements Source {
    }

    /** Digits in phone numbers, through the trigram index: not in list order, so sorted (a rare, long query). */
    private record FullText(String phrase) implements Source {
    }

    /**
     * One way a token matches.
     *
     * @param token   the token
     * @param sourceOf where its rows are read from; a key that must be probed for is only looked for when read
     * @param exact   the test a row of the source must pass to match this way
     * @param atStart whether it only finds names starting with the token, which are never in the last tier
     */
    private record Leg(SearchToken token, Supplier<Source> sourceOf, Function<Cols, Condition> exact,
                       boolean atStart) {

        Leg(SearchToken token, Source source, Function<Cols, Condition> exact, boolean atStart) {
            this(token, () -> source, exact, atStart);
        }

        Leg(SearchToken token, Source source, Function<Cols, Condition> exact) {
            this(token, () -> source, exact, false);
        }

        Source source() {
            return sourceOf.get();
        }
    }

    /** The value, worked out the first time it is asked for. */
    private static <T> Supplier<T> once(Supplier<T> work) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = work.get();
                }
                return value;
            }
        };
    }

    /** A row found, with what the list is ordered by. */
    private record Found(ResidentRow row, String sortName, LocalDate birthDate, long rowid) {
    }

    /** SQLite's order: text by code point (as its UTF-8 bytes compare), not by Java's UTF-16 units. */
    private static final Comparator<String> BINARY = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private static final Comparator<Found> LIST_ORDER = Comparator.comparing(Found::sortName, BINARY)
            .thenComparing(Found::birthDate).thenComparingLong(Found::rowid);

    private ResidentSearchSql() {
    }

    static ResidentPage page(DSLContext ctx, String query, ResidentFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        SearchQuery parsed = parse(query);
        if (parsed.isBlank()) {
            return list(ctx, filter, offset, limit);
        }
        Plan plan = plan(ctx, parsed, filter);
        int need = offset + limit + 1;
        List<Found> found = new ArrayList<>();
        for (Tier tier : plan.tiers()) {
            if (found.size() >= need) {
                break;
            }
            int want = need - found.size();
            Map<Long, Found> merged = new LinkedHashMap<>();
            for (Leg leg : plan.legs(tier)) {
                for (Found f : fetch(ctx, leg, cols -> DSL.and(plan.besides(leg.token(), cols),
                        leg.exact().apply(cols), tier.holds().apply(cols)), want)) {
                    merged.putIfAbsent(f.rowid(), f);
                }
            }
            merged.values().stream().sorted(LIST_ORDER).limit(want).forEach(found::add);
        }
        List<ResidentRow> rows = found.subList(Math.min(offset, found.size()), Math.min(offset + limit,
                found.size())).stream().map(Found::row).toList();
        return new ResidentPage(rows, offset, found.size() > offset + limit);
    }

    /** How many residents the query finds in all, by the same conditions as {@link #page}. */
    static int count(DSLContext ctx, String query, ResidentFilter filter) {
        return count(ctx, query, filter, BROAD);
    }

    /**
     * The count, read through the driving token's keys; or, when they hold {@code broadAt} rows or more (a 초성 or
     * a year that most residents have), by one pass over the residents, which is then the cheaper way.
     */
    static int count(DSLContext ctx, String query, ResidentFilter filter, int broadAt) {
        SearchQuery parsed = parse(query);
        if (parsed.isBlank()) {
            return ctx.selectCount().from(RESIDENT).where(listConditions(filter)).fetchOne(0, int.class);
        }
        Plan plan = plan(ctx, parsed, filter);
        List<Leg> legs = plan.driving();
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM (");
        List<Object> binds = new ArrayList<>();
        if (rowsUpTo(ctx, legs, broadAt) >= broadAt) {
            Condition all = DSL.and(plan.besides(null, ROW));
            sql.append("SELECT 1 FROM resident NOT INDEXED WHERE ").append(ctx.render(all));
            binds.addAll(ctx.extractBindValues(all));
        } else {
            for (int i = 0; i < legs.size(); i++) {
                Leg leg = legs.get(i);
                sql.append(i == 0 ? "" : " UNION ").append("SELECT resident.rowid");
                from(ctx, leg.source(), cols -> DSL.and(plan.besides(leg.token(), cols), leg.exact().apply(cols)),
                        sql, binds);
            }
        }
        sql.append(")");
        return ctx.fetchOne(sql.toString(), binds.toArray()).get(0, Integer.class);
    }

    /** How many rows the legs' keys and ranges hold, counted up to {@code cap}. */
    private static int rowsUpTo(DSLContext ctx, List<Leg> legs, int cap) {
        int rows = 0;
        for (Leg leg : legs) {
            if (rows >= cap) {
                break;
            }
            rows += switch (leg.source()) {
                case Key k -> ctx.fetchOne("SELECT count(*) FROM (SELECT 1 FROM resident_search_key WHERE key = ? "
                        + "LIMIT ?)", k.key(), cap).get(0, Integer.class);
                case NameRange r -> ctx.fetchOne("SELECT count(*) FROM (SELECT 1 FROM resident INDEXED BY "
                        + "resident_search_order WHERE sort_name >= ? AND sort_name < ? LIMIT ?)", r.from(), r.to(),
                        cap).get(0, Integer.class);
                case FullText t -> 0;
            };
        }
        return rows;
    }

    /** The page after {@code previous}: from the index by its cursor when it has one, else by position. */
    static ResidentPage next(DSLContext ctx, String query, ResidentFilter filter, ResidentPage previous, int limit) {
        if (previous.next() != null && parse(query).isBlank()) {
            return list(ctx, filter, previous.offset() + previous.rows().size(), limit, previous.next());
        }
        return page(ctx, query, filter, previous.offset() + previous.rows().size(), limit);
    }

    /** No query: everyone, walking the sort index (deleted, sort_name, birth_date, id) page by page. */
    private static ResidentPage list(DSLContext ctx, ResidentFilter filter, int offset, int limit) {
        return list(ctx, filter, offset, limit, null);
    }

    /**
     * No query, from {@code after} when given (a range on the sort index, whatever the page's number), else from
     * {@code offset}.
     */
    private static ResidentPage list(DSLContext ctx, ResidentFilter filter, int offset, int limit,
                                     ResidentPage.Cursor after) {
        List<Condition> where = listConditions(filter);
        if (after != null) {
            where.add(DSL.row(RESIDENT.SORT_NAME, RESIDENT.BIRTH_DATE, RESIDENT.ID)
                    .gt(after.sortName(), after.birthDate(), after.id()));
        }
        List<Record> records = new ArrayList<>(ctx
                .select(RESIDENT.ID, RESIDENT.NAME, RESIDENT.BIRTH_DATE, RESIDENT.SEX, RESIDENT.PHONE_MOBILE,
                        RESIDENT.PHONE_HOME, RESIDENT.STATUS, RESIDENT.RISK_LEVEL, AREA.TOWNSHIP, AREA.NAME,
                        RESIDENT.SORT_NAME)
                .from(RESIDENT)
                .leftJoin(AREA).on(AREA.ID.eq(RESIDENT.AREA_ID))
                .where(where)
                .orderBy(RESIDENT.SORT_NAME.asc(), RESIDENT.BIRTH_DATE.asc(), RESIDENT.ID.asc())
                .limit(limit + 1)
                .offset(after != null ? 0 : offset)
                .fetch());
        boolean hasMore = records.size() > limit;
        if (hasMore) {
            records.removeLast();
        }
        ResidentPage.Cursor next = null;
        if (!records.isEmpty()) {
            Record last = records.getLast();
            next = new ResidentPage.Cursor(last.get(10, String.class), last.get(2, String.class),
                    last.get(0, String.class));
        }
        List<ResidentRow> rows = records.stream().map(ResidentSearchSql::row).toList();
        return new ResidentPage(rows, offset, hasMore, next);
    }

    private static List<Condition> listConditions(ResidentFilter filter) {
        List<Condition> where = new ArrayList<>();
        where.add(RESIDENT.DELETED.eq(0));
        if (filter == ResidentFilter.OPEN_ONLY) {
            where.add(RESIDENT.STATUS.eq(ResidentStatus.ACTIVE.name()));
        }
        return where;
    }

    private static SearchQuery parse(String query) {
        return SearchQuery.parse(query == null ? "" : query);
    }

    /**
     * How a query is read.
     *
     * @param tokens   every token of the query
     * @param filter   the list's filter
     * @param starts   for tier 0 and 1: every word's legs that find names starting with it, exactly or by a guess
     * @param driving  for the rest: the legs of the token that narrows most
     * @param tiers    the tiers, in list order
     */
    private record Plan(List<SearchToken> tokens, ResidentFilter filter, Map<Integer, List<Leg>> starts,
                        List<Leg> driving, List<Tier> tiers) {

        /** The legs that read a tier: a name-prefix tier is read by its prefix legs, the rest by the driving token. */
        List<Leg> legs(Tier tier) {
            return tier.rank() == 2 ? driving.stream().filter(leg -> !leg.atStart()).toList()
                    : starts.getOrDefault(tier.rank(), List.of());
        }

        /**
         * What a row found through one token's leg must also pass: every other token, the tombstone, the filter.
         * With no token (null), what every row must pass.
         */
        Condition besides(SearchToken token, Cols cols) {
            List<Condition> all = new ArrayList<>(listConditions(filter));
            for (SearchToken other : tokens) {
                if (other != token) {
                    all.add(matches(other, cols));
                }
            }
            return DSL.and(all);
        }
    }

    private static Plan plan(DSLContext ctx, SearchQuery query, ResidentFilter filter) {
        List<SearchToken> tokens = query.tokens();
        SearchToken driving = tokens.getFirst();
        for (SearchToken token : tokens) {
            if (specificity(token) > specificity(driving)) {
                driving = token;
            }
        }

        // Exact name-prefix matches first, then guesses at what is still being typed, then everything else.
        Map<Integer, List<Leg>> starts = new LinkedHashMap<>();
        List<NameMatch> exactStart = new ArrayList<>();
        List<NameMatch> guessedStart = new ArrayList<>();
        for (SearchToken token : tokens) {
            if (token instanceof Words words) {
                for (NameMatch match : words.matches()) {
                    (match.whileTyping() ? guessedStart : exactStart).add(match);
                    starts.computeIfAbsent(match.whileTyping() ? 1 : 0, rank -> new ArrayList<>()).add(new Leg(
                            token, startSource(match.pattern()), cols -> nameMatches(match.pattern(), true, cols),
                            true));
                }
            }
        }
        List<Tier> tiers = new ArrayList<>();
        if (exactStart.isEmpty()) {
            tiers.add(new Tier(2, cols -> DSL.noCondition()));
        } else {
            Function<Cols, Condition> exact = cols -> startsWithAny(exactStart, cols);
            tiers.add(new Tier(0, exact));
            if (guessedStart.isEmpty()) {
                tiers.add(new Tier(2, cols -> exact.apply(cols).not()));
            } else {
                Function<Cols, Condition> guessed = cols -> startsWithAny(guessedStart, cols);
                tiers.add(new Tier(1, cols -> exact.apply(cols).not().and(guessed.apply(cols))));
                tiers.add(new Tier(2, cols -> exact.apply(cols).not().and(guessed.apply(cols).not())));
            }
        }
        List<Leg> legs = switch (driving) {
            case Digits digits -> legs(digits);
            case Words words -> legs(ctx, words);
        };
        return new Plan(tokens, filter, starts, legs, tiers);
    }

    private static Condition startsWithAny(List<NameMatch> matches, Cols cols) {
        return DSL.or(matches.stream().map(m -> nameMatches(m.pattern(), true, cols)).toList());
    }

    /** Which token narrows most, roughly: the longest, a word before digits. */
    private static int specificity(SearchToken token) {
        return switch (token) {
            case Digits digits -> digits.digits().length() * 2;
            case Words words -> words.text().length() * 2 + 1;
        };
    }

    private static List<Leg> legs(Digits token) {
        List<Leg> legs = new ArrayList<>();
        String digits = token.digits();
        token.birthDatePrefix().ifPresent(prefix -> legs.add(new Leg(token,
                new Key("y" + digits.substring(0, Math.min(4, digits.length()))),
                cols -> cols.birthDate().ge(prefix).and(cols.birthDate().lt(nextPrefix(prefix))))));
        for (LocalDate date : token.shortBirthDates()) {
            legs.add(new Leg(token, new Key("y" + date.getYear()), cols -> onDate(cols, date)));
        }
        token.phoneLastFourPrefix().ifPresent(prefix ->
                legs.add(new Leg(token, new Key("p" + prefix), cols -> phoneLastFour(prefix))));
        if (token.searchesPhoneDigits()) {
            legs.add(new Leg(token, new FullText(phrase(digits)), cols -> inSearchText(digits)));
        }
        return legs;
    }

    /** Every way a word matches, each through its own key; names found anywhere are also found from the start. */
    private static List<Leg> legs(DSLContext ctx, Words token) {
        List<Leg> legs = new ArrayList<>();
        boolean text = inSearchTextToo(token);
        for (NameMatch match : token.matches()) {
            NamePattern pattern = match.pattern();
            if (match.startOnly()) {
                legs.add(new Leg(token, startSource(pattern), cols -> nameMatches(pattern, true, cols), true));
            } else if (!text || match.whileTyping()) {
                // The word found anywhere in the search text covers its name found anywhere.
                legs.add(new Leg(token, once(() -> new Key(nameKey(ctx, pattern))),
                        cols -> nameMatches(pattern, false, cols), false));
            }
        }
        if (text) {
            legs.add(new Leg(token, once(() -> new Key(rarest(ctx, textKeys(token.text())))),
                    cols -> inSearchText(token.text()), false));
        }
        return legs;
    }

    /** Two characters or more without 초성 are also looked for in addresses, areas and 두음 forms of names. */
    private static boolean inSearchTextToo(Words token) {
        return !token.hasJamo() && token.text().length() > 1;
    }

    /**
     * Names that start with the pattern. When only its last position is a range ({@code 김ㅁ}, {@code 이수[아-잏]})
     * they are one range of the name order; otherwise ({@code ㄱㅁㅅ}, {@code ㄱ민}) they are read from the key of
     * their first 초성 and tested.
     */
    private static Source startSource(NamePattern pattern) {
        List<NamePattern.Slot> slots = pattern.slots();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < slots.size() - 1; i++) {
            if (!slots.get(i).isExact()) {
                return initialsKey(pattern);
            }
            prefix.append(slots.get(i).first());
        }
        NamePattern.Slot last = slots.getLast();
        if (last.last() == Character.MAX_VALUE) {
            return initialsKey(pattern);
        }
        return new NameRange(prefix.toString() + last.first(), prefix.toString() + (char) (last.last() + 1));
    }

    private static Key initialsKey(NamePattern pattern) {
        StringBuilder key = new StringBuilder("^");
        for (NamePattern.Slot slot : pattern.slots().subList(0, Math.min(INITIALS_KEPT, pattern.length()))) {
            key.append(initialOf(slot));
        }
        return new Key(key.toString());
    }

    /**
     * The narrowest key every name holding the pattern has: two syllables, else one, else one open syllable
     * (while typing {@code 기} may become {@code 김}), else two 초성, else one. Among several of the same kind, the
     * one with the fewest rows.
     */
    private static String nameKey(DSLContext ctx, NamePattern pattern) {
        List<NamePattern.Slot> slots = pattern.slots();
        List<String> pairs = new ArrayList<>();
        List<String> singles = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            NamePattern.Slot slot = slots.get(i);
            if (slot.isExact()) {
                singles.add("=" + slot.first());
                if (i + 1 < slots.size() && slots.get(i + 1).isExact()) {
                    pairs.add("*" + slot.first() + slots.get(i + 1).first());
                }
            } else if (Hangul.isSyllable(slot.first()) && !Hangul.hasFinal(slot.first())
                    && slot.last() == Hangul.lastWithSameStart(slot.first())) {
                open.add("-" + slot.first());
            }
        }
        for (List<String> keys : List.of(pairs, singles, open)) {
            if (!keys.isEmpty()) {
                return rarest(ctx, keys);
            }
        }
        List<String> initials = new ArrayList<>();
        for (int i = 0; i + 1 < slots.size(); i++) {
            initials.add("~" + initialOf(slots.get(i)) + initialOf(slots.get(i + 1)));
        }
        return initials.isEmpty() ? "~" + initialOf(slots.getFirst()) : rarest(ctx, initials);
    }

    /** The 초성 every character a position accepts starts with (a range here never spans two initials). */
    private static char initialOf(NamePattern.Slot slot) {
        char c = slot.first();
        return Hangul.isSyllable(c) ? Hangul.initialOf(c) : c;
    }

    /** The two-character keys of a word for the search text; two digits have none (digits are found otherwise). */
    private static List<String> textKeys(String text) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            String pair = text.substring(i, i + 2);
            if (!isTwoDigits(pair) && !keys.contains("+" + pair)) {
                keys.add("+" + pair);
            }
        }
        return keys;
    }

    /**
     * The key with the fewest rows, counted up to a cap: {@code 양근리} is read through {@code 근리} rather than
     * {@code 양근}, which every resident on 양근길 has too.
     */
    private static String rarest(DSLContext ctx, List<String> keys) {
        if (keys.size() == 1) {
            return keys.getFirst();
        }
        String best = keys.getFirst();
        int fewest = Integer.MAX_VALUE;
        for (String key : keys.subList(0, Math.min(PROBES, keys.size()))) {
            int rows = ctx.fetchOne("SELECT count(*) FROM (SELECT 1 FROM resident_search_key WHERE key = ? LIMIT ?)",
                    key, PROBE_CAP).get(0, Integer.class);
            if (rows < fewest) {
                best = key;
                fewest = rows;
            }
        }
        return best;
    }

    /** Two ASCII digits: birth dates and phone numbers have no two-character keys (digits are found otherwise). */
    private static boolean isTwoDigits(String pair) {
        return pair.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** One leg's rows that pass {@code where}, at most {@code limit}, in list order. */
    private static List<Found> fetch(DSLContext ctx, Leg leg, Function<Cols, Condition> where, int limit) {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS);
        List<Object> binds = new ArrayList<>();
        Source source = leg.source();
        from(ctx, source, where, sql, binds);
        sql.append(switch (source) {
            case Key k -> " ORDER BY k.sort_name, k.birth_date, k.resident_rowid";
            case NameRange r -> " ORDER BY resident.sort_name, resident.birth_date, resident.rowid";
            case FullText t -> " ORDER BY resident.sort_name, resident.birth_date, resident.rowid";
        });
        sql.append(" LIMIT ?");
        binds.add(limit);
        return ctx.fetch(sql.toString(), binds.toArray()).map(r -> new Found(row(r), r.get(10, String.class),
                LocalDate.parse(r.get(2, String.class)), r.get(11, Long.class)));
    }

    /**
     * The FROM and WHERE of a leg. The key is read first and the resident looked up by rowid ({@code CROSS JOIN}
     * keeps SQLite to that order); a name range is read through the name order index only.
     */
    private static void from(DSLContext ctx, Source source, Function<Cols, Condition> test, StringBuilder sql,
                             List<Object> binds) {
        switch (source) {
            case Key k -> {
                sql.append(" FROM resident_search_key k CROSS JOIN resident ON resident.rowid = k.resident_rowid")
                        .append(AREA_JOIN).append(" WHERE k.key = ?");
                binds.add(k.key());
            }
            case NameRange r -> {
                sql.append(" FROM resident INDEXED BY resident_search_order").append(AREA_JOIN)
                        .append(" WHERE resident.sort_name >= ? AND resident.sort_name < ?");
                binds.add(r.from());
                binds.add(r.to());
            }
            case FullText t -> {
                // NOT INDEXED: the trigram index picks the few rows; no index should be walked to avoid a sort.
                sql.append(" FROM resident NOT INDEXED").append(AREA_JOIN).append(
                        " WHERE resident.rowid IN (SELECT rowid FROM resident_fts WHERE resident_fts MATCH ?)");
                binds.add(t.phrase());
            }
        }
        Condition where = test.apply(source instanceof Key ? KEY : ROW);
        sql.append(" AND ").append(ctx.render(where));
        binds.addAll(ctx.extractBindValues(where));
    }

    private static Condition matches(SearchToken token, Cols cols) {
        return switch (token) {
            case Digits digits -> matches(digits, cols);
            case Words words -> matches(words, cols);
        };
    }

    private static Condition matches(Digits token, Cols cols) {
        List<Condition> any = new ArrayList<>();
        token.birthDatePrefix().ifPresent(prefix ->
                any.add(cols.birthDate().ge(prefix).and(cols.birthDate().lt(nextPrefix(prefix)))));
        token.shortBirthDates().forEach(date -> any.add(onDate(cols, date)));
        token.phoneLastFourPrefix().ifPresent(prefix -> any.add(phoneLastFour(prefix)));
        if (token.searchesPhoneDigits()) {
            any.add(inSearchText(token.digits()));
        }
        return DSL.or(any);
    }

    private static Condition matches(Words token, Cols cols) {
        List<Condition> any = new ArrayList<>();
        for (NameMatch match : token.matches()) {
            any.add(nameMatches(match.pattern(), match.startOnly(), cols));
        }
        if (inSearchTextToo(token)) {
            any.add(inSearchText(token.text()));
        }
        return DSL.or(any);
    }

    /**
     * Born on the day. Written as a range: an equality on the key's birth date makes SQLite sort the page again by
     * rowid, which the key's order already gives.
     */
    private static Condition onDate(Cols cols, LocalDate date) {
        return cols.birthDate().between(date.toString(), date.toString());
    }

    /** phone_last4 is "5678 1234": a word starting with the digits typed so far. */
    private static Condition phoneLastFour(String prefix) {
        return DSL.position(DSL.inline(" ").concat(RESIDENT.PHONE_LAST4), DSL.val(" " + prefix)).gt(0);
    }

    /** The text anywhere in the search text: what the trigram index answers, tested on a row already found. */
    private static Condition inSearchText(String text) {
        return DSL.position(RESIDENT.SEARCH_TEXT, DSL.val(text)).gt(0);
    }

    private static Condition nameMatches(NamePattern pattern, boolean atStart, Cols cols) {
        return glob(cols.sortName(), (atStart ? "" : "*") + glob(pattern) + "*");
    }

    private static String phrase(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static Condition glob(Field<String> field, String pattern) {
        return DSL.condition("{0} glob {1}", field, DSL.val(pattern));
    }

    /**
     * The pattern as a GLOB over the name. 초성 alone ({@code ㄱㅁ}) also accepts the jamo itself, as the 초성 of a
     * name keeps any character that is not a syllable.
     */
    private static String glob(NamePattern pattern) {
        boolean initialsOnly = pattern.isInitialsOnly();
        StringBuilder out = new StringBuilder();
        for (NamePattern.Slot slot : pattern.slots()) {
            if (slot.isExact()) {
                out.append(escapeGlob(String.valueOf(slot.first())));
            } else {
                out.append('[').append(slot.first()).append('-').append(slot.last());
                if (initialsOnly) {
                    out.append(Hangul.initialOf(slot.first()));
                }
                out.append(']');
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
        String township = r.get(8, String.class);
        String areaLabel = township == null ? "" : township + " " + r.get(9, String.class);
        String phone = masked(r.get(4, String.class));
        if (phone.isEmpty()) {
            phone = masked(r.get(5, String.class));
        }
        return new ResidentRow(
                UUID.fromString(r.get(0, String.class)),
                r.get(1, String.class),
                LocalDate.parse(r.get(2, String.class)),
                Sex.valueOf(r.get(3, String.class)),
                phone,
                areaLabel,
                ResidentStatus.valueOf(r.get(6, String.class)),
                RiskLevel.valueOf(r.get(7, String.class)));
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
