package org.dolbom.ui.exchange;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.dolbom.exchange.BundleRefusal;
import org.dolbom.exchange.Purpose;
import org.dolbom.exchange.Receipt;
import org.dolbom.i18n.Messages;
import org.dolbom.store.LedgerEntry;
import org.dolbom.store.SharingLedger;
import org.dolbom.ui.ErrorText;
import org.dolbom.ui.Session;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.concurrent.BackgroundWork;

/**
 * 공유 대장: the bundles this office sent and received, newest first, as a person reads them; and the receipt an
 * office sends back, which marks the bundle it names as received.
 */
public final class LedgerViewModel {

    /** The table shows the newest lines only; an office exchanges a few files a week, so this is years. */
    static final int SHOWN = 500;
    private static final int SHORT_SHA = 12;

    /** One ledger line in the words and formats the table shows. */
    public record Line(String direction, String at, String counterpart, String purpose, String legalBasis,
                       String consentReference, String records, String sha256, String shortSha256,
                       String acknowledged, boolean waiting) {
    }

    private record Loaded(List<LedgerEntry> shown, int total) {
    }

    private record Acknowledged(Receipt receipt, int marked) {
    }

    private final SharingLedger ledger;
    private final ZoneId zone;
    private final BackgroundWork work;
    private final Messages messages;
    private final StatusLine status;
    private final DateTimeFormatter when;

    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public LedgerViewModel(SharingLedger ledger, ZoneId zone, BackgroundWork work, Messages messages,
                           StatusLine status) {
        this.ledger = ledger;
        this.zone = zone;
        this.work = work;
        this.messages = messages;
        this.status = status;
        this.when = DateTimeFormatter.ofPattern(messages.get("exchange.ledger.dateTime"), messages.locale());
    }

    public static LedgerViewModel of(Session session, Messages messages) {
        return new LedgerViewModel(session.context().ledger(), session.context().clock().getZone(), session.work(),
                messages, session.status());
    }

    /** Reads the ledger again, e.g. when the tab is opened after an export or an import. */
    public void refresh() {
        work.job(p -> {
            List<LedgerEntry> all = ledger.entries();
            return new Loaded(all.size() > SHOWN ? List.copyOf(all.subList(0, SHOWN)) : all, all.size());
        })
                .onSuccess(loaded -> {
                    lines.setAll(loaded.shown().stream().map(this::line).toList());
                    countText.set(loaded.total() > SHOWN
                            ? messages.get("exchange.ledger.count.newest", loaded.total(), SHOWN)
                            : messages.get("exchange.ledger.count", loaded.total()));
                })
                .onError(e -> tell(errorText(e), true))
                .start();
    }

    /**
     * Reads a receipt the other office sent back and marks the bundle it names as received; says so, or why not.
     */
    public void importReceipt(Path file) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        work.job(p -> {
            Receipt receipt = Receipt.read(file);
            return new Acknowledged(receipt, ledger.acknowledge(receipt));
        })
                .onSuccess(done -> {
                    Receipt r = done.receipt();
                    String sha = r.bundleSha256().substring(0, SHORT_SHA);
                    tell(done.marked() > 0
                            ? messages.get("exchange.ledger.receipt.done", r.receiverName(), r.receiverCode(), sha)
                            : messages.get("exchange.ledger.receipt.already", r.receiverName(), sha), false);
                    refresh();
                })
                .onError(e -> tell(errorText(e), true))
                .onDone(() -> busy.set(false))
                .start();
    }

    private Line line(LedgerEntry entry) {
        boolean sent = entry.direction() == LedgerEntry.Direction.SENT;
        String acknowledged;
        if (!sent) {
            acknowledged = messages.get("exchange.ledger.ack.notApplicable");
        } else if (entry.acknowledgedAt() == null) {
            acknowledged = messages.get("exchange.ledger.ack.waiting");
        } else {
            // The column is headed 수신 확인: the date it was confirmed says it all.
            acknowledged = format(entry.acknowledgedAt());
        }
        return new Line(messages.get("exchange.ledger.direction." + entry.direction().name()), format(entry.at()),
                orDash(entry.counterpart()), purpose(entry.purpose()), orDash(entry.legalBasis()),
                orDash(entry.consentReference()), messages.get("exchange.ledger.records", entry.recordCount()),
                entry.bundleSha256(), entry.bundleSha256().substring(0, Math.min(SHORT_SHA,
                entry.bundleSha256().length())), acknowledged, sent && entry.acknowledgedAt() == null);
    }

    private String format(Instant instant) {
        return when.format(instant.atZone(zone));
    }

    /** The purpose in the person's words; a code this version does not know is shown as written. */
    private String purpose(String code) {
        for (Purpose p : Purpose.values()) {
            if (p.code().equals(code)) {
                return messages.get("exchange.export.ui.purpose." + p.name());
            }
        }
        return orDash(code);
    }

    private String orDash(String text) {
        return text == null || text.isBlank() ? messages.get("exchange.ledger.none") : text;
    }

    private void tell(String text, boolean failure) {
        message.set(text);
        failed.set(failure);
        status.show(text);
    }

    private String errorText(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof BundleRefusal refusal) {
                return refusal.text(messages);
            }
        }
        return new ErrorText(messages).of(error);
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    /** How many lines there are, and that only the newest are shown when there are many. */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** What the last receipt did, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
