package org.dolbom.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dolbom.exchange.json.ExchangeRecord;

/**
 * Classifies incoming records against the receiving database by their rev lineage, so that importing loses nothing
 * and importing the same bundle twice changes nothing. Pure: the store supplies each record's {@link LocalVersion}.
 */
public final class MergeRules {

    private final String localOffice;
    private final String bundleOrigin;

    /**
     * @param localOffice  the receiving office's code
     * @param bundleOrigin the office code in the bundle's envelope
     */
    public MergeRules(String localOffice, String bundleOrigin) {
        this.localOffice = localOffice;
        this.bundleOrigin = bundleOrigin;
    }

    public MergeVerdict classify(ExchangeRecord incoming, LocalVersion local) {
        return classify(incoming.rev(), chain(incoming), local);
    }

    /**
     * @param rev     the incoming version
     * @param lineage its earlier revs, most recent first (possibly cut short)
     */
    public MergeVerdict classify(String rev, List<String> lineage, LocalVersion local) {
        if (rev == null || lineage.contains(rev)) {
            return MergeVerdict.refused("exchange.merge.refused.lineage");
        }
        if (local.isAbsent()) {
            return MergeVerdict.of(MergeClass.NEW);
        }
        if (rev.equals(local.currentRev())) {
            return MergeVerdict.of(MergeClass.UNCHANGED);
        }
        if (lineage.contains(local.currentRev())) {
            return MergeVerdict.of(MergeClass.UPDATED);
        }
        if (local.history().contains(rev)) {
            return MergeVerdict.of(MergeClass.OURS_NEWER);
        }
        // Diverged: both sides changed since a common version (or since one too old to be in the lineage).
        if (localOffice.equals(bundleOrigin)) {
            // Our own older file would put an old version of our own work beside the current one: refuse it.
            return MergeVerdict.refused("exchange.merge.refused.sameOffice");
        }
        return MergeVerdict.of(MergeClass.CONFLICT);
    }

    /**
     * The record's state once the verdict is applied, which is what the store writes: a new or fast-forwarded record
     * takes their rev; on a conflict ours stays current and theirs waits in history.
     */
    public static LocalVersion after(LocalVersion local, String rev, List<String> lineage, MergeVerdict verdict) {
        Set<String> history = new HashSet<>(local.history());
        switch (verdict.kind()) {
            case NEW -> {
                history.addAll(lineage);
                return LocalVersion.of(rev, history);
            }
            case UPDATED -> {
                history.add(local.currentRev());
                history.addAll(lineage);
                return LocalVersion.of(rev, history);
            }
            case CONFLICT -> {
                history.add(rev);
                history.addAll(lineage);
                return LocalVersion.of(local.currentRev(), history);
            }
            default -> {
                return local;
            }
        }
    }

    /** Earlier revs of an incoming record, most recent first: its lineage, or just its prevRev if it sent none. */
    public static List<String> chain(ExchangeRecord incoming) {
        if (incoming.lineage().isEmpty() && incoming.prevRev() != null) {
            return List.of(incoming.prevRev());
        }
        return new ArrayList<>(incoming.lineage());
    }
}
