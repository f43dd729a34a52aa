package org.dolbom.exchange.json;

import java.util.Set;

/**
 * What a record says about its own fields, asked by the bundle reader: which are required, which hold a code from
 * a closed set, and which point at other records.
 */
public interface RecordCheck {

    void required(String field, Object value);

    /** A code from a closed set; null passes (pair with {@link #required} when the field is required). */
    void oneOf(String field, String value, Set<String> allowed);

    /** A whole number within bounds; null passes. */
    void range(String field, Integer value, int min, int max);

    /** A reference to another record, which must be in the bundle or in the receiving database; null passes. */
    void reference(String field, RecordType target, String id);
}
