package org.dolbom.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.dolbom.domain.CareDomain;
import org.dolbom.domain.Resident;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.ServiceEntry;
import org.dolbom.domain.Sex;

/** A real data file with the case-file stores over it, as the app builds them. */
final class CaseWork implements AutoCloseable {

    final CaseFile file;
    final CatalogueStore catalogue;
    final AssessmentStore assessments;
    final PlanStore plans;
    final VisitStore visits;
    final CaseFileReads reads;
    final TimelineStore timeline;

    private CaseWork(CaseFile file) {
        this.file = file;
        this.catalogue = new CatalogueStore(file.database);
        this.assessments = new AssessmentStore(file.database, file.residents, file.audit, CaseFile.CLOCK);
        this.plans = new PlanStore(file.database, file.audit, CaseFile.CLOCK);
        this.visits = new VisitStore(file.database, file.audit, CaseFile.CLOCK);
        this.reads = new CaseFileReads(file.database, plans, assessments, visits);
        this.timeline = new TimelineStore(file.database, CaseFile.CLOCK);
    }

    static CaseWork in(Path folder) {
        return new CaseWork(CaseFile.in(folder));
    }

    /** An open resident taken in on {@code intake}. */
    UUID resident(String name, LocalDate intake) {
        return resident(name, intake, null);
    }

    /** An open resident taken in on {@code intake}, living in an area (whose staff member then answers for them). */
    UUID resident(String name, LocalDate intake, UUID areaId) {
        Resident r = CaseFile.named(name, LocalDate.of(1945, 5, 5), Sex.F);
        Resident withIntake = new Resident(null, null, r.name(), r.birthDate(), r.sex(), null, null, null, null,
                null, areaId, null, null, null, null, RiskLevel.MEDIUM, ResidentStatus.ACTIVE, null, null, null,
                intake, null, null, null);
        return file.residents.save(withIntake, RrnChange.keep(), CaseFile.LEADER).id();
    }

    ServiceEntry service(String code, String name, CareDomain domain) {
        return catalogue.save(new ServiceEntry(null, code, name, domain, false));
    }

    long count(String what) {
        return file.inventory.counts().get(what);
    }

    long history() {
        return count("history");
    }

    @Override
    public void close() {
        file.close();
    }
}
