package org.dolbom.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.dolbom.domain.Rrn;
import org.dolbom.exchange.json.ResidentJson;

/**
 * An incoming resident, new by id, who may be a resident already here: the user can link them as the same person.
 */
public record PossibleDuplicate(String incomingId, String localId, DuplicateReason reason) {

    /** The local residents a new incoming resident may duplicate; none when the incoming resident is not new. */
    public static List<PossibleDuplicate> find(ResidentJson incoming, MergeVerdict verdict, ResidentMatches matches) {
        List<PossibleDuplicate> found = new ArrayList<>();
        if (verdict.kind() != MergeClass.NEW || incoming.deleted()) {
            return found;
        }
        Optional<Rrn> rrn = incoming.rrn() == null || Rrn.check(incoming.rrn()).isPresent() ? Optional.empty()
                : Optional.of(Rrn.parse(incoming.rrn()));
        TreeSet<String> byRrn = rrn.map(r -> new TreeSet<>(matches.sameRrn(r))).orElseGet(TreeSet::new);
        byRrn.forEach(id -> found.add(new PossibleDuplicate(incoming.id(), id, DuplicateReason.SAME_RRN)));
        List<String> phones = new ArrayList<>();
        for (String phone : new String[] {incoming.phoneMobile(), incoming.phoneHome()}) {
            String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
            if (!digits.isEmpty()) {
                phones.add(digits);
            }
        }
        if (!phones.isEmpty() && incoming.name() != null && incoming.birthDate() != null) {
            new TreeSet<>(matches.sameNameBirthAndPhone(incoming.name().strip(), incoming.birthDate(), phones))
                    .stream()
                    .filter(id -> !byRrn.contains(id))
                    .forEach(id -> found.add(new PossibleDuplicate(incoming.id(), id,
                            DuplicateReason.SAME_NAME_BIRTH_PHONE)));
        }
        return found;
    }
}
