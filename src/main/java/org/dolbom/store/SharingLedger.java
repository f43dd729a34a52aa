package org.dolbom.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.dolbom.exchange.Receipt;
import org.jooq.DSLContext;

import static org.dolbom.store.jooq.Tables.SHARING_LEDGER;

/** The sharing ledger (공유 대장): which bundles this office sent and received, why, and whether they arrived. */
public final class SharingLedger {

    private final Database database;
    private final Clock clock;

    public SharingLedger(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Appends an entry, inside the caller's transaction when there is one. */
    public void record(LedgerEntry entry) {
        database.write(ctx -> insert(ctx, entry));
    }

    private static int insert(DSLContext ctx, LedgerEntry entry) {
        return ctx.insertInto(SHARING_LEDGER)
                .set(SHARING_LEDGER.DIRECTION, entry.direction().name())
                .set(SHARING_LEDGER.AT, entry.at().toString())
                .set(SHARING_LEDGER.COUNTERPART, entry.counterpart())
                .set(SHARING_LEDGER.PURPOSE, entry.purpose())
                .set(SHARING_LEDGER.LEGAL_BASIS, entry.legalBasis())
                .set(SHARING_LEDGER.CONSENT_REF, entry.consentReference())
                .set(SHARING_LEDGER.BUNDLE_SHA256, entry.bundleSha256())
                .set(SHARING_LEDGER.RECORD_COUNT, (int) entry.recordCount())
                .execute();
    }

    /** Whether a bundle with this checksum was already received here. */
    public boolean received(String bundleSha256) {
        return database.read(ctx -> ctx.fetchExists(SHARING_LEDGER,
                SHARING_LEDGER.DIRECTION.eq(LedgerEntry.Direction.RECEIVED.name()),
                SHARING_LEDGER.BUNDLE_SHA256.eq(bundleSha256)));
    }

    /**
     * Marks the sent bundle a receipt names as received by the other office.
     *
     * @return how many sent entries were marked (0 when they were already marked)
     * @throws StoreException {@code ledger.receipt.unknown} when this office never sent that bundle
     */
    public int acknowledge(Receipt receipt) {
        return database.write(ctx -> {
            boolean sent = ctx.fetchExists(SHARING_LEDGER,
                    SHARING_LEDGER.DIRECTION.eq(LedgerEntry.Direction.SENT.name()),
                    SHARING_LEDGER.BUNDLE_SHA256.eq(receipt.bundleSha256()));
            if (!sent) {
                throw new StoreException("ledger.receipt.unknown", receipt.receiverName());
            }
            return ctx.update(SHARING_LEDGER)
                    .set(SHARING_LEDGER.ACKNOWLEDGED_AT, Instant.now(clock).toString())
                    .set(SHARING_LEDGER.COUNTERPART, receipt.receiverCode() + " " + receipt.receiverName())
                    .where(SHARING_LEDGER.DIRECTION.eq(LedgerEntry.Direction.SENT.name()),
                            SHARING_LEDGER.BUNDLE_SHA256.eq(receipt.bundleSha256()),
                            SHARING_LEDGER.ACKNOWLEDGED_AT.isNull())
                    .execute();
        });
    }

    /** Every entry, newest first. */
    public List<LedgerEntry> entries() {
        return database.read(ctx -> ctx.selectFrom(SHARING_LEDGER)
                .orderBy(SHARING_LEDGER.SEQ.desc())
                .fetch(r -> new LedgerEntry(LedgerEntry.Direction.valueOf(r.getDirection()), Instant.parse(r.getAt()),
                        r.getCounterpart(), r.getPurpose(), r.getLegalBasis(), r.getConsentRef(),
                        r.getBundleSha256(), r.getRecordCount(),
                        r.getAcknowledgedAt() == null ? null : Instant.parse(r.getAcknowledgedAt()))));
    }
}
