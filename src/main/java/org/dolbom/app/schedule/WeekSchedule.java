package org.dolbom.app.schedule;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.dolbom.app.AppContext;
import org.dolbom.domain.Area;
import org.dolbom.domain.DueItem;
import org.dolbom.domain.LivingSituation;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.ScheduleStatus;
import org.dolbom.domain.Staff;
import org.dolbom.domain.Vulnerability;
import org.dolbom.i18n.Messages;
import org.dolbom.print.SchedulePdf;
import org.dolbom.print.SheetRow;
import org.dolbom.print.TeamOverview;
import org.dolbom.print.WeeklySheet;
import org.dolbom.schedule.KoreanHolidays;
import org.dolbom.schedule.PlanRequest;
import org.dolbom.schedule.PlannedVisit;
import org.dolbom.schedule.Week;
import org.dolbom.schedule.WeekPlan;
import org.dolbom.schedule.WeeklyPlanner;
import org.dolbom.store.Actor;
import org.dolbom.store.ScheduleEntry;
import org.dolbom.store.VisitSheetFacts;

/**
 * The weekly schedule as the screen and the CLI use it: plan a week from the one due function, load and save it,
 * and turn it into printed sheets. Runs on the caller's thread; the screen calls it off the FX thread.
 */
public final class WeekSchedule {

    /** Flags worth reading at the door, most important first; the sheet shows at most {@value #MAX_FLAGS}. */
    private static final List<Vulnerability> DOOR_FLAGS = List.of(Vulnerability.DEMENTIA,
            Vulnerability.DISCHARGED_PATIENT, Vulnerability.MENTAL_HEALTH, Vulnerability.DISABILITY,
            Vulnerability.SOCIAL_ISOLATION);
    private static final int MAX_FLAGS = 3;
    /** After this hour no new visit is planned for today. */
    private static final LocalTime OFFICE_DAY_ENDS = LocalTime.of(18, 0);

    private final AppContext context;
    private final KoreanHolidays holidays;

    public WeekSchedule(AppContext context, KoreanHolidays holidays) {
        this.context = Objects.requireNonNull(context, "context");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    public KoreanHolidays holidays() {
        return holidays;
    }

    /**
     * Proposes the week from everyone due or overdue by its Sunday, keeping the visits the leader already fixed.
     * Days that have passed get no new visits; today counts until the office day ends.
     */
    public WeekPlan plan(Week week, boolean includeSaturday, List<PlannedVisit> kept) {
        LocalDate today = LocalDate.now(context.clock());
        LocalDate asOf = week.monday().isAfter(today) ? week.monday() : today;
        List<DueItem> due = context.caseFiles().due(asOf, week.day(DayOfWeek.SUNDAY));
        return WeeklyPlanner.plan(new PlanRequest(week, includeSaturday, due, context.staff().list(true),
                context.areas().list(), holidays, kept, firstOpenDay()));
    }

    /** The first day a visit may still be planned on: today until the office day ends, then tomorrow. */
    public LocalDate firstOpenDay() {
        LocalDateTime now = LocalDateTime.now(context.clock());
        return now.toLocalTime().isBefore(OFFICE_DAY_ENDS) ? now.toLocalDate() : now.toLocalDate().plusDays(1);
    }

    /** Whether no day of the week is left to plan: every working day of it has passed. */
    public boolean hasPassed(Week week, boolean includeSaturday) {
        LocalDate first = firstOpenDay();
        return week.weekdays(includeSaturday).stream().allMatch(d -> d.isBefore(first));
    }

    /** Every saved entry of the week, any status, by date, staff and visiting order. */
    public List<ScheduleEntry> entries(Week week) {
        return context.schedule().between(week.monday(), week.day(DayOfWeek.SUNDAY));
    }

    public boolean isSaved(Week week) {
        return context.schedule().anyBetween(week.monday(), week.day(DayOfWeek.SUNDAY));
    }

    /**
     * The week's still-planned entries as a plan the leader can edit, with the 미편성 list saved with the week;
     * entries with an outcome stay outside it.
     */
    public WeekPlan planOf(Week week, boolean includeSaturday, List<ScheduleEntry> entries) {
        List<PlannedVisit> visits = entries.stream()
                .filter(e -> e.status() == ScheduleStatus.PLANNED && e.staffId() != null)
                .map(e -> new PlannedVisit(e.date(), e.staffId(), e.residentId(), e.residentName(), e.areaId(),
                        e.reasons(), e.order(), true, e.coversFor()))
                .toList();
        return new WeekPlan(week, holidays.workingDays(week, includeSaturday), visits,
                context.schedule().notPlaced(week.monday()), capacities());
    }

    /**
     * Saves the plan's visits as the week's planned entries, replacing the planned ones saved before, and its
     * 미편성 list with them, in one transaction.
     */
    public List<ScheduleEntry> save(WeekPlan plan, Actor actor) {
        Map<UUID, ScheduleEntry> before = new HashMap<>();
        for (ScheduleEntry e : entries(plan.week())) {
            if (e.status() == ScheduleStatus.PLANNED) {
                before.put(e.residentId(), e);
            }
        }
        List<ScheduleEntry> planned = plan.visits().stream().map(v -> {
            ScheduleEntry old = before.get(v.residentId());
            return new ScheduleEntry(old == null ? null : old.id(), null, v.date(), old == null ? null : old.time(),
                    v.staffId(), v.residentId(), v.residentName(), v.areaId(), v.reasons(),
                    old == null ? null : old.purpose(), v.order(), ScheduleStatus.PLANNED, null);
        }).toList();
        return context.schedule().replacePlanned(plan.week().monday(), plan.week().day(DayOfWeek.SUNDAY), planned,
                plan.notPlaced(), actor);
    }

    /** Visits per day of every active staff member, in name order, as the grid and the overview show them. */
    public Map<UUID, Integer> capacities() {
        Map<UUID, Integer> capacities = new LinkedHashMap<>();
        context.staff().list(false).stream()
                .sorted(Comparator.comparing(Staff::name).thenComparing(Staff::id))
                .forEach(s -> capacities.put(s.id(), Math.max(0, s.visitsPerDay())));
        return capacities;
    }

    public Map<UUID, String> staffNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        context.staff().list(true).forEach(s -> names.put(s.id(), s.name()));
        return names;
    }

