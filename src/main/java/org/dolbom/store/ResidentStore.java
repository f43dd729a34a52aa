package org.dolbom.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dolbom.domain.ClosureReason;
import org.dolbom.domain.Consent;
import org.dolbom.domain.ConsentKind;
import org.dolbom.domain.EmergencyContact;
import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.LivingSituation;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.Problem;
import org.dolbom.domain.Resident;
import org.dolbom.domain.ResidentRules;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.Rrn;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.Sex;
import org.dolbom.domain.Vulnerability;
import org.dolbom.search.ResidentKeys;
import org.dolbom.store.jooq.tables.records.ConsentRecord;
import org.dolbom.store.jooq.tables.records.ResidentRecord;
import org.jooq.DSLContext;
import org.jooq.Record2;

import static org.dolbom.store.jooq.Tables.AREA;
import static org.dolbom.store.jooq.Tables.CONSENT;
import static org.dolbom.store.jooq.Tables.RECORD_HISTORY;
import static org.dolbom.store.jooq.Tables.RESIDENT;

/** The registry: search, open, save, close and reopen residents. Every view and change is audited. */
public final class ResidentStore {

    private static final String RECORD_TYPE = "resident";

    private final Database database;
    private final RrnVault vault;
    private final AuditTrail audit;
    private final Clock clock;

