package org.dolbom.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.dolbom.domain.Assessment;
import org.dolbom.domain.AssessmentRules;
import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.NeedDomain;
import org.dolbom.domain.NeedRating;
import org.dolbom.domain.Problem;
import org.dolbom.domain.RiskLevel;
import org.dolbom.store.jooq.tables.records.AssessmentRecord;
import org.jooq.DSLContext;

import static org.dolbom.store.Columns.blankToNull;
import static org.dolbom.store.Columns.text;
import static org.dolbom.store.Columns.uuid;
import static org.dolbom.store.jooq.Tables.ASSESSMENT;
import static org.dolbom.store.jooq.Tables.ASSESSMENT_DOMAIN;
import static org.dolbom.store.jooq.Tables.RECORD_HISTORY;
import static org.dolbom.store.jooq.Tables.RESIDENT;

/**
 * Assessments (욕구조사/종합판정) with their nine domain ratings. Saving the resident's newest assessment also
 * sets the resident's risk level (위기도) to the assessment's, so the registry and the due list rank by the
 * latest judgement; an older assessment entered late leaves the resident's risk alone.
 */
public final class AssessmentStore {

    static final String RECORD_TYPE = "assessment";

    private final Database database;
    private final ResidentStore residents;
    private final AuditTrail audit;
    private final Clock clock;

