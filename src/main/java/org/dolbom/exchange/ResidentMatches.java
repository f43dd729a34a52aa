package org.dolbom.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.dolbom.domain.Rrn;

/** The store's lookups for residents who may already be here under another id. */
public interface ResidentMatches {

    /** Ids of local residents with this name and birth date and one of these phone numbers (digits only). */
    Set<String> sameNameBirthAndPhone(String name, LocalDate birthDate, List<String> phoneDigits);

    /** Ids of local residents with this RRN; the store compares its own keyed fingerprints. */
    Set<String> sameRrn(Rrn rrn);
}
