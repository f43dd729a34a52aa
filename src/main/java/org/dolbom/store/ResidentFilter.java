package org.dolbom.store;

/** Which residents the registry list shows besides the query: open cases only, or every status. */
public enum ResidentFilter {
    OPEN_ONLY, ALL
}
