package org.dolbom.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * 욕구조사/종합판정: one assessment of a resident over the nine need domains, with a summary and a risk level.
 *
 * @param rev the stored revision this copy was read at, or {@code null} when not yet saved
 */
public record Assessment(
        UUID id,
        String rev,
        UUID residentId,
        LocalDate assessedOn,
        UUID assessorStaffId,
        List<NeedRating> needs,
        String summary,
        RiskLevel riskLevel) {

    public Assessment {
        needs = needs == null ? List.of() : List.copyOf(needs);
    }

    /** A new assessment form: every domain at level 0 with no note, low risk. */
    public static Assessment blank(UUID residentId, LocalDate on, UUID assessorStaffId) {
        List<NeedRating> needs = new ArrayList<>();
        Arrays.stream(NeedDomain.values()).forEach(d -> needs.add(new NeedRating(d, 0, null)));
        return new Assessment(null, null, residentId, on, assessorStaffId, needs, null, RiskLevel.LOW);
    }

    /** The rating of one domain; level 0 when the domain was not rated. */
    public NeedRating need(NeedDomain domain) {
        return needs.stream().filter(n -> n.domain() == domain).findFirst()
                .orElse(new NeedRating(domain, 0, null));
    }
}
