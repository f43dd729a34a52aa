package org.dolbom.store;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.dolbom.domain.ClosureReason;
import org.dolbom.domain.Resident;
import org.dolbom.domain.Rrn;
import org.dolbom.domain.RrnChange;

/** The registry: search, open, save, close and reopen residents. Every view and change is audited. */
public final class ResidentStore {

    public ResidentStore(Database database, RrnVault vault, AuditTrail audit, java.time.Clock clock) {
    }

    /**
     * One page of residents matching the one-box query (name, 초성, 두음 variants, birth date, last 4 phone
     * digits, address or 리). A blank query lists everyone. Ordered by name, then birth date.
     */
    public ResidentPage search(String query, ResidentFilter filter, int offset, int limit) {
        throw new UnsupportedOperationException("ResidentStore.search");
    }

    /** Reads a resident's file for a person to look at; writes a VIEW audit entry. */
    public Resident open(UUID id, Actor actor) {
        throw new UnsupportedOperationException("ResidentStore.open");
    }

    /**
     * Creates (null id) or updates a resident in one transaction, keeping the replaced version in history.
     *
     * @throws org.dolbom.domain.InvalidInputException with every problem when the resident breaks a rule
     * @throws StoreException {@code store.resident.stale} when someone saved this resident since it was read
     */
    public Resident save(Resident resident, RrnChange rrn, Actor actor) {
        throw new UnsupportedOperationException("ResidentStore.save");
    }

    /** Closes the case with a reason (§11); the status follows from the reason. */
    public Resident closeCase(UUID id, ClosureReason reason, String note, LocalDate on, Actor actor) {
        throw new UnsupportedOperationException("ResidentStore.closeCase");
    }

    /** Reopens a closed case (back to ACTIVE), keeping the closed version in history. */
    public Resident reopen(UUID id, Actor actor) {
        throw new UnsupportedOperationException("ResidentStore.reopen");
    }

    /** The full RRN for the explicit "show" action; audited as SHOW_RRN. Empty when none is stored. */
    public java.util.Optional<Rrn> revealRrn(UUID id, Actor actor) {
        throw new UnsupportedOperationException("ResidentStore.revealRrn");
    }

    /** Earlier versions of this resident, newest first. */
    public List<HistoryEntry> history(UUID id) {
        throw new UnsupportedOperationException("ResidentStore.history");
    }
}
