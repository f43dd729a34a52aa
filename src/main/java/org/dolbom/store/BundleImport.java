package org.dolbom.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.dolbom.domain.ClosureReason;
import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.LivingSituation;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.Rrn;
import org.dolbom.domain.Vulnerability;
import org.dolbom.exchange.BundleReader;
import org.dolbom.exchange.BundleRefusal;
import org.dolbom.exchange.LocalVersion;
import org.dolbom.exchange.MergeClass;
import org.dolbom.exchange.MergeRules;
import org.dolbom.exchange.MergeVerdict;
import org.dolbom.exchange.PossibleDuplicate;
import org.dolbom.exchange.Progress;
import org.dolbom.exchange.Receipt;
import org.dolbom.exchange.RecordVisitor;
import org.dolbom.exchange.ResidentMatches;
import org.dolbom.exchange.ValidBundle;
import org.dolbom.exchange.json.AssessmentJson;
import org.dolbom.exchange.json.ConsentJson;
import org.dolbom.exchange.json.ExchangeRecord;
import org.dolbom.exchange.json.PlanJson;
import org.dolbom.exchange.json.RecordType;
import org.dolbom.exchange.json.ResidentJson;
import org.dolbom.exchange.json.ScheduleEntryJson;
import org.dolbom.exchange.json.TombstoneJson;
import org.dolbom.exchange.json.VisitJson;
import org.dolbom.search.ResidentKeys;
import org.dolbom.store.jooq.tables.records.RecordHistoryRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.TableRecord;

import tools.jackson.databind.json.JsonMapper;

import static org.dolbom.store.jooq.Tables.AREA;
import static org.dolbom.store.jooq.Tables.RECORD_HISTORY;
import static org.dolbom.store.jooq.Tables.RESIDENT;
import static org.dolbom.store.jooq.Tables.RESIDENT_LINK;
import static org.dolbom.store.jooq.Tables.SERVICE;

/**
 * Imports a bundle: validate, preview, apply. The preview reads the whole file and classifies every record against
 * this database without writing. Apply does the same inside one transaction and writes as it goes, so a refusal at
 * any point (even the checksum at the very end) rolls everything back: all or nothing.
 *
 * <p>New records keep their origin and rev; a fast-forward keeps our replaced version in history; on a conflict ours
 * stays current and theirs waits in history ({@code conflict:incoming}) until someone chooses with
 * {@link #resolve}. Importing the same bundle again writes nothing at all.
 */
public final class BundleImport {

