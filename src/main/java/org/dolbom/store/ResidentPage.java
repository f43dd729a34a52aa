package org.dolbom.store;

import java.util.List;

/**
 * A page of search results. {@code hasMore} says whether another page follows; {@code next}, when the page walks
 * the whole registry in its list order, is where the next page starts, so it is read from the index at once rather
 * than by skipping every row before it.
 */
public record ResidentPage(List<ResidentRow> rows, int offset, boolean hasMore, Cursor next) {

    /** A page read by position only. */
    public ResidentPage(List<ResidentRow> rows, int offset, boolean hasMore) {
        this(rows, offset, hasMore, null);
    }

    /** The last row's place in the list order (sort name, birth date, id); the next page starts after it. */
    public record Cursor(String sortName, String birthDate, String id) {
    }
}