    public Map<UUID, String> areaNames() {
        Map<UUID, String> names = new HashMap<>();
        for (Area area : context.areas().list()) {
            names.put(area.id(), area.name());
        }
        return names;
    }

    /**
     * The printed week: the team overview and one sheet per staff member with visits (or only {@code onlyStaff}).
     * Moved entries are left off: they are printed in the week they moved to.
     */
    public Printout printout(WeekPlan plan, List<ScheduleEntry> entries, boolean includeSaturday, UUID onlyStaff,
            Messages messages) {
        String office = context.office().office().map(o -> o.name()).orElse("");
        LocalDate today = LocalDate.now(context.clock());
        Map<UUID, String> staffNames = staffNames();
        List<ScheduleEntry> printed = entries.stream()
                .filter(e -> e.status() != ScheduleStatus.MOVED && e.staffId() != null)
                .filter(e -> onlyStaff == null || onlyStaff.equals(e.staffId()))
                .toList();
        Map<UUID, VisitSheetFacts> facts = context.schedule().sheetFacts(
                printed.stream().map(ScheduleEntry::residentId).toList());
        Map<UUID, List<SheetRow>> rowsByStaff = new LinkedHashMap<>();
        for (ScheduleEntry e : printed) {
            rowsByStaff.computeIfAbsent(e.staffId(), k -> new ArrayList<>())
                    .add(row(e, facts.get(e.residentId()), messages));
        }
        List<LocalDate> days = plan.week().weekdays(includeSaturday).stream()
                .filter(d -> !holidays.isHoliday(d)).toList();
        List<WeeklySheet> sheets = new ArrayList<>();
        List<UUID> order = new ArrayList<>(plan.staffIds());
        rowsByStaff.keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
        for (UUID staffId : order) {
            List<SheetRow> rows = rowsByStaff.get(staffId);
            if (rows != null) {
                sheets.add(new WeeklySheet(office, plan.week(), staffNames.getOrDefault(staffId, ""), days, rows,
                        today));
            }
        }
        // The overview counts every visit on paper, those already done as well as those still planned.
        List<PlannedVisit> onPaper = printed.stream()
                .map(e -> new PlannedVisit(e.date(), e.staffId(), e.residentId(), e.residentName(), e.areaId(),
                        e.reasons(), e.order(), true))
                .toList();
        WeekPlan counted = new WeekPlan(plan.week(), plan.workingDays(), onPaper, plan.notPlaced(),
                plan.capacities());
        TeamOverview overview = onlyStaff != null ? null : TeamOverview.of(counted, office, staffNames, areaNames(),
                holidays, includeSaturday, messages, today);
        return new Printout(overview, sheets, printed.stream().map(ScheduleEntry::residentId).distinct().toList());
    }

    /**
     * Writes the printout as a PDF (atomically) and logs a PRINT audit entry for every resident on it.
     *
     * @return the number of pages
     */
    public int writePdf(Printout printout, Path target, Messages messages, Actor actor) {
        int pages = new SchedulePdf(messages).write(printout.overview(), printout.sheets(), target);
        context.schedule().recordPrint(printout.residentIds(), "schedule pdf " + target.getFileName(), actor);
        return pages;
    }

    /** The printout as an open PDF document for the printer; the caller closes it. */
    public PDDocument document(Printout printout, Messages messages) throws IOException {
        return new SchedulePdf(messages).document(printout.overview(), printout.sheets());
    }