    static final String CONFLICT_PREFIX = "conflict:";
    static final String CONFLICT_INCOMING = "conflict:incoming";
    private static final String CONFLICT_TOMBSTONE = "conflict:tombstone";
    private static final String LINEAGE = "lineage";
    private static final String IMPORTED = "import";
    private static final String RESOLVED = "resolve";
    private static final String MERGED = "merged";
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern MASKED_RRN = Pattern.compile("\\d{6}-[1-8]\\*{6}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Database database;
    private final RrnVault vault;
    private final AuditTrail audit;
    private final SharingLedger ledger;
    private final Clock clock;

    public BundleImport(Database database, RrnVault vault, AuditTrail audit, SharingLedger ledger, Clock clock) {
        this.database = database;
        this.vault = vault;
        this.audit = audit;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Reads and checks the whole file and says what importing it would do; writes nothing.
     *
     * @param passphrase asked each time the file is read; must answer a fresh copy (the reader wipes it)
     * @throws BundleRefusal when the bundle is refused as a whole, naming why
     */
    public ImportPreview preview(Path file, Supplier<char[]> passphrase, Progress progress,
                                 BooleanSupplier cancelled) {
        return database.read(ctx -> new Run(ctx, false, null, Map.of()).read(file, passphrase, progress,
                cancelled));
    }

    /**
     * Imports the file in one transaction, then writes a receipt to {@code receipt} (when not null) for the sender.
     * Writes an IMPORT audit entry per resident whose case changed and a RECEIVED line in the ledger; a bundle
     * that changes nothing and was received before writes nothing.
     *
     * @throws BundleRefusal when the bundle is refused as a whole; nothing is changed
     */
    public ImportPreview apply(Path file, Supplier<char[]> passphrase, Actor actor, Path receipt, Progress progress,
                               BooleanSupplier cancelled) {
        return apply(file, passphrase, actor, receipt, Map.of(), progress, cancelled);
    }

    /**
     * Imports as {@link #apply(Path, Supplier, Actor, Path, Progress, BooleanSupplier)}, treating each incoming
     * resident named in {@code links} as the local resident it maps to: the same person under another office's id.
     *
     * <p>The link is kept, so this and every later bundle naming that id map it again without asking. The incoming
     * resident is not added as a second person: their consents, assessments, plans, visits and schedule entries
     * join our resident's case, and their version of the resident waits as a conflict (unless it holds the same
     * content), so a person can take fields from it and nothing is lost. Writes a LINK audit entry per new link.
     *
     * @param links incoming resident id to the id of the local resident the user linked it with
     * @throws BundleRefusal {@code exchange.link.*} when a local resident is missing or deleted, or an incoming id is
     *                       not a new resident of this bundle, or is already linked to another resident
     */
    public ImportPreview apply(Path file, Supplier<char[]> passphrase, Actor actor, Path receipt,
                               Map<String, String> links, Progress progress, BooleanSupplier cancelled) {
        ImportPreview result = database.write(ctx -> {
            // Records arrive in group order, which is not always the order of references (services come after
            // the planned services naming them); checked at commit instead.
            ctx.execute("PRAGMA defer_foreign_keys = ON");
            Run run = new Run(ctx, true, actor, links);
            ImportPreview done = run.read(file, passphrase, progress, cancelled);
            ValidBundle bundle = done.bundle();
            String sender = bundle.envelope().origin().code() + " " + bundle.envelope().origin().name();
            if (done.changesAnything()) {
                String detail = bundle.envelope().purpose().code() + " " + bundle.envelope().origin().code() + " "
                        + bundle.sha256().substring(0, 12);
                for (String residentId : run.changedResidents) {
                    audit.record(actor, AuditAction.IMPORT, UUID.fromString(residentId), detail);
                }
            }
            if (done.changesAnything() || !ledger.received(bundle.sha256())) {
                ledger.record(new LedgerEntry(LedgerEntry.Direction.RECEIVED, Instant.now(clock), sender,
                        bundle.envelope().purpose().code(), bundle.envelope().legalBasis(),
                        bundle.envelope().consentReference(), bundle.sha256(), bundle.totalRecords(), null));
            }
            return done;
        });
        if (receipt != null) {
            receiptFor(result).write(receipt);
        }
        return result;
    }

    private Receipt receiptFor(ImportPreview result) {
        Map<String, Long> counts = new HashMap<>();
        for (MergeClass kind : MergeClass.values()) {
            counts.put(kind.name().toLowerCase(java.util.Locale.ROOT), result.count(kind));
        }
        return database.read(ctx -> {
            var office = new OfficeStore(database).office();
            String code = office.map(o -> o.code()).orElse(database.origin(ctx));
            String name = office.map(o -> o.name()).orElse(code);
            return Receipt.of(result.bundle().sha256(), result.bundle().envelope().origin().code(), code, name,
                    Instant.now(clock), counts);
        });
    }

    /** Conflicts still waiting for a choice, oldest first. */
    public List<Conflict> conflicts() {
        return database.read(ctx -> {
            List<Conflict> open = new ArrayList<>();
            for (RecordHistoryRecord waiting : ctx.selectFrom(RECORD_HISTORY)
                    .where(RECORD_HISTORY.REASON.eq(CONFLICT_INCOMING)).orderBy(RECORD_HISTORY.SEQ).fetch()) {
                RecordType type = typeOfTable(waiting.getRecordType());
                TableRecord<?> current = type == null ? null : current(ctx, type, waiting.getRecordId());
                if (current == null || !isOpen(ctx, waiting, current)) {
                    continue;
                }
                ExchangeRecord ours = ours(ctx, type, current);
                ExchangeRecord theirs = JSON.readValue(waiting.getContent(), type.recordClass());
                List<Conflict.Difference> differences = new ArrayList<>();
                for (String field : ExchangeRows.contentFields(type)) {
                    Object a = ExchangeRows.value(ours, field);
                    Object b = ExchangeRows.value(theirs, field);
                    if (!Objects.equals(a, b)) {
                        differences.add(new Conflict.Difference(field, text(a), text(b)));
                    }
                }
                open.add(new Conflict(type, waiting.getRecordId(), waiting.getRev(), waiting.getReplacedBy(),
                        Instant.parse(waiting.getReplacedAt()), label(ours), differences));
            }
            return open;
        });
    }

    /**
     * Settles a conflict: the record becomes ours with the named fields taken from theirs (none: keep ours; every
     * field: take theirs). Both versions stay in history, and the new version descends from both, so either office
     * fast-forwards to it on the next exchange.
     *
     * @throws StoreException {@code exchange.conflict.gone} when the conflict was already settled
     */
    public void resolve(Conflict conflict, Set<String> fromTheirs, Actor actor) {
        RecordType type = conflict.type();
        Table<? extends TableRecord<?>> table = ExchangeRows.table(type);
        database.write(ctx -> {
            TableRecord<?> current = current(ctx, type, conflict.recordId());
            RecordHistoryRecord waiting = ctx.selectFrom(RECORD_HISTORY)
                    .where(RECORD_HISTORY.RECORD_TYPE.eq(table.getName()),
                            RECORD_HISTORY.RECORD_ID.eq(conflict.recordId()),
                            RECORD_HISTORY.REV.eq(conflict.theirRev()),
                            RECORD_HISTORY.REASON.eq(CONFLICT_INCOMING))
                    .fetchAny();
            if (current == null || waiting == null || !isOpen(ctx, waiting, current)) {
                throw new StoreException("exchange.conflict.gone");
            }
            Instant now = Instant.now(clock);
            ExchangeRecord ours = ours(ctx, type, current);
            ExchangeRecord theirs = JSON.readValue(waiting.getContent(), type.recordClass());
            ExchangeRecord merged = ExchangeRows.merge(type, ours, theirs, fromTheirs);
            Map<String, Object> replacedChildren = ExchangeRows.childContent(ctx, type, conflict.recordId());
            RecordVersions.keepReplaced(ctx, current, replacedChildren, RESOLVED, actor.name(), now);
            history(ctx, table.getName(), conflict.recordId(), conflict.theirRev(), now, actor.name(), MERGED,
                    waiting.getContent());
            TableRecord<?> row = ctx.newRecord(table);
            ExchangeRows.intoRow(merged, row);
            if (merged instanceof ResidentJson resident) {
                residentColumns(ctx, row, resident, current);
            }
            ExchangeRows.set(row, "updated_at", now.toString());
            ExchangeRows.set(row, "prev_rev", conflict.theirRev());
            Field<String> id = ExchangeRows.stringField(table, "id");
            ctx.update(table).set(row).where(id.eq(conflict.recordId())).execute();
            ExchangeRows.replaceChildren(ctx, type, merged);
            ExchangeRows.set(row, "rev", RecordVersions.rev(row, ExchangeRows.childContent(ctx, type,
                    conflict.recordId()), conflict.theirRev()));
            ctx.update(table).set(ExchangeRows.stringField(table, "rev"), (String) row.get("rev"))
                    .where(id.eq(conflict.recordId())).execute();
            String residentId = residentIdOf(merged);
            if (residentId != null) {
                audit.record(actor, AuditAction.EDIT, UUID.fromString(residentId),
                        "conflict " + (fromTheirs.isEmpty() ? "ours" : "theirs:" + String.join(",",
                                new java.util.TreeSet<>(fromTheirs))));
            }
            return null;
        });
    }

    /** A waiting version is settled once it is current or has entered the record's own lineage. */
    private static boolean isOpen(DSLContext ctx, RecordHistoryRecord waiting, TableRecord<?> current) {
        if (waiting.getRev().equals(current.get("rev"))) {
            return false;
        }
        return !ctx.fetchExists(RECORD_HISTORY, RECORD_HISTORY.RECORD_TYPE.eq(waiting.getRecordType()),
                RECORD_HISTORY.RECORD_ID.eq(waiting.getRecordId()), RECORD_HISTORY.REV.eq(waiting.getRev()),
                RECORD_HISTORY.REASON.notLike(CONFLICT_PREFIX + "%"));
    }

    private static TableRecord<?> current(DSLContext ctx, RecordType type, String id) {
        Table<? extends TableRecord<?>> table = ExchangeRows.table(type);
        return ctx.selectFrom(table).where(ExchangeRows.stringField(table, "id").eq(id)).fetchOne();
    }

    /** Our current version in bundle form, without lineage or RRN: what a person compares. */
    private static ExchangeRecord ours(DSLContext ctx, RecordType type, TableRecord<?> row) {
        Map<String, Object> special = new HashMap<>();
        String childField = ExchangeRows.childField(type);
        if (childField != null) {
            special.put(childField, ExchangeRows.children(ctx, type, (String) row.get("id")));
        }
        if (type == RecordType.RESIDENTS) {
            String text = (String) row.get("vulnerabilities");
            special.put("vulnerabilities", text == null || text.isBlank() ? List.of() : List.of(text.split(",")));
        }
        return ExchangeRows.toJson(type, row, special);
    }

    private static RecordType typeOfTable(String table) {
        for (RecordType type : RecordType.values()) {
            if (type != RecordType.TOMBSTONES && ExchangeRows.table(type).getName().equals(table)) {
                return type;
            }
        }
        return null;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String label(ExchangeRecord record) {
        if (record instanceof ResidentJson resident) {
            return resident.name() + " (" + resident.birthDate() + ")";
        }
        return "";
    }

    private static String residentIdOf(ExchangeRecord record) {
        return switch (record) {
            case ResidentJson r -> r.id();
            case ConsentJson c -> c.residentId();
            case AssessmentJson a -> a.residentId();
            case PlanJson p -> p.residentId();
            case VisitJson v -> v.residentId();
            case ScheduleEntryJson s -> s.residentId();
            default -> null;
        };
    }

    private static void history(DSLContext ctx, String table, String id, String rev, Instant at, String by,
                                String reason, String content) {
        ctx.insertInto(RECORD_HISTORY)
                .set(RECORD_HISTORY.RECORD_TYPE, table)
                .set(RECORD_HISTORY.RECORD_ID, id)
                .set(RECORD_HISTORY.REV, rev)
                .set(RECORD_HISTORY.REPLACED_AT, at.toString())
                .set(RECORD_HISTORY.REPLACED_BY, by)
                .set(RECORD_HISTORY.REASON, reason)
                .set(RECORD_HISTORY.CONTENT, content)
                .execute();
    }

    /**
     * The resident columns that are not plain copies: vulnerabilities as stored text, the RRN sealed with this
     * office's key (or ours kept when theirs is withheld but the same), and the search keys computed here.
     */
    private void residentColumns(DSLContext ctx, TableRecord<?> row, ResidentJson json, TableRecord<?> existing) {
        Set<Vulnerability> vulnerabilities = json.vulnerabilities().stream().map(Vulnerability::valueOf)
                .collect(java.util.stream.Collectors.toSet());
        ExchangeRows.set(row, "vulnerabilities", ResidentStore.vulnerabilitiesText(vulnerabilities));
        if (json.rrn() != null) {
            Rrn rrn = Rrn.parse(json.rrn());
            ExchangeRows.set(row, "rrn_cipher", vault.seal(rrn));
            ExchangeRows.set(row, "rrn_masked", rrn.masked());
            ExchangeRows.set(row, "rrn_fingerprint", vault.fingerprint(rrn));
        } else if (existing != null && existing.get("rrn_cipher") != null
                && Objects.equals(existing.get("rrn_masked"), json.rrnMasked())) {
            ExchangeRows.set(row, "rrn_cipher", existing.get("rrn_cipher"));
            ExchangeRows.set(row, "rrn_fingerprint", existing.get("rrn_fingerprint"));
        } else {
            ExchangeRows.set(row, "rrn_cipher", null);
            ExchangeRows.set(row, "rrn_fingerprint", null);
        }
        List<PhoneNumber> phones = new ArrayList<>(2);
        for (String digits : new String[] {json.phoneMobile(), json.phoneHome()}) {
            if (digits != null) {
                try {
                    phones.add(new PhoneNumber(digits));
                } catch (InvalidInputException e) {
                    // A number this office would not accept still travels; it just is not searchable by digits.
                }
            }
        }
        String areaLabel = null;
        if (json.areaId() != null) {
            Record2<String, String> area = ctx.select(AREA.TOWNSHIP, AREA.NAME).from(AREA)
                    .where(AREA.ID.eq(json.areaId())).fetchOne();
            areaLabel = area == null ? null : area.value1() + " " + area.value2();
        }
        ResidentKeys keys = ResidentKeys.of(json.name().strip(), json.birthDate(), phones, json.roadAddress(),
                json.addressDetail(), areaLabel);
        ExchangeRows.set(row, "sort_name", keys.sortName());
        ExchangeRows.set(row, "name_initials", keys.nameInitials());
        ExchangeRows.set(row, "search_text", keys.searchText());
        ExchangeRows.set(row, "phone_last4", keys.phoneLast4());
    }

    /** One read of one bundle against this database, writing as it goes when asked to. */
    private final class Run implements RecordVisitor, ResidentMatches {

        private final DSLContext ctx;
        private final boolean write;
        private final Actor actor;
        private final Instant now = Instant.now(clock);
        private final String localOffice;
        private final Map<MergeClass, Long> counts = new EnumMap<>(MergeClass.class);
        private final Map<RecordType, Map<MergeClass, Long>> countsByType = new EnumMap<>(RecordType.class);
        private final List<ImportPreview.Line> lines = new ArrayList<>();
        private final List<PossibleDuplicate> duplicates = new ArrayList<>();
        private final Set<String> changedResidents = new LinkedHashSet<>();
        /** Conflicting versions, written once the sender is known (the envelope is whole only at the end). */
        private final List<String[]> waiting = new ArrayList<>();
        private final MergeRules rules;
        /** Incoming resident id to our resident's id: the links kept here plus those asked for now. */
        private final Map<String, String> links;
        /** Links asked for now and not kept yet, until their resident is seen in the bundle. */
        private final Map<String, String> newLinks;

        Run(DSLContext ctx, boolean write, Actor actor, Map<String, String> asked) {
            this.ctx = ctx;
            this.write = write;
            this.actor = actor;
            this.localOffice = database.origin(ctx);
            // The sender is not known until the envelope is whole; a conflict with our own office's file is
            // refused at the end instead.
            this.rules = new MergeRules(localOffice, "");
            this.links = new HashMap<>(ctx.select(RESIDENT_LINK.INCOMING_ID, RESIDENT_LINK.RESIDENT_ID)
                    .from(RESIDENT_LINK).fetchMap(RESIDENT_LINK.INCOMING_ID, RESIDENT_LINK.RESIDENT_ID));
            this.newLinks = new HashMap<>();
            asked.forEach((incoming, local) -> {
                String kept = links.get(incoming);
                if (kept != null && !kept.equals(local)) {
                    throw new BundleRefusal("exchange.link.otherResident");
                }
                if (!ctx.fetchExists(RESIDENT, RESIDENT.ID.eq(local), RESIDENT.DELETED.eq(0))) {
                    throw new BundleRefusal("exchange.link.localMissing");
                }
                if (kept == null) {
                    newLinks.put(incoming, local);
                    links.put(incoming, local);
                }
            });
        }

        ImportPreview read(Path file, Supplier<char[]> passphrase, Progress progress, BooleanSupplier cancelled) {
            ValidBundle bundle = new BundleReader().read(file, passphrase, this, progress, cancelled);
            if (!newLinks.isEmpty()) {
                throw new BundleRefusal("exchange.link.notNew");
            }
            // A later bundle may name a linked resident without carrying them: our resident answers for them.
            bundle.requireReferences((type, id) -> current(ctx, type,
                    type == RecordType.RESIDENTS ? links.getOrDefault(id, id) : id) != null);
            String sender = bundle.envelope().origin().code();
            if (sender.equals(localOffice) && counts.getOrDefault(MergeClass.CONFLICT, 0L) > 0) {
                throw new BundleRefusal("exchange.merge.refused.sameOffice");
            }
            for (String[] conflict : waiting) {
                history(ctx, conflict[0], conflict[1], conflict[2], now, sender, conflict[3], conflict[4]);
            }
            return new ImportPreview(bundle, counts, countsByType, lines, duplicates);
        }

        @Override
        public void record(RecordType type, ExchangeRecord incoming) {
            if (!UUID_TEXT.matcher(incoming.id()).matches()) {
                throw new BundleRefusal("exchange.refused.invalidRecord", type, incoming.id(), "id");
            }
            RecordType target = incoming instanceof TombstoneJson tombstone ? tombstone.recordType() : type;
            if (incoming instanceof ResidentJson resident) {
                checkResident(resident);
            }
            ExchangeRecord record = linked(type, target, incoming);
            boolean linkedResident = record != incoming && target == RecordType.RESIDENTS;
            Table<? extends TableRecord<?>> table = ExchangeRows.table(target);
            LocalVersion local = localVersion(table.getName(), target, record.id());
            MergeVerdict verdict = rules.classify(record, local);
            if (linkedResident) {
                verdict = linkedVerdict(record, verdict);
            }
            if (record instanceof TombstoneJson && verdict.kind() == MergeClass.NEW) {
                verdict = new MergeVerdict(MergeClass.REFUSED, "exchange.import.tombstoneUnknown", List.of());
            }
            if (verdict.kind() == MergeClass.NEW) {
                checkUnique(type, record);
            }
            if (write) {
                apply(target, table, record, local, verdict.kind());
            } else if (record instanceof ResidentJson resident) {
                duplicates.addAll(PossibleDuplicate.find(resident, verdict, this));
            }
            counts.merge(verdict.kind(), 1L, Long::sum);
            countsByType.computeIfAbsent(type, t -> new EnumMap<>(MergeClass.class)).merge(verdict.kind(), 1L,
                    Long::sum);
            if (ImportPreview.listed(type, verdict.kind())) {
                lines.add(new ImportPreview.Line(type, incoming.id(), verdict.kind(), label(incoming),
                        verdict.reasonKey(), verdict.args()));
            }
            if (verdict.kind() == MergeClass.NEW || verdict.kind() == MergeClass.UPDATED
                    || verdict.kind() == MergeClass.CONFLICT) {
                String residentId = residentIdOf(record);
                if (residentId != null) {
                    changedResidents.add(residentId);
                }
            }
        }

        /**
         * The record as it lands here: a linked resident under our resident's id, and a record naming a linked
         * resident attached to ours. Everything else as it came.
         */
        private ExchangeRecord linked(RecordType type, RecordType target, ExchangeRecord record) {
            if (links.isEmpty()) {
                return record;
            }
            if (target == RecordType.RESIDENTS) {
                String ours = links.get(record.id());
                if (ours == null) {
                    return record;
                }
                if (record instanceof ResidentJson && newLinks.remove(record.id()) != null) {
                    keepLink(record, ours);
                }
                return ExchangeRows.with(type, record, Map.of("id", ours));
            }
            String residentId = residentIdOf(record);
            String ours = residentId == null ? null : links.get(residentId);
            return ours == null ? record : ExchangeRows.with(type, record, Map.of("residentId", ours));
        }

        /** Keeps a link asked for now, once its incoming resident is known to be new here. */
        private void keepLink(ExchangeRecord incoming, String ours) {
            if (current(ctx, RecordType.RESIDENTS, incoming.id()) != null) {
                throw new BundleRefusal("exchange.link.notNew");
            }
            if (!write) {
                return;
            }
            ctx.insertInto(RESIDENT_LINK)
                    .set(RESIDENT_LINK.INCOMING_ID, incoming.id())
                    .set(RESIDENT_LINK.RESIDENT_ID, ours)
                    .set(RESIDENT_LINK.ORIGIN, incoming.origin())
                    .set(RESIDENT_LINK.LINKED_AT, now.toString())
                    .set(RESIDENT_LINK.LINKED_BY, actor.name())
                    .execute();
            audit.record(actor, AuditAction.LINK, UUID.fromString(ours), "link " + incoming.origin() + " "
                    + incoming.id());
        }

        /**
         * A linked resident is ours under another office's id: their version waits beside ours as a conflict,
         * unless it says nothing ours does not already say.
         */
        private MergeVerdict linkedVerdict(ExchangeRecord mapped, MergeVerdict verdict) {
            TableRecord<?> ours = current(ctx, RecordType.RESIDENTS, mapped.id());
            if (verdict.kind() == MergeClass.CONFLICT && mapped instanceof ResidentJson theirs
                    && sameContent(ours(ctx, RecordType.RESIDENTS, ours), theirs)) {
                verdict = new MergeVerdict(MergeClass.UNCHANGED, null, List.of());
            }
            if (verdict.kind() == MergeClass.REFUSED) {
                return verdict;
            }
            String label = ours.get("name") + " (" + ours.get("birth_date") + ")";
            return new MergeVerdict(verdict.kind(), "exchange.link.sameAs", List.of(label));
        }

        private static boolean sameContent(ExchangeRecord ours, ExchangeRecord theirs) {
            for (String field : ExchangeRows.contentFields(RecordType.RESIDENTS)) {
                if (!Objects.equals(ExchangeRows.value(ours, field), ExchangeRows.value(theirs, field))) {
                    return false;
                }
            }
            return true;
        }

        private void checkResident(ResidentJson resident) {
            String field = "livingSituation";
            try {
                LivingSituation.valueOf(resident.livingSituation());
                field = "vulnerabilities";
                resident.vulnerabilities().forEach(Vulnerability::valueOf);
                field = "statusReason";
                if (resident.statusReason() != null) {
                    ClosureReason.valueOf(resident.statusReason());
                }
            } catch (IllegalArgumentException e) {
                throw new BundleRefusal(e, "exchange.refused.invalidRecord", RecordType.RESIDENTS, resident.id(),
                        field);
            }
            // Only the masked form may travel outside an RRN field: anything else could be a number in the clear.
            if (resident.rrnMasked() != null && !MASKED_RRN.matcher(resident.rrnMasked()).matches()) {
                throw new BundleRefusal("exchange.refused.invalidRecord", RecordType.RESIDENTS, resident.id(),
                        "rrnMasked");
            }
        }

        /** A new area or service may not take a name or code another record already has here. */
        private void checkUnique(RecordType type, ExchangeRecord record) {
            if (record instanceof org.dolbom.exchange.json.AreaJson area && ctx.fetchExists(AREA,
                    AREA.TOWNSHIP.eq(area.township()), AREA.NAME.eq(area.name()), AREA.ID.ne(area.id()))) {
                throw new BundleRefusal("exchange.import.sameName", type, area.township() + " " + area.name());
            }
            if (record instanceof org.dolbom.exchange.json.ServiceJson service && ctx.fetchExists(SERVICE,
                    SERVICE.CODE.eq(service.code()), SERVICE.ID.ne(service.id()))) {
                throw new BundleRefusal("exchange.import.sameName", type, service.code());
            }
        }

        private LocalVersion localVersion(String table, RecordType type, String id) {
            TableRecord<?> row = current(ctx, type, id);
            if (row == null) {
                return LocalVersion.absent();
            }
            Set<String> history = new HashSet<>(ctx.select(RECORD_HISTORY.REV).from(RECORD_HISTORY)
                    .where(RECORD_HISTORY.RECORD_TYPE.eq(table), RECORD_HISTORY.RECORD_ID.eq(id))
                    .fetch(RECORD_HISTORY.REV));
            return LocalVersion.of((String) row.get("rev"), history);
        }

        private void apply(RecordType type, Table<? extends TableRecord<?>> table, ExchangeRecord record,
                           LocalVersion local, MergeClass kind) {
            List<String> chain = MergeRules.chain(record);
            switch (kind) {
                case NEW -> {
                    TableRecord<?> row = ctx.newRecord(table);
                    ExchangeRows.intoRow(record, row);
                    if (record instanceof ResidentJson resident) {
                        residentColumns(ctx, row, resident, null);
                    }
                    ctx.insertInto(table).set(row).execute();
                    ExchangeRows.replaceChildren(ctx, type, record);
                    lineage(table.getName(), record.id(), chain);
                }
                case UPDATED -> {
                    TableRecord<?> existing = current(ctx, type, record.id());
                    RecordVersions.keepReplaced(ctx, existing, ExchangeRows.childContent(ctx, type, record.id()),
                            IMPORTED, actor.name(), now);
                    lineage(table.getName(), record.id(), chain.subList(0, chain.indexOf(local.currentRev())));
                    Field<String> id = ExchangeRows.stringField(table, "id");
                    if (record instanceof TombstoneJson) {
                        ctx.update(table)
                                .set(ExchangeRows.intField(table, "deleted"), 1)
                                .set(ExchangeRows.stringField(table, "rev"), record.rev())
                                .set(ExchangeRows.stringField(table, "prev_rev"), record.prevRev())
                                .set(ExchangeRows.stringField(table, "updated_at"), record.updatedAt().toString())
                                .where(id.eq(record.id())).execute();
                        return;
                    }
                    TableRecord<?> row = ctx.newRecord(table);
                    ExchangeRows.intoRow(record, row);
                    if (record instanceof ResidentJson resident) {
                        residentColumns(ctx, row, resident, existing);
                    }
                    ctx.update(table).set(row).where(id.eq(record.id())).execute();
                    ExchangeRows.replaceChildren(ctx, type, record);
                }
                case CONFLICT -> {
                    ExchangeRecord kept = record instanceof ResidentJson resident ? resident.withoutRrn() : record;
                    waiting.add(new String[] {table.getName(), record.id(), record.rev(),
                            record instanceof TombstoneJson ? CONFLICT_TOMBSTONE : CONFLICT_INCOMING,
                            JSON.writeValueAsString(kept)});
                }
                default -> {
                    // Unchanged, older than ours, or refused: nothing to write.
                }
            }
        }

        /** Earlier revs we have no content for, oldest first, so our history lists them most recent first. */
        private void lineage(String table, String id, List<String> newestFirst) {
            List<String> oldestFirst = new ArrayList<>(newestFirst);
            Collections.reverse(oldestFirst);
            for (String rev : oldestFirst) {
                history(ctx, table, id, rev, now, actor.name(), LINEAGE, "{}");
            }
        }

        @Override
        public Set<String> sameNameBirthAndPhone(String name, LocalDate birthDate, List<String> phoneDigits) {
            return new HashSet<>(ctx.select(RESIDENT.ID).from(RESIDENT)
                    .where(RESIDENT.NAME.eq(name), RESIDENT.BIRTH_DATE.eq(birthDate.toString()),
                            RESIDENT.DELETED.eq(0),
                            RESIDENT.PHONE_MOBILE.in(phoneDigits).or(RESIDENT.PHONE_HOME.in(phoneDigits)))
                    .fetch(RESIDENT.ID));
        }

        @Override
        public Set<String> sameRrn(Rrn rrn) {
            return new HashSet<>(ctx.select(RESIDENT.ID).from(RESIDENT)
                    .where(RESIDENT.RRN_FINGERPRINT.eq(vault.fingerprint(rrn)), RESIDENT.DELETED.eq(0))
                    .fetch(RESIDENT.ID));
        }
    }
}
