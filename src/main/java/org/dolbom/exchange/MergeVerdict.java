package org.dolbom.exchange;

import java.util.List;

/** The class of one incoming record, and for {@link MergeClass#REFUSED} the message key and arguments why. */
public record MergeVerdict(MergeClass kind, String reasonKey, List<Object> args) {

    public MergeVerdict {
        args = List.copyOf(args);
    }

    static MergeVerdict of(MergeClass kind) {
        return new MergeVerdict(kind, null, List.of());
    }

    static MergeVerdict refused(String reasonKey, Object... args) {
        return new MergeVerdict(MergeClass.REFUSED, reasonKey, List.of(args));
    }
}