    /** Logs that the printout went to a printer: one PRINT audit entry per resident on it. */
    public void recordPrinted(Printout printout, String printer, Actor actor) {
        context.schedule().recordPrint(printout.residentIds(), "schedule printed " + printer, actor);
    }

    /**
     * Writes {@code date,staff,resident id,resident name,area,purpose,status} for the entries, UTF-8 with a BOM so
     * Excel opens Korean text, through a temporary file moved over the target at the end.
     */
    public void writeCsv(List<ScheduleEntry> entries, Path target, Messages messages) throws IOException {
        Map<UUID, String> staffNames = staffNames();
        Map<UUID, String> areaNames = areaNames();
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("date,staff,resident id,resident name,area,purpose,status\r\n");
        for (ScheduleEntry e : entries) {
            csv.append(String.join(",", e.date().toString(), field(staffNames.getOrDefault(e.staffId(), "")),
                    e.residentId().toString(), field(e.residentName()),
                    field(e.areaId() == null ? "" : areaNames.getOrDefault(e.areaId(), "")),
                    field(purpose(e, messages)), e.status().name())).append("\r\n");
        }
        writeAtomically(target, csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The purpose in plain words: the due reasons, then what the leader wrote. */
    public static String purpose(ScheduleEntry entry, Messages messages) {
        String reasons = PlannedVisit.describe(entry.reasons(), messages);
        if (entry.purpose() == null || entry.purpose().isBlank()) {
            return reasons;
        }
        return entry.reasons().isEmpty() ? entry.purpose()
                : reasons + messages.get("schedule.purpose.separator") + entry.purpose();
    }

    private SheetRow row(ScheduleEntry e, VisitSheetFacts f, Messages messages) {
        String areaName = f == null ? null : f.areaName();
        if (f == null) {
            return new SheetRow(e.date(), e.time(), null, e.residentName(), null, null, null, List.of(),
                    purpose(e, messages), null, null, null, result(e.status()));
        }
        List<PhoneNumber> phones = new ArrayList<>();
        if (f.mobilePhone() != null) {
            phones.add(f.mobilePhone());
        }
        if (f.homePhone() != null && !f.homePhone().equals(f.mobilePhone())) {
            phones.add(f.homePhone());
        }
        Integer age = f.birthDate() == null ? null : Period.between(f.birthDate(), e.date()).getYears();
        return new SheetRow(e.date(), e.time(), areaName, f.name(), age, f.sex(), address(f), phones,
                purpose(e, messages), f.lastVisitDate(),
                f.lastVisitOutcome() == null ? null : messages.of(f.lastVisitOutcome()), doorFlag(f, messages),
                result(e.status()));
    }

    private static SheetRow.Result result(ScheduleStatus status) {
        return switch (status) {
            case DONE -> SheetRow.Result.DONE;
            case ABSENT -> SheetRow.Result.ABSENT;
            case REFUSED -> SheetRow.Result.REFUSED;
            default -> null;
        };
    }

    /** The road address and detail, with the 리 added when the address does not already name it. */
    static String address(VisitSheetFacts f) {
        StringBuilder text = new StringBuilder();
        if (f.roadAddress() != null && !f.roadAddress().isBlank()) {
            text.append(f.roadAddress().strip());
        }
        if (f.addressDetail() != null && !f.addressDetail().isBlank()) {
            text.append(text.isEmpty() ? "" : " ").append(f.addressDetail().strip());
        }
        if (f.areaName() != null && !f.areaName().isBlank() && !text.toString().contains(f.areaName())) {
            text.append(text.isEmpty() ? f.areaName() : " (" + f.areaName() + ")");
        }
        return text.toString();
    }

    /** "위기·독거·치매": what the visitor should keep in mind at the door. */
    static String doorFlag(VisitSheetFacts f, Messages messages) {
        List<String> flags = new ArrayList<>();
        if (f.riskLevel() == RiskLevel.HIGH || f.riskLevel() == RiskLevel.CRISIS) {
            flags.add(messages.of(f.riskLevel()));
        }
        if (f.livingSituation() == LivingSituation.ALONE) {
            flags.add(messages.of(LivingSituation.ALONE));
        }
        for (Vulnerability v : DOOR_FLAGS) {
            if (f.vulnerabilities().contains(v)) {
                flags.add(messages.of(v));
            }
        }
        return flags.isEmpty() ? null : String.join("·", flags.subList(0, Math.min(MAX_FLAGS, flags.size())));
    }

    private static String field(String text) {
        String value = text == null ? "" : text;
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = Channels.newOutputStream(channel)) {
                out.write(bytes);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * What goes to paper: the overview (null when printing one staff member) and the sheets.
     *
     * @param residentIds everyone on the sheets, for the PRINT audit entries
     */
    public record Printout(TeamOverview overview, List<WeeklySheet> sheets, List<UUID> residentIds) {

        public Printout {
            sheets = List.copyOf(sheets);
            residentIds = List.copyOf(residentIds);
        }
    }
}