    public AssessmentStore(Database database, ResidentStore residents, AuditTrail audit, Clock clock) {
        this.database = database;
        this.residents = residents;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates (null id) or updates an assessment with its domain ratings in one transaction.
     *
     * @throws InvalidInputException with every problem
     * @throws StoreException        {@code store.assessment.stale} when someone saved it since it was read,
     *                               {@code store.resident.missing} when the resident does not exist
     */
    public Assessment save(Assessment assessment, Actor actor) {
        List<Problem> problems = AssessmentRules.check(assessment, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return database.write(ctx -> {
            AssessmentRecord existing = null;
            if (assessment.id() != null) {
                existing = live(ctx, assessment.id());
                if (!existing.getRev().equals(assessment.rev())) {
                    throw new StoreException("store.assessment.stale");
                }
            }
            residentMustExist(ctx, assessment.residentId());
            AssessmentRecord record = ctx.newRecord(ASSESSMENT);
            fill(record, assessment);
            List<NeedRating> needs = normalised(assessment.needs());
            Map<String, Object> extra = needsExtra(needs);
            Map<String, Object> replacedExtra = existing == null ? Map.of()
                    : Map.of("needs", needsContent(needsOf(ctx, existing.getId())));
            RecordVersions.store(ctx, record, existing, extra, replacedExtra, "edit", actor.name(),
                    Instant.now(clock), database.origin(ctx));
            ctx.deleteFrom(ASSESSMENT_DOMAIN).where(ASSESSMENT_DOMAIN.ASSESSMENT_ID.eq(record.getId())).execute();
            for (NeedRating need : needs) {
                ctx.insertInto(ASSESSMENT_DOMAIN)
                        .set(ASSESSMENT_DOMAIN.ASSESSMENT_ID, record.getId())
                        .set(ASSESSMENT_DOMAIN.DOMAIN, need.domain().name())
                        .set(ASSESSMENT_DOMAIN.NEED_LEVEL, need.level())
                        .set(ASSESSMENT_DOMAIN.NOTE, need.note())
                        .execute();
            }
            audit.record(actor, existing == null ? AuditAction.CREATE : AuditAction.EDIT, assessment.residentId(),
                    RECORD_TYPE + " " + record.getId());
            if (isNewest(ctx, record)) {
                residents.assessRisk(assessment.residentId(), assessment.riskLevel(), actor);
            }
            return toAssessment(record, needs);
        });
    }

    public Optional<Assessment> find(UUID id) {
        return database.read(ctx -> ctx.selectFrom(ASSESSMENT)
                .where(ASSESSMENT.ID.eq(id.toString()), ASSESSMENT.DELETED.eq(0))
                .fetchOptional(r -> toAssessment(r, needsOf(ctx, r.getId()))));
    }

    /** The resident's assessments, newest first. */
    public List<Assessment> forResident(UUID residentId) {
        return database.read(ctx -> ctx.selectFrom(ASSESSMENT)
                .where(ASSESSMENT.RESIDENT_ID.eq(residentId.toString()), ASSESSMENT.DELETED.eq(0))
                .orderBy(ASSESSMENT.ASSESSED_ON.desc(), ASSESSMENT.CREATED_AT.desc())
                .fetch(r -> toAssessment(r, needsOf(ctx, r.getId()))));
    }

    /** The resident's newest assessment. */
    public Optional<Assessment> latest(UUID residentId) {
        return forResident(residentId).stream().findFirst();
    }

    /** Earlier versions of an assessment, newest first. */
    public List<HistoryEntry> history(UUID id) {
        return history(database, RECORD_TYPE, id);
    }

    static List<HistoryEntry> history(Database database, String recordType, UUID id) {
        return database.read(ctx -> ctx.selectFrom(RECORD_HISTORY)
                .where(RECORD_HISTORY.RECORD_TYPE.eq(recordType), RECORD_HISTORY.RECORD_ID.eq(id.toString()))
                .orderBy(RECORD_HISTORY.SEQ.desc())
                .fetch(r -> new HistoryEntry(r.getRecordType(), r.getRecordId(), r.getRev(),
                        Instant.parse(r.getReplacedAt()), r.getReason(), r.getContent())));
    }

    private static boolean isNewest(DSLContext ctx, AssessmentRecord record) {
        return !ctx.fetchExists(ASSESSMENT, ASSESSMENT.RESIDENT_ID.eq(record.getResidentId()),
                ASSESSMENT.DELETED.eq(0), ASSESSMENT.ID.ne(record.getId()),
                ASSESSMENT.ASSESSED_ON.gt(record.getAssessedOn()));
    }

    static void residentMustExist(DSLContext ctx, UUID residentId) {
        boolean exists = ctx.fetchExists(RESIDENT, RESIDENT.ID.eq(residentId.toString()), RESIDENT.DELETED.eq(0));
        if (!exists) {
            throw new StoreException("store.resident.missing");
        }
    }

    /** All nine domains in form order; a domain left out of the form is stored at level 0. */
    static List<NeedRating> normalised(List<NeedRating> needs) {
        Map<NeedDomain, NeedRating> byDomain = new LinkedHashMap<>();
        for (NeedDomain domain : NeedDomain.values()) {
            byDomain.put(domain, new NeedRating(domain, 0, null));
        }
        for (NeedRating need : needs) {
            byDomain.put(need.domain(), new NeedRating(need.domain(), need.level(), blankToNull(need.note())));
        }
        return List.copyOf(byDomain.values());
    }

    static void fill(AssessmentRecord record, Assessment assessment) {
        record.setResidentId(assessment.residentId().toString());
        record.setAssessedOn(assessment.assessedOn().toString());
        record.setAssessorStaffId(text(assessment.assessorStaffId()));
        record.setSummary(blankToNull(assessment.summary()));
        record.setRiskLevel(assessment.riskLevel().name());
    }

    /** The domain ratings (normalised) as they count in an assessment's rev and history. */
    static Map<String, Object> needsExtra(List<NeedRating> needs) {
        return Map.of("needs", needsContent(needs));
    }

    private static List<Map<String, Object>> needsContent(List<NeedRating> needs) {
        return needs.stream().map(n -> {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("domain", n.domain().name());
            content.put("need_level", n.level());
            content.put("note", n.note());
            return content;
        }).toList();
    }

    private static List<NeedRating> needsOf(DSLContext ctx, String assessmentId) {
        List<NeedRating> stored = ctx.selectFrom(ASSESSMENT_DOMAIN)
                .where(ASSESSMENT_DOMAIN.ASSESSMENT_ID.eq(assessmentId))
                .fetch(r -> new NeedRating(NeedDomain.valueOf(r.getDomain()), r.getNeedLevel(), r.getNote()));
        return normalised(stored);
    }

    private static AssessmentRecord live(DSLContext ctx, UUID id) {
        AssessmentRecord row = ctx.selectFrom(ASSESSMENT)
                .where(ASSESSMENT.ID.eq(id.toString()), ASSESSMENT.DELETED.eq(0)).fetchOne();
        if (row == null) {
            throw new StoreException("store.assessment.missing");
        }
        return row;
    }

    private static Assessment toAssessment(AssessmentRecord r, List<NeedRating> needs) {
        return new Assessment(UUID.fromString(r.getId()), r.getRev(), UUID.fromString(r.getResidentId()),
                LocalDate.parse(r.getAssessedOn()), uuid(r.getAssessorStaffId()), needs, r.getSummary(),
                RiskLevel.valueOf(r.getRiskLevel()));
    }
}
