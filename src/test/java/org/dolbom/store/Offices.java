package org.dolbom.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.dolbom.app.AppContext;
import org.dolbom.app.demo.DemoData;
import org.dolbom.domain.Office;
import org.dolbom.exchange.Progress;
import org.dolbom.exchange.Purpose;
import org.dolbom.exchange.Scope;
import org.dolbom.exchange.Sealing;

/** Two or more offices, each its own data file with its own RRN key, as the exchange tests need them. */
final class Offices {

    static final Actor LEADER = new Actor("김팀장", "office-pc-1");
    static final Clock CLOCK = Clock.systemUTC();

    /** The tables a bundle fills: a change to any of them is a change a person could see. */
    static final Set<String> CASE_TABLES = Set.of("staff", "area", "household", "resident", "consent", "assessment",
            "assessment_domain", "support_plan", "planned_service", "plan_check", "service", "provider", "visit",
            "vitals", "visit_service", "schedule_entry");

    private Offices() {
    }

    static AppContext open(Path folder, String code, String name) {
        AppContext context = AppContext.open(folder.resolve(code + ".db"), CLOCK);
        if (context.office().office().isEmpty()) {
            context.office().register(new Office(code, name));
        }
        return context;
    }

    static AppContext withDemo(Path folder, String code, int residents, long seed) {
        AppContext context = open(folder, code, "행복동 " + code);
        DemoData.fill(context, residents, seed, LEADER);
        return context;
    }

    static BundleExport.Result export(AppContext from, Path target, Scope scope) {
        return from.bundleExport().export(new BundleExport.Request(scope, Purpose.BACKUP, null, null, Sealing.none()),
                target, LEADER, Progress.NONE, () -> false);
    }

    static BundleExport.Result exportAll(AppContext from, Path target) {
        return export(from, target, Scope.all(null));
    }

    static ImportPreview importFile(AppContext into, Path bundle) {
        return into.bundleImport().apply(bundle, () -> null, LEADER, null, Progress.NONE, () -> false);
    }

    /** A hash over every row of every table, in rowid order: equal only when nothing at all changed. */
    static String contentHash(AppContext context) {
        return hash(context, null);
    }

    /** A hash over the case tables only (no audit, ledger or history times). */
    static String caseHash(AppContext context) {
        return hash(context, CASE_TABLES);
    }

    private static String hash(AppContext context, Set<String> only) {
        return context.database().read(ctx -> {
            List<String> tables = ctx.fetch("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' ORDER BY name").getValues(0, String.class);
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                for (String table : tables) {
                    if ((only != null && !only.contains(table)) || table.equals("resident_fts")) {
                        continue;
                    }
                    // FTS shadow tables and composite-key tables have no rowid to order by.
                    String order = table.startsWith("resident_fts") || table.equals("assessment_domain")
                            || table.equals("visit_service") ? "1, 2"
                            : table.equals("resident_search_key") ? "1, 2, 3, 4" : "rowid";
                    digest.update(table.getBytes(StandardCharsets.UTF_8));
                    digest.update(ctx.fetch("SELECT * FROM \"" + table + "\" ORDER BY " + order).formatCSV()
                            .getBytes(StandardCharsets.UTF_8));
                }
                return HexFormat.of().formatHex(digest.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static long count(AppContext context, String table) {
        return context.database().read(ctx -> ctx.fetchCount(org.jooq.impl.DSL.table(table)));
    }
}
