package org.dolbom.store;

import org.jooq.DSLContext;

/** Turns the one-box query into SQL over the precomputed search keys, one page at a time. */
final class ResidentSearchSql {

    private ResidentSearchSql() {
    }

    static ResidentPage page(DSLContext ctx, String query, ResidentFilter filter, int offset, int limit) {
        throw new UnsupportedOperationException("ResidentSearchSql.page");
    }
}