    public ResidentStore(Database database, RrnVault vault, AuditTrail audit, Clock clock) {
        this.database = database;
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One page of residents matching the one-box query (name, 초성, 두음 variants, birth date, last 4 phone
     * digits, address or 리). A blank query lists everyone. Ordered by name, then birth date.
     */
    public ResidentPage search(String query, ResidentFilter filter, int offset, int limit) {
        return database.read(ctx -> ResidentSearchSql.page(ctx, query, filter, offset, limit));
    }

    /**
     * The page after {@code previous} of the same search. Walking the whole registry (no query), it starts from the
     * previous page's last row in the index, so the thousandth page costs what the first does.
     */
    public ResidentPage next(String query, ResidentFilter filter, ResidentPage previous, int limit) {
        return database.read(ctx -> ResidentSearchSql.next(ctx, query, filter, previous, limit));
    }

    /** How many residents {@link #search} finds for the query in all, across every page. */
    public int count(String query, ResidentFilter filter) {
        return database.read(ctx -> ResidentSearchSql.count(ctx, query, filter));
    }

    /**
     * Reads a resident's file for a person to look at; writes a VIEW audit entry.
     *
     * @throws StoreException {@code store.resident.missing} when there is no such resident
     */
    public Resident open(UUID id, Actor actor) {
        return database.write(ctx -> {
            ResidentRecord row = live(ctx, id);
            Resident resident = toResident(row, consentsOf(ctx, row.getId()));
            audit.record(actor, AuditAction.VIEW, id, null);
            return resident;
        });
    }

    /**
     * Creates (null id) or updates a resident in one transaction, keeping the replaced version in history.
     *
     * @throws InvalidInputException with every problem when the resident breaks a rule
     * @throws StoreException {@code store.resident.stale} when someone saved this resident since it was read
     */
    public Resident save(Resident resident, RrnChange rrn, Actor actor) {
        RrnChange change = rrn == null ? RrnChange.keep() : rrn;
        List<Problem> problems = new ArrayList<>(ResidentRules.check(resident, change, LocalDate.now(clock)));
        for (Consent consent : resident.consents()) {
            if (consent.kind() == null || consent.givenOn() == null) {
                problems.add(Problem.of("consents", "store.consent.incomplete"));
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return database.write(ctx -> {
            ResidentRecord existing = null;
            if (resident.id() != null) {
                existing = live(ctx, resident.id());
                if (!existing.getRev().equals(resident.rev())) {
                    throw new StoreException("store.resident.stale", existing.getName());
                }
            }
            AuditAction action = existing == null ? AuditAction.CREATE : AuditAction.EDIT;
            return write(ctx, resident, change, existing, actor, action, "edit", null);
        });
    }

    /**
     * Closes the case with a reason (§11); the status follows from the reason.
     *
     * @throws InvalidInputException when the reason needs a note that is missing, or the date is in the future
     */
    public Resident closeCase(UUID id, ClosureReason reason, String note, LocalDate on, Actor actor) {
        return database.write(ctx -> {
            ResidentRecord existing = live(ctx, id);
            Resident current = toResident(existing, consentsOf(ctx, existing.getId()));
            Resident closed = withStatus(current, reason.resultingStatus(), reason, note, on);
            List<Problem> problems = ResidentRules.check(closed, RrnChange.keep(), LocalDate.now(clock));
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return write(ctx, closed, RrnChange.keep(), existing, actor, AuditAction.CLOSE, "close", reason.name());
        });
    }

    /** Reopens a closed case (back to ACTIVE), keeping the closed version in history. */
    public Resident reopen(UUID id, Actor actor) {
        return database.write(ctx -> {
            ResidentRecord existing = live(ctx, id);
            Resident current = toResident(existing, consentsOf(ctx, existing.getId()));
            if (current.status() == ResidentStatus.ACTIVE) {
                return current;
            }
            Resident reopened = withStatus(current, ResidentStatus.ACTIVE, null, null, LocalDate.now(clock));
            return write(ctx, reopened, RrnChange.keep(), existing, actor, AuditAction.REOPEN, "reopen", null);
        });
    }

    /**
     * Sets the resident's risk level from a newer assessment, keeping the replaced version in history.
     * Joins the caller's transaction.
     */
    Resident assessRisk(UUID id, RiskLevel level, Actor actor) {
        return database.write(ctx -> {
            ResidentRecord existing = live(ctx, id);
            Resident current = toResident(existing, consentsOf(ctx, existing.getId()));
            if (current.riskLevel() == level) {
                return current;
            }
            Resident r = current;
            Resident assessed = new Resident(r.id(), r.rev(), r.name(), r.birthDate(), r.sex(), r.maskedRrn(),
                    r.mobilePhone(), r.homePhone(), r.roadAddress(), r.addressDetail(), r.areaId(), r.householdId(),
                    r.responsibleStaffId(), r.livingSituation(), r.vulnerabilities(), level, r.status(),
                    r.closureReason(), r.statusNote(), r.statusDate(), r.intakeDate(), r.emergencyContact(), r.notes(),
                    r.consents());
            return write(ctx, assessed, RrnChange.keep(), existing, actor, AuditAction.EDIT, "assessment",
                    "risk " + level.name());
        });
    }

    /** The full RRN for the explicit "show" action; audited as SHOW_RRN. Empty when none is stored. */
    public Optional<Rrn> revealRrn(UUID id, Actor actor) {
        return database.write(ctx -> {
            ResidentRecord row = live(ctx, id);
            if (row.getRrnCipher() == null) {
                return Optional.empty();
            }
            Rrn rrn = vault.open(row.getRrnCipher());
            audit.record(actor, AuditAction.SHOW_RRN, id, null);
            return Optional.of(rrn);
        });
    }

    /** Earlier versions of this resident, newest first. */
    public List<HistoryEntry> history(UUID id) {
        return database.read(ctx -> ctx.selectFrom(RECORD_HISTORY)
                .where(RECORD_HISTORY.RECORD_TYPE.eq(RECORD_TYPE), RECORD_HISTORY.RECORD_ID.eq(id.toString()))
                .orderBy(RECORD_HISTORY.SEQ.desc())
                .fetch(r -> new HistoryEntry(r.getRecordType(), r.getRecordId(), r.getRev(),
                        Instant.parse(r.getReplacedAt()), r.getReason(), r.getContent())));
    }

    private Resident write(DSLContext ctx, Resident resident, RrnChange change, ResidentRecord existing, Actor actor,
                           AuditAction action, String reason, String detail) {
        Instant now = Instant.now(clock);
        String origin = database.origin(ctx);
        ResidentRecord record = ctx.newRecord(RESIDENT);
        record.setId(existing == null && resident.id() != null ? resident.id().toString() : null);
        fill(record, resident);
        switch (change) {
            case RrnChange.Keep keep -> {
                record.setRrnCipher(existing == null ? null : existing.getRrnCipher());
                record.setRrnMasked(existing == null ? null : existing.getRrnMasked());
                record.setRrnFingerprint(existing == null ? null : existing.getRrnFingerprint());
            }
            case RrnChange.Clear clear -> {
                record.setRrnCipher(null);
                record.setRrnMasked(null);
                record.setRrnFingerprint(null);
            }
            case RrnChange.Set(Rrn rrn) -> seal(record, vault, rrn);
        }
        searchKeys(record, resident, areaLabel(ctx, record.getAreaId()));

        List<ConsentRecord> existingConsents = existing == null ? List.of() : consentRecordsOf(ctx, existing.getId());
        Map<String, Object> consentContent = consentExtra(resident.consents());
        Map<String, Object> replacedConsentContent = Map.of("consents",
                consentContent(existingConsents.stream().map(ResidentStore::toConsent).toList()));
        RecordVersions.store(ctx, record, existing, consentContent, replacedConsentContent, reason, actor.name(),
                now, origin);
        UUID id = UUID.fromString(record.getId());
        List<Consent> consents = storeConsents(ctx, record.getId(), resident.consents(), existingConsents, actor,
                now, origin);
        audit.record(actor, action, id, detail);
        return toResident(record, consents);
    }

    /** Sets a resident's content columns as every save stores them: no RRN, bookkeeping or search keys. */
    static void fill(ResidentRecord record, Resident resident) {
        record.setName(resident.name().strip());
        record.setBirthDate(resident.birthDate().toString());
        record.setSex(resident.sex().name());
        record.setPhoneMobile(digits(resident.mobilePhone()));
        record.setPhoneHome(digits(resident.homePhone()));
        record.setRoadAddress(blankToNull(resident.roadAddress()));
        record.setAddressDetail(blankToNull(resident.addressDetail()));
        record.setAreaId(text(resident.areaId()));
        record.setHouseholdId(text(resident.householdId()));
        record.setResponsibleStaffId(text(resident.responsibleStaffId()));
        record.setLivingSituation(resident.livingSituation().name());
        record.setVulnerabilities(vulnerabilitiesText(resident.vulnerabilities()));
        record.setRiskLevel(resident.riskLevel().name());
        record.setStatus(resident.status().name());
        record.setStatusReason(resident.closureReason() == null ? null : resident.closureReason().name());
        record.setStatusNote(blankToNull(resident.statusNote()));
        record.setStatusDate(text(resident.statusDate()));
        record.setIntakeDate(text(resident.intakeDate()));
        EmergencyContact contact = resident.emergencyContact();
        record.setEmergencyContactName(contact == null ? null : blankToNull(contact.name()));
        record.setEmergencyContactRelation(contact == null ? null : blankToNull(contact.relation()));
        record.setEmergencyContactPhone(contact == null ? null : digits(contact.phone()));
        record.setNotes(blankToNull(resident.notes()));
    }

    /** Stores the RRN sealed, masked and fingerprinted; never in plain text. */
    static void seal(ResidentRecord record, RrnVault vault, Rrn rrn) {
        record.setRrnCipher(vault.seal(rrn));
        record.setRrnMasked(rrn.masked());
        record.setRrnFingerprint(vault.fingerprint(rrn));
    }

    /** Sets the search keys of a filled resident row; {@code areaLabel} is "township name" of its area. */
    static void searchKeys(ResidentRecord record, Resident resident, String areaLabel) {
        List<PhoneNumber> phones = new ArrayList<>(2);
        if (resident.mobilePhone() != null) {
            phones.add(resident.mobilePhone());
        }
        if (resident.homePhone() != null) {
            phones.add(resident.homePhone());
        }
        ResidentKeys keys = ResidentKeys.of(record.getName(), resident.birthDate(), phones,
                record.getRoadAddress(), record.getAddressDetail(), areaLabel);
        record.setSortName(keys.sortName());
        record.setNameInitials(keys.nameInitials());
        record.setSearchText(keys.searchText());
        record.setPhoneLast4(keys.phoneLast4());
    }

    /** The consents as they count in a resident's rev and history. */
    static Map<String, Object> consentExtra(List<Consent> consents) {
        return Map.of("consents", consentContent(consents));
    }

    static void fill(ConsentRecord record, String residentId, Consent consent) {
        record.setId(consent.id() == null ? null : consent.id().toString());
        record.setResidentId(residentId);
        record.setKind(consent.kind().name());
        record.setGranted(consent.granted() ? 1 : 0);
        record.setGivenOn(consent.givenOn().toString());
        record.setNote(blankToNull(consent.note()));
    }

    /** Writes changed and new consents and tombstones the ones no longer listed. */
    private static List<Consent> storeConsents(DSLContext ctx, String residentId, List<Consent> wanted,
                                               List<ConsentRecord> existing, Actor actor, Instant now,
                                               String origin) {
        Map<String, ConsentRecord> byId = existing.stream()
                .collect(Collectors.toMap(ConsentRecord::getId, Function.identity()));
        List<Consent> saved = new ArrayList<>(wanted.size());
        for (Consent consent : wanted) {
            ConsentRecord previous = consent.id() == null ? null : byId.remove(consent.id().toString());
            if (previous != null && toConsent(previous).equals(normalised(consent))) {
                saved.add(toConsent(previous));
                continue;
            }
            ConsentRecord record = ctx.newRecord(CONSENT);
            fill(record, residentId, consent);
            RecordVersions.store(ctx, record, previous, Map.of(), Map.of(), "edit", actor.name(), now, origin);
            saved.add(toConsent(record));
        }
        for (ConsentRecord dropped : byId.values()) {
            ConsentRecord tombstone = dropped.copy();
            tombstone.setId(dropped.getId());
            tombstone.setDeleted(1);
            RecordVersions.store(ctx, tombstone, dropped, Map.of(), Map.of(), "delete", actor.name(), now, origin);
        }
        return saved;
    }

    private static Consent normalised(Consent consent) {
        return new Consent(consent.id(), consent.kind(), consent.granted(), consent.givenOn(),
                blankToNull(consent.note()));
    }

    private static List<Map<String, Object>> consentContent(List<Consent> consents) {
        return consents.stream()
                .sorted(Comparator.comparing((Consent c) -> c.kind().name())
                        .thenComparing(c -> c.givenOn().toString())
                        .thenComparing(Consent::granted))
                .map(c -> {
                    Map<String, Object> content = new LinkedHashMap<>();
                    content.put("kind", c.kind().name());
                    content.put("granted", c.granted());
                    content.put("given_on", c.givenOn().toString());
                    content.put("note", blankToNull(c.note()));
                    return content;
                })
                .toList();
    }

    private static ResidentRecord live(DSLContext ctx, UUID id) {
        ResidentRecord row = ctx.selectFrom(RESIDENT)
                .where(RESIDENT.ID.eq(id.toString()), RESIDENT.DELETED.eq(0))
                .fetchOne();
        if (row == null) {
            throw new StoreException("store.resident.missing");
        }
        return row;
    }

    private static List<ConsentRecord> consentRecordsOf(DSLContext ctx, String residentId) {
        return ctx.selectFrom(CONSENT)
                .where(CONSENT.RESIDENT_ID.eq(residentId), CONSENT.DELETED.eq(0))
                .orderBy(CONSENT.KIND, CONSENT.GIVEN_ON, CONSENT.ID)
                .fetch();
    }

    private static List<Consent> consentsOf(DSLContext ctx, String residentId) {
        return consentRecordsOf(ctx, residentId).stream().map(ResidentStore::toConsent).toList();
    }

    private static String areaLabel(DSLContext ctx, String areaId) {
        if (areaId == null) {
            return null;
        }
        Record2<String, String> area = ctx.select(AREA.TOWNSHIP, AREA.NAME).from(AREA)
                .where(AREA.ID.eq(areaId)).fetchOne();
        return area == null ? null : area.value1() + " " + area.value2();
    }

    private static Resident withStatus(Resident r, ResidentStatus status, ClosureReason reason, String note,
                                       LocalDate on) {
        return new Resident(r.id(), r.rev(), r.name(), r.birthDate(), r.sex(), r.maskedRrn(), r.mobilePhone(),
                r.homePhone(), r.roadAddress(), r.addressDetail(), r.areaId(), r.householdId(),
                r.responsibleStaffId(), r.livingSituation(), r.vulnerabilities(), r.riskLevel(), status, reason, note,
                on, r.intakeDate(), r.emergencyContact(), r.notes(), r.consents());
    }

    static Resident toResident(ResidentRecord r, List<Consent> consents) {
        EmergencyContact contact = null;
        if (r.getEmergencyContactName() != null || r.getEmergencyContactRelation() != null
                || r.getEmergencyContactPhone() != null) {
            contact = new EmergencyContact(r.getEmergencyContactName(), r.getEmergencyContactRelation(),
                    phone(r.getEmergencyContactPhone()));
        }
        return new Resident(
                UUID.fromString(r.getId()),
                r.getRev(),
                r.getName(),
                LocalDate.parse(r.getBirthDate()),
                Sex.valueOf(r.getSex()),
                r.getRrnMasked(),
                phone(r.getPhoneMobile()),
                phone(r.getPhoneHome()),
                r.getRoadAddress(),
                r.getAddressDetail(),
                uuid(r.getAreaId()),
                uuid(r.getHouseholdId()),
                uuid(r.getResponsibleStaffId()),
                LivingSituation.valueOf(r.getLivingSituation()),
                vulnerabilities(r.getVulnerabilities()),
                RiskLevel.valueOf(r.getRiskLevel()),
                ResidentStatus.valueOf(r.getStatus()),
                r.getStatusReason() == null ? null : ClosureReason.valueOf(r.getStatusReason()),
                r.getStatusNote(),
                date(r.getStatusDate()),
                date(r.getIntakeDate()),
                contact,
                r.getNotes(),
                consents);
    }

    private static Consent toConsent(ConsentRecord r) {
        return new Consent(UUID.fromString(r.getId()), ConsentKind.valueOf(r.getKind()), r.getGranted() == 1,
                LocalDate.parse(r.getGivenOn()), r.getNote());
    }

    /** Comma-separated names in the enum's order, so equal sets always store the same text. */
    static String vulnerabilitiesText(Set<Vulnerability> vulnerabilities) {
        return vulnerabilities.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<Vulnerability> vulnerabilities(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        EnumSet<Vulnerability> set = EnumSet.noneOf(Vulnerability.class);
        Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(name -> set.add(Vulnerability.valueOf(name)));
        return set;
    }

    private static String digits(PhoneNumber phone) {
        return phone == null ? null : phone.digits();
    }

    private static PhoneNumber phone(String digits) {
        return digits == null ? null : new PhoneNumber(digits);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
