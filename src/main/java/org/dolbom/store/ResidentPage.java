package org.dolbom.store;

import java.util.List;

/** A page of search results. {@code hasMore} says whether another page follows. */
public record ResidentPage(List<ResidentRow> rows, int offset, boolean hasMore) {
}
