package org.dolbom.ui.exchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.dolbom.app.AppContext;
import org.dolbom.domain.Area;
import org.dolbom.domain.AreaKind;
import org.dolbom.domain.Office;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.Resident;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.Sex;
import org.dolbom.domain.Staff;
import org.dolbom.domain.StaffRole;
import org.dolbom.exchange.Progress;
import org.dolbom.exchange.Purpose;
import org.dolbom.exchange.Scope;
import org.dolbom.exchange.Sealing;
import org.dolbom.i18n.Messages;
import org.dolbom.store.Actor;
import org.dolbom.store.BundleExport;
import org.dolbom.store.ResidentFilter;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.TestRegistry;
import org.dolbom.ui.concurrent.BackgroundWork;

/** Two offices with their own data files, and the bundles they send each other, as the exchange tabs meet them. */
final class ImportOffices {

    static final Actor LEADER = new Actor("김팀장", "office-pc-1");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T01:00:00Z"), ZoneId.of("Asia/Seoul"));
    static final String LEGAL_BASIS = "돌봄통합지원법 제00조";
    static final String CONSENT = "동의서 2026-118";

    private ImportOffices() {
    }

    /** 용문면, which sends: one village, a team leader, and 박순자, 최영수 and 한말순. */
    static AppContext sender(Path folder) {
        AppContext context = AppContext.open(folder.resolve("yongmun.db"), CLOCK);
        context.office().register(new Office("4183032000", "용문면 맞춤형복지팀"));
        Staff leader = context.staff().save(new Staff(null, "이팀장", StaffRole.TEAM_LEADER, null, true, 8));
        Area village = context.areas().save(new Area(null, "용문면", "다문리", AreaKind.RI, leader.id()));
        context.residents().save(TestRegistry.resident("박순자", LocalDate.of(1944, 5, 3), Sex.F, "010-2222-3333",
                village), RrnChange.keep(), LEADER);
        context.residents().save(TestRegistry.resident("최영수", LocalDate.of(1941, 2, 11), Sex.M, "010-3333-4444",
                village), RrnChange.keep(), LEADER);
        context.residents().save(TestRegistry.resident("한말순", LocalDate.of(1936, 12, 24), Sex.F, "010-5555-6666",
                village), RrnChange.keep(), LEADER);
        return context;
    }

    /** 양평읍, which receives: the small registry the window tests use too. */
    static AppContext receiver(Path folder) {
        return TestRegistry.seed(folder.resolve("yangpyeong.db"));
    }

    /** A share of everything, with its legal basis and consent reference. */
    static BundleExport.Result share(AppContext from, Path target) {
        return export(from, target, Scope.all("시군구 통합돌봄 공유"), Sealing.none());
    }

    static BundleExport.Result export(AppContext from, Path target, Scope scope, Sealing sealing) {
        return from.bundleExport().export(new BundleExport.Request(scope, Purpose.SHARE, LEGAL_BASIS, CONSENT,
                sealing), target, LEADER, Progress.NONE, () -> false);
    }

    /** The import tab's ViewModel over a data file, doing its work at once on the calling thread. */
    static ImportViewModel importTab(AppContext context, Runnable onImported) {
        return importTab(context, BackgroundWork.immediate(), onImported);
    }

    static ImportViewModel importTab(AppContext context, BackgroundWork work, Runnable onImported) {
        return new ImportViewModel(context.bundleImport(), context.residents(), work, Messages.korean(),
                new StatusLine(), () -> LEADER, CLOCK.getZone(),
                context.database().file().toAbsolutePath().getParent(), onImported);
    }

    static ConflictsViewModel conflictsTab(AppContext context, Runnable onResolved) {
        return new ConflictsViewModel(context.bundleImport(), context.ledger(), BackgroundWork.immediate(),
                Messages.korean(), new StatusLine(), () -> LEADER, CLOCK.getZone(), onResolved);
    }

    static UUID residentNamed(AppContext context, String name) {
        return context.residents().search(name, ResidentFilter.ALL, 0, 10).rows().stream()
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
    }

    static long residentsNamed(AppContext context, String name) {
        return context.residents().search(name, ResidentFilter.ALL, 0, 10).rows().stream()
                .filter(r -> r.name().equals(name)).count();
    }

    static Resident withNotes(Resident r, String notes) {
        return new Resident(r.id(), r.rev(), r.name(), r.birthDate(), r.sex(), r.maskedRrn(), r.mobilePhone(),
                r.homePhone(), r.roadAddress(), r.addressDetail(), r.areaId(), r.householdId(),
                r.responsibleStaffId(), r.livingSituation(), r.vulnerabilities(), r.riskLevel(), r.status(),
                r.closureReason(), r.statusNote(), r.statusDate(), r.intakeDate(), r.emergencyContact(), notes,
                r.consents());
    }

    static Resident withMobile(Resident r, String mobile) {
        return new Resident(r.id(), r.rev(), r.name(), r.birthDate(), r.sex(), r.maskedRrn(),
                PhoneNumber.parse(mobile), r.homePhone(), r.roadAddress(), r.addressDetail(), r.areaId(),
                r.householdId(), r.responsibleStaffId(), r.livingSituation(), r.vulnerabilities(), r.riskLevel(),
                r.status(), r.closureReason(), r.statusNote(), r.statusDate(), r.intakeDate(),
                r.emergencyContact(), r.notes(), r.consents());
    }

    /**
     * A hash over every row of every table of the data file, read through a second connection: equal only when
     * nothing at all was written, audit entries and the ledger included.
     */
    static String everything(AppContext context) {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + context.database().file());
             Statement sql = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = sql.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String table : tables) {
                if (table.equals("resident_fts")) {
                    continue; // its shadow tables hold the same content
                }
                List<String> lines = new ArrayList<>();
                try (ResultSet rows = sql.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int c = 1; c <= columns; c++) {
                            line.append(rows.getString(c)).append('\u0000');
                        }
                        lines.add(line.toString());
                    }
                }
                lines.sort(null);
                digest.update(table.getBytes(StandardCharsets.UTF_8));
                lines.forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (SQLException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
