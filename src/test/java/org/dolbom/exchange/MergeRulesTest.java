package org.dolbom.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.dolbom.domain.Rrn;
import org.dolbom.exchange.json.ResidentJson;
import org.dolbom.testing.ForAll;
import org.junit.jupiter.api.Test;

class MergeRulesTest {

    private final MergeRules fromAnotherOffice = new MergeRules("4711025", "4711031");
    private final MergeRules fromOurselves = new MergeRules("4711025", "4711025");

    @Test
    void aRecordWeDoNotHaveIsNew() {
        assertThat(kind(fromAnotherOffice, "b", List.of("a"), LocalVersion.absent())).isEqualTo(MergeClass.NEW);
    }

    @Test
    void theSameVersionIsUnchanged() {
        assertThat(kind(fromAnotherOffice, "b", List.of("a"), LocalVersion.of("b", Set.of("a"))))
                .isEqualTo(MergeClass.UNCHANGED);
    }

    @Test
    void theirsDescendingFromOursIsAFastForward() {
        assertThat(kind(fromAnotherOffice, "c", List.of("b", "a"), LocalVersion.of("b", Set.of("a"))))
                .isEqualTo(MergeClass.UPDATED);
    }

    @Test
    void oursDescendingFromTheirsNeedsNothing() {
        assertThat(kind(fromAnotherOffice, "b", List.of("a"), LocalVersion.of("c", Set.of("a", "b"))))
                .isEqualTo(MergeClass.OURS_NEWER);
    }

    @Test
    void bothChangedSinceACommonVersionIsAConflict() {
        assertThat(kind(fromAnotherOffice, "theirs", List.of("a"), LocalVersion.of("ours", Set.of("a"))))
                .isEqualTo(MergeClass.CONFLICT);
    }

    @Test
    void ourOwnOldFileMayNotPutAnOldVersionBesideNewerWork() {
        MergeVerdict verdict = fromOurselves.classify("old-branch", List.of("a"), LocalVersion.of("ours",
                Set.of("a")));
        assertThat(verdict.kind()).isEqualTo(MergeClass.REFUSED);
        assertThat(verdict.reasonKey()).isEqualTo("exchange.merge.refused.sameOffice");
        // Restoring our own backup onto an older copy is fine.
        assertThat(kind(fromOurselves, "c", List.of("b"), LocalVersion.of("b", Set.of()))).isEqualTo(
                MergeClass.UPDATED);
    }

    @Test
    void aLineageThatLoopsIsRefused() {
        MergeVerdict verdict = fromAnotherOffice.classify("b", List.of("a", "b"), LocalVersion.absent());
        assertThat(verdict.kind()).isEqualTo(MergeClass.REFUSED);
        assertThat(verdict.reasonKey()).isEqualTo("exchange.merge.refused.lineage");
    }

    @Test
    void aConflictKeepsTheirsInHistoryAndOursCurrent() {
        LocalVersion ours = LocalVersion.of("ours", Set.of("a"));
        MergeVerdict verdict = fromAnotherOffice.classify("theirs", List.of("a"), ours);
        LocalVersion after = MergeRules.after(ours, "theirs", List.of("a"), verdict);
        assertThat(after.currentRev()).isEqualTo("ours");
        assertThat(after.history()).contains("theirs", "a");
    }

    /** Importing the same bundle twice changes nothing, whatever the two offices did before. */
    @Test
    void importingTheSameRecordsAgainChangesNothing() {
        ForAll.check(MergeRulesTest::scenario, s -> {
            MergeVerdict first = fromAnotherOffice.classify(s.theirRev(), s.theirLineage(), s.local());
            LocalVersion after = MergeRules.after(s.local(), s.theirRev(), s.theirLineage(), first);
            MergeVerdict second = fromAnotherOffice.classify(s.theirRev(), s.theirLineage(), after);
            assertThat(second.kind()).isIn(MergeClass.UNCHANGED, MergeClass.OURS_NEWER);
            assertThat(MergeRules.after(after, s.theirRev(), s.theirLineage(), second)).isEqualTo(after);
        });
    }

    /** Both offices start from a shared history, then each edits a random number of times (or not at all). */
    private static Scenario scenario(Random random) {
        List<String> shared = chain("s", random.nextInt(4));
        boolean weHaveIt = random.nextInt(5) > 0;
        List<String> ours = new ArrayList<>(shared);
        ours.addAll(chain("o", random.nextInt(3)));
        List<String> theirs = new ArrayList<>(shared);
        theirs.addAll(chain("t", random.nextInt(3)));
        if (theirs.isEmpty()) {
            theirs.add("t0");
        }
        if (ours.isEmpty()) {
            ours.add("o0");
        }
        String theirRev = theirs.getLast();
        List<String> theirLineage = new ArrayList<>(theirs.subList(0, theirs.size() - 1)).reversed();
        LocalVersion local = weHaveIt ? LocalVersion.of(ours.getLast(),
                new HashSet<>(ours.subList(0, ours.size() - 1))) : LocalVersion.absent();
        return new Scenario(theirRev, theirLineage, local);
    }

    private static List<String> chain(String prefix, int length) {
        List<String> revs = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            revs.add(prefix + i);
        }
        return revs;
    }

    private record Scenario(String theirRev, List<String> theirLineage, LocalVersion local) {
    }

    private static MergeClass kind(MergeRules rules, String rev, List<String> lineage, LocalVersion local) {
        return rules.classify(rev, lineage, local).kind();
    }

    @Test
    void aNewResidentWithTheSameNameBirthAndPhoneOrRrnIsFlagged() {
        ResidentJson incoming = SampleRecords.resident("resident-9", "김민수", "500101-1234567");
        ResidentMatches matches = new ResidentMatches() {
            @Override
            public Set<String> sameNameBirthAndPhone(String name, LocalDate birthDate, List<String> phoneDigits) {
                boolean same = name.equals("김민수") && birthDate.equals(LocalDate.of(1950, 1, 1))
                        && phoneDigits.contains("01012345678");
                return same ? Set.of("local-1", "local-2") : Set.of();
            }

            @Override
            public Set<String> sameRrn(Rrn rrn) {
                return rrn.birthDate().equals(LocalDate.of(1950, 1, 1)) ? Set.of("local-2") : Set.of();
            }
        };

        List<PossibleDuplicate> found = PossibleDuplicate.find(incoming, MergeVerdict.of(MergeClass.NEW), matches);

        assertThat(found).containsExactly(
                new PossibleDuplicate("resident-9", "local-2", DuplicateReason.SAME_RRN),
                new PossibleDuplicate("resident-9", "local-1", DuplicateReason.SAME_NAME_BIRTH_PHONE));
        assertThat(PossibleDuplicate.find(incoming, MergeVerdict.of(MergeClass.UPDATED), matches)).isEmpty();
    }
}
