package org.dolbom.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.dolbom.store.AreaStore;
import org.dolbom.store.AssessmentStore;
import org.dolbom.store.AuditTrail;
import org.dolbom.store.Backups;
import org.dolbom.store.BundleExport;
import org.dolbom.store.BulkCaseWrites;
import org.dolbom.store.BundleImport;
import org.dolbom.store.CaseFileReads;
import org.dolbom.store.CatalogueStore;
import org.dolbom.store.Database;
import org.dolbom.store.HouseholdStore;
import org.dolbom.store.Inventory;
import org.dolbom.store.OfficeStore;
import org.dolbom.store.PlanStore;
import org.dolbom.store.ResidentStore;
import org.dolbom.store.SharingLedger;
import org.dolbom.store.SqliteLibrary;
import org.dolbom.store.RrnVault;
import org.dolbom.store.ScheduleStore;
import org.dolbom.store.StaffStore;
import org.dolbom.store.StoreException;
import org.dolbom.store.TimelineStore;
import org.dolbom.store.VisitStore;

/**
 * Builds the services over one data file and hands them out; the window and the CLI both start here.
 * No framework: constructors only.
 */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final Clock clock;
    private final OfficeStore office;
    private final StaffStore staff;
    private final AreaStore areas;
    private final HouseholdStore households;
    private final AuditTrail audit;
    private final ResidentStore residents;
    private final Inventory inventory;
    private final Backups backups;
    private final SharingLedger ledger;
    private final RrnVault vault;
    // Built on first use: they bring Jackson (the bundle format, the timeline's history), which the window does not
    // need to show the registry.
    private BundleExport bundleExport;
    private BundleImport bundleImport;
    private final CatalogueStore catalogue;
    private final AssessmentStore assessments;
    private final PlanStore plans;
    private final VisitStore visits;
    private final CaseFileReads caseFiles;
    private TimelineStore timeline;
    private final ScheduleStore schedule;
    private final BulkCaseWrites bulkWrites;

    private AppContext(Database database, RrnVault vault, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.office = new OfficeStore(database);
        this.staff = new StaffStore(database);
        this.areas = new AreaStore(database);
        this.households = new HouseholdStore(database);
        this.audit = new AuditTrail(database, clock);
        this.residents = new ResidentStore(database, vault, audit, clock);
        this.inventory = new Inventory(database);
        this.backups = new Backups(database);
        this.ledger = new SharingLedger(database, clock);
        this.vault = vault;
        this.catalogue = new CatalogueStore(database);
        this.assessments = new AssessmentStore(database, residents, audit, clock);
        this.plans = new PlanStore(database, audit, clock);
        this.visits = new VisitStore(database, audit, clock);
        this.caseFiles = new CaseFileReads(database, plans, assessments, visits);
        this.schedule = new ScheduleStore(database, visits, audit, clock);
        this.bulkWrites = new BulkCaseWrites(database, vault, clock);
    }

    /**
     * Opens the data file (creating and migrating it when new) and its RRN key beside it.
     *
     * @throws org.dolbom.store.StoreException when the file is in use by another Dolbom or cannot be opened
     */
    public static AppContext open(Path databaseFile, Clock clock) {
        boolean existed = Files.isRegularFile(databaseFile);
        SqliteLibrary.keepCopyIn(DataLocation.cacheDirectory());
        Database database = Database.open(databaseFile);
        try {
            if (existed) {
                adoptLegacyKey(databaseFile);
            }
            RrnVault vault = RrnVault.open(DataLocation.keyFileFor(databaseFile));
            return new AppContext(database, vault, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static void adoptLegacyKey(Path databaseFile) {
        try {
            DataLocation.adoptLegacyKey(databaseFile);
        } catch (IOException e) {
            throw new StoreException("store.rrn.keyUnreadable", e, DataLocation.legacyKeyFileFor(databaseFile));
        }
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public OfficeStore office() {
        return office;
    }

    public StaffStore staff() {
        return staff;
    }

    public AreaStore areas() {
        return areas;
    }

    public HouseholdStore households() {
        return households;
    }

    public AuditTrail audit() {
        return audit;
    }

    public ResidentStore residents() {
        return residents;
    }

    public Inventory inventory() {
        return inventory;
    }

    public Backups backups() {
        return backups;
    }

    public SharingLedger ledger() {
        return ledger;
    }

    public synchronized BundleExport bundleExport() {
        if (bundleExport == null) {
            bundleExport = new BundleExport(database, vault, residents, audit, ledger, clock);
        }
        return bundleExport;
    }

    public synchronized BundleImport bundleImport() {
        if (bundleImport == null) {
            bundleImport = new BundleImport(database, vault, audit, ledger, clock);
        }
        return bundleImport;
    }

    public CatalogueStore catalogue() {
        return catalogue;
    }

    public AssessmentStore assessments() {
        return assessments;
    }

    public PlanStore plans() {
        return plans;
    }

    public VisitStore visits() {
        return visits;
    }

    /** The due list, a resident's next dates and the case overview, all from the one due function. */
    public CaseFileReads caseFiles() {
        return caseFiles;
    }

    public synchronized TimelineStore timeline() {
        if (timeline == null) {
            timeline = new TimelineStore(database, clock);
        }
        return timeline;
    }

    /** The saved weekly visit schedule. */
    public ScheduleStore schedule() {
        return schedule;
    }

    /** Whole case files written at once, for the demo township. */
    public BulkCaseWrites bulkWrites() {
        return bulkWrites;
    }

    /** Closes the file, taking the closing backup. */
    @Override
    public void close() {
        database.close();
    }
}
