package org.dolbom.exchange;

/** What importing one incoming record would do, as shown in the import preview. */
public enum MergeClass {
    /** Not here yet: added. */
    NEW,
    /** Here in the same version: nothing to do. */
    UNCHANGED,
    /** Theirs descends from ours: fast-forward to theirs. */
    UPDATED,
    /** Ours descends from theirs: nothing to do. */
    OURS_NEWER,
    /** Both changed since a common version: both kept, ours stays current until someone chooses. */
    CONFLICT,
    /** Not imported, for the reason given. */
    REFUSED
}
