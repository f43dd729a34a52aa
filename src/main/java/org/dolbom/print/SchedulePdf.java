package org.dolbom.print;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.i18n.Messages;
import org.dolbom.schedule.Week;

/**
 * The printed weekly schedule: one sheet (one or more A4 landscape pages) per staff member, and a one-page team
 * overview. Labels come from the message bundle; the Hangul font is embedded as a subset.
 */
public final class SchedulePdf {

    static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private static final float MARGIN = 28f;
    private static final float TEXT = 9f;
    private static final float NAME = 10f;
    private static final float LEADING = 11.5f;
    private static final float PAD = 4f;
    private static final float HEADER_BOTTOM = 74f;
    private static final float COLUMN_HEAD = 18f;
    private static final float DAY_BAR = 18f;
    private static final float AREA_BAR = 15f;
    private static final float FOOTER = 30f;
    private static final float CHECK = 8f;
    private static final float RULE = 0.5f;

    private final Messages messages;
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter shortFormat;
    private final DateTimeFormatter dateFormat;

    public SchedulePdf(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.dayFormat = DateTimeFormatter.ofPattern(messages.get("print.pattern.day"), messages.locale());
        this.shortFormat = DateTimeFormatter.ofPattern(messages.get("print.pattern.short"), messages.locale());
        this.dateFormat = DateTimeFormatter.ofPattern(messages.get("print.pattern.date"), messages.locale());
    }

    /** The week as Korean offices write it: "2026년 12월 1주 (11. 30.–12. 4.)". */
    public String weekLabel(Week week, List<LocalDate> days) {
        Week.MonthWeek mw = week.monthWeek();
        LocalDate first = days.isEmpty() ? week.monday() : days.getFirst();
        LocalDate last = days.isEmpty() ? week.day(DayOfWeek.FRIDAY) : days.getLast();
        return messages.get("print.week", String.valueOf(mw.month().getYear()), mw.month().getMonthValue(),
                mw.number(), shortFormat.format(first), shortFormat.format(last));
    }

    /** A document with the team overview first (when given) and then every staff member's sheet. */
    public PDDocument document(TeamOverview overview, List<WeeklySheet> sheets) throws IOException {
        PDDocument document = new PDDocument();
        try {
            PdfFonts fonts = PdfFonts.load(document);
            if (overview != null) {
                new OverviewPage(overview, fonts).draw(document);
            }
            for (WeeklySheet sheet : sheets) {
                new Sheet(sheet, fonts).draw(document);
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(messages.get("print.sheet.title"));
            info.setCreator(messages.get("app.title"));
            return document;
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    /**
     * Writes the sheets (and the overview, when given) to a PDF file, replacing it only once it is complete.
     *
     * @return the number of pages written
     */
    public int write(TeamOverview overview, List<WeeklySheet> sheets, Path target) {
        try (PDDocument document = document(overview, sheets)) {
            save(document, target);
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new PrintFailedException(messages.get("print.saveFailed", String.valueOf(target.getFileName())), e);
        }
    }

    /**
     * Saves a document the safe way: a temporary file in the same folder, forced to disk, then moved over the
     * target in one step, so a crash never leaves half a PDF under the real name.
     */
    public static void save(PDDocument document, Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = Channels.newOutputStream(channel)) {
                document.save(out);
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

    // ---------------------------------------------------------------------------------------------------------
    // One staff member's sheet

    /** Columns of the sheet, left to right, with their widths in points; the notes column takes the rest. */
    private enum Column {
        ORDER(24), RESIDENT(78), ADDRESS(168), PHONE(80), PURPOSE(112), LAST_VISIT(66), RISK(66),
        RESULT(50), NOTES(0);

        final float width;

        Column(float width) {
            this.width = width;
        }
    }

    private sealed interface Block permits DayBar, AreaBar, Row {
        float height();
    }

    private record DayBar(LocalDate date, int count, boolean continued) implements Block {
        public float height() {
            return DAY_BAR;
        }
    }

    private record AreaBar(String area, int count) implements Block {
        public float height() {
            return AREA_BAR;
        }
    }

    private record Row(int number, SheetRow row, List<List<String>> cells, float height) implements Block {
    }

    private final class Sheet {

        private final WeeklySheet sheet;
        private final PdfFonts fonts;
        private final float[] x = new float[Column.values().length + 1];

        Sheet(WeeklySheet sheet, PdfFonts fonts) {
            this.sheet = sheet;
            this.fonts = fonts;
            float right = A4_LANDSCAPE.getWidth() - MARGIN;
            x[0] = MARGIN;
            for (Column c : Column.values()) {
                x[c.ordinal() + 1] = c == Column.NOTES ? right : x[c.ordinal()] + c.width;
            }
        }

        private float width(Column c) {
            return x[c.ordinal() + 1] - x[c.ordinal()];
        }

        void draw(PDDocument document) throws IOException {
            List<List<Block>> pages = paginate(blocks());
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(A4_LANDSCAPE);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    PdfCanvas canvas = new PdfCanvas(out, A4_LANDSCAPE.getHeight());
                    header(canvas, p + 1, pages.size());
                    float y = columnHeader(canvas);
                    for (Block block : pages.get(p)) {
                        draw(canvas, block, y);
                        y += block.height();
                    }
                    canvas.line(MARGIN, y, x[x.length - 1], y, 0.8f, 0f);
                    footer(canvas);
                }
            }
        }

        private List<Block> blocks() {
            List<Block> blocks = new ArrayList<>();
            int number = 0;
            for (LocalDate day : sheet.days()) {
                List<SheetRow> rows = sheet.rows().stream().filter(r -> r.date().equals(day)).toList();
                blocks.add(new DayBar(day, rows.size(), false));
                String area = null;
                for (SheetRow row : rows) {
                    String rowArea = Objects.requireNonNullElse(row.areaName(), "");
                    if (!rowArea.equals(area)) {
                        area = rowArea;
                        String current = area;
                        long inArea = rows.stream()
                                .filter(r -> Objects.requireNonNullElse(r.areaName(), "").equals(current)).count();
                        blocks.add(new AreaBar(area, (int) inArea));
                    }
                    blocks.add(row(++number, row));
                }
            }
            return blocks;
        }

        private Row row(int number, SheetRow r) {
            List<List<String>> cells = new ArrayList<>();
            for (Column c : Column.values()) {
                float w = width(c) - 2 * PAD;
                List<String> lines = switch (c) {
                    case ORDER -> List.of(String.valueOf(number));
                    case RESIDENT -> {
                        List<String> l = new ArrayList<>(PdfCanvas.wrap(r.residentName(), fonts.bold(), NAME, w));
                        if (r.age() != null && r.sex() != null) {
                            l.add(messages.get("print.ageSex", r.age(), messages.get("print.sex." + r.sex().name())));
                        }
                        yield l;
                    }
                    case ADDRESS -> PdfCanvas.wrap(r.address(), fonts.regular(), TEXT, w);
                    case PHONE -> r.phones().isEmpty() ? List.of(messages.get("print.phone.none"))
                            : r.phones().stream().map(PhoneNumber::formatted).toList();
                    case PURPOSE -> PdfCanvas.wrap(r.purpose(), fonts.regular(), TEXT, w);
                    case LAST_VISIT -> {
                        if (r.lastVisitDate() == null) {
                            yield List.of(messages.get("print.lastVisit.none"));
                        }
                        List<String> l = new ArrayList<>(List.of(dateFormat.format(r.lastVisitDate())));
                        l.addAll(PdfCanvas.wrap(r.lastVisitOutcome(), fonts.regular(), TEXT, w));
                        yield l;
                    }
                    case RISK -> PdfCanvas.wrap(r.riskFlag(), fonts.bold(), TEXT, w);
                    case RESULT, NOTES -> List.of();
                };
                cells.add(lines);
            }
            int lines = cells.stream().mapToInt(List::size).max().orElse(1);
            float height = Math.max(lines * LEADING, 3 * LEADING + 2) + 2 * PAD;
            return new Row(number, r, cells, height);
        }

        /**
         * Splits the blocks into pages; a row never breaks, and a day that runs over repeats its bar. The pages are
         * then evened out: the fewest pages the rows need, filled about equally, so no sheet ends with a page of one
         * or two rows.
         */
        private List<List<Block>> paginate(List<Block> blocks) {
            float full = A4_LANDSCAPE.getHeight() - HEADER_BOTTOM - COLUMN_HEAD - FOOTER - MARGIN;
            List<List<Block>> pages = paginate(blocks, full);
            if (pages.size() < 2) {
                return pages;
            }
            float low = full / 2;
            float high = full;
            List<List<Block>> best = pages;
            for (int step = 0; step < 12; step++) {
                float room = (low + high) / 2;
                List<List<Block>> tried = paginate(blocks, room);
                if (tried.size() == pages.size()) {
                    best = tried;
                    high = room;
                } else {
                    low = room;
                }
            }
            return best;
        }

        private List<List<Block>> paginate(List<Block> blocks, float room) {
            List<List<Block>> pages = new ArrayList<>();
            List<Block> page = new ArrayList<>();
            float used = 0;
            DayBar day = null;
            AreaBar area = null;
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                // Keep a bar together with the first row under it.
                float needed = block.height();
                for (int j = i + 1; !(block instanceof Row) && j < blocks.size(); j++) {
                    needed += blocks.get(j).height();
                    if (blocks.get(j) instanceof Row || blocks.get(j) instanceof DayBar) {
                        break;
                    }
                }
                if (used + needed > room && !page.isEmpty()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    used = 0;
                    if (block instanceof Row && day != null) {
                        page.add(new DayBar(day.date(), day.count(), true));
                        used += DAY_BAR;
                        if (area != null) {
                            page.add(area);
                            used += AREA_BAR;
                        }
                    } else if (block instanceof AreaBar && day != null) {
                        page.add(new DayBar(day.date(), day.count(), true));
                        used += DAY_BAR;
                    }
                }
                if (block instanceof DayBar d) {
                    day = d;
                    area = null;
                } else if (block instanceof AreaBar a) {
                    area = a;
                }
                page.add(block);
                used += block.height();
            }
            if (!page.isEmpty() || pages.isEmpty()) {
                pages.add(page);
            }
            return pages;
        }

        private void header(PdfCanvas c, int page, int pages) throws IOException {
            float right = A4_LANDSCAPE.getWidth() - MARGIN;
            c.text(messages.get("print.sheet.title"), fonts.bold(), 16, MARGIN, MARGIN + 14);
            c.textRight(messages.get("print.page", page, pages), fonts.regular(), TEXT, right, MARGIN + 10);
            float baseline = MARGIN + 36;
            float at = MARGIN;
            at = field(c, messages.get("print.header.office"), sheet.officeName(), at, baseline) + 24;
            at = field(c, messages.get("print.header.week"), weekLabel(sheet.week(), sheet.days()), at, baseline)
                    + 24;
            field(c, messages.get("print.header.staff"), sheet.staffName(), at, baseline);
            c.line(MARGIN, HEADER_BOTTOM - 8, right, HEADER_BOTTOM - 8, 1.2f, 0f);
        }

        private float field(PdfCanvas c, String label, String value, float at, float baseline) throws IOException {
            c.text(label, fonts.regular(), TEXT, at, baseline);
            float valueX = at + PdfCanvas.width(fonts.regular(), TEXT, label) + 6;
            c.text(value, fonts.bold(), 11, valueX, baseline);
            return valueX + PdfCanvas.width(fonts.bold(), 11, Objects.requireNonNullElse(value, ""));
        }

        private float columnHeader(PdfCanvas c) throws IOException {
            float top = HEADER_BOTTOM;
            float right = x[x.length - 1];
            c.fill(MARGIN, top, right - MARGIN, COLUMN_HEAD, 0.82f);
            for (Column col : Column.values()) {
                String label = messages.get("print.column." + col.name());
                c.textCentered(label, fonts.bold(), TEXT, (x[col.ordinal()] + x[col.ordinal() + 1]) / 2, top + 12.5f);
            }
            verticals(c, top, COLUMN_HEAD);
            c.box(MARGIN, top, right - MARGIN, COLUMN_HEAD, 0.8f);
            return top + COLUMN_HEAD;
        }

        private void verticals(PdfCanvas c, float top, float height) throws IOException {
            for (int i = 1; i < x.length - 1; i++) {
                c.line(x[i], top, x[i], top + height, RULE, 0.35f);
            }
        }

        private void draw(PdfCanvas c, Block block, float top) throws IOException {
            float left = MARGIN;
            float right = x[x.length - 1];
            switch (block) {
                case DayBar d -> {
                    c.fill(left, top, right - left, DAY_BAR, 0.90f);
                    String title = dayFormat.format(d.date())
                            + (d.continued() ? " " + messages.get("print.day.continued") : "");
                    c.text(title, fonts.bold(), 10.5f, left + PAD, top + 13);
                    String count = d.count() == 0 ? messages.get("print.day.none")
                            : messages.get("print.day.count", d.count());
                    c.text(count, fonts.regular(), TEXT, left + PAD + PdfCanvas.width(fonts.bold(), 10.5f, title)
                            + 12, top + 13);
                    c.box(left, top, right - left, DAY_BAR, 0.8f);
                }
                case AreaBar a -> {
                    c.fill(left, top, right - left, AREA_BAR, 0.96f);
                    String label = a.area().isEmpty() ? messages.get("print.area.none") : a.area();
                    c.text(label, fonts.bold(), TEXT, x[Column.RESIDENT.ordinal()] + PAD, top + 10.5f);
                    c.text(messages.get("print.area.count", a.count()), fonts.regular(), 8,
                            x[Column.RESIDENT.ordinal()] + PAD + PdfCanvas.width(fonts.bold(), TEXT, label) + 8,
                            top + 10.5f);
                    c.line(left, top + AREA_BAR, right, top + AREA_BAR, RULE, 0.35f);
                    c.line(left, top, left, top + AREA_BAR, 0.8f, 0f);
                    c.line(right, top, right, top + AREA_BAR, 0.8f, 0f);
                }
                case Row r -> drawRow(c, r, top);
            }
        }

        private void drawRow(PdfCanvas c, Row r, float top) throws IOException {
            float left = MARGIN;
            float right = x[x.length - 1];
            for (Column col : Column.values()) {
                List<String> lines = r.cells().get(col.ordinal());
                float cellX = x[col.ordinal()] + PAD;
                float baseline = top + PAD + TEXT;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (col == Column.RESIDENT && i < lines.size() - (r.row().age() != null ? 1 : 0)) {
                        c.text(line, fonts.bold(), NAME, cellX, baseline + 0.5f);
                    } else if (col == Column.RISK) {
                        c.text(line, fonts.bold(), TEXT, cellX, baseline);
                    } else if (col == Column.ORDER) {
                        c.textCentered(line, fonts.regular(), TEXT, (x[0] + x[1]) / 2, baseline);
                    } else {
                        c.text(line, fonts.regular(), TEXT, cellX, baseline);
                    }
                    baseline += LEADING;
                }
            }
            // Tick boxes drawn as squares, so they print on any printer whatever the font holds.
            String[] outcomes = {messages.get("print.result.done"), messages.get("print.result.absent"),
                    messages.get("print.result.refused")};
            float boxX = x[Column.RESULT.ordinal()] + PAD + 1;
            for (int i = 0; i < outcomes.length; i++) {
                float boxTop = top + PAD + i * LEADING + 1.5f;
                c.box(boxX, boxTop, CHECK, CHECK, 0.7f);
                if (r.row().result() != null && r.row().result().ordinal() == i) {
                    // Already recorded: the box is ticked, so the sheet agrees with the screen.
                    c.line(boxX + 1.5f, boxTop + CHECK / 2, boxX + CHECK / 2.5f, boxTop + CHECK - 1.5f, 1.2f, 0f);
                    c.line(boxX + CHECK / 2.5f, boxTop + CHECK - 1.5f, boxX + CHECK - 1, boxTop + 1.5f, 1.2f, 0f);
                }
                c.text(outcomes[i], fonts.regular(), TEXT, boxX + CHECK + 3, boxTop + CHECK - 0.5f);
            }
            verticals(c, top, r.height());
            c.line(left, top + r.height(), right, top + r.height(), RULE, 0.35f);
            c.line(left, top, left, top + r.height(), 0.8f, 0f);
            c.line(right, top, right, top + r.height(), 0.8f, 0f);
        }

        private void footer(PdfCanvas c) throws IOException {
            float right = A4_LANDSCAPE.getWidth() - MARGIN;
            float baseline = A4_LANDSCAPE.getHeight() - MARGIN - 6;
            float at = MARGIN;
            for (String who : List.of(messages.get("print.signature.visitor"), messages.get("print.signature.leader"))) {
                c.text(who, fonts.bold(), TEXT, at, baseline);
                float lineStart = at + PdfCanvas.width(fonts.bold(), TEXT, who) + 6;
                c.line(lineStart, baseline + 2, lineStart + 130, baseline + 2, 0.7f, 0f);
                c.text(messages.get("print.signature.sign"), fonts.regular(), 8, lineStart + 134, baseline);
                at = lineStart + 190;
            }
            if (sheet.printedOn() != null) {
                c.textRight(messages.get("print.printedOn", dateFormat.format(sheet.printedOn())), fonts.regular(), 8,
                        right, baseline);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The team overview

    private final class OverviewPage {

        private final TeamOverview overview;
        private final PdfFonts fonts;

        OverviewPage(TeamOverview overview, PdfFonts fonts) {
            this.overview = overview;
            this.fonts = fonts;
        }

        void draw(PDDocument document) throws IOException {
            PDPage page = new PDPage(A4_LANDSCAPE);
            document.addPage(page);
            PDPageContentStream out = new PDPageContentStream(document, page);
            try {
                PdfCanvas c = new PdfCanvas(out, A4_LANDSCAPE.getHeight());
                float right = A4_LANDSCAPE.getWidth() - MARGIN;
                c.text(messages.get("print.overview.title"), fonts.bold(), 16, MARGIN, MARGIN + 14);
                String office = Objects.requireNonNullElse(overview.officeName(), "");
                c.text(office, fonts.bold(), 11, MARGIN, MARGIN + 36);
                List<LocalDate> open = overview.days().stream()
                        .filter(d -> !overview.holidays().containsKey(d)).toList();
                c.text(weekLabel(overview.week(), open.isEmpty() ? overview.days() : open), fonts.bold(), 11,
                        MARGIN + PdfCanvas.width(fonts.bold(), 11, office) + 24, MARGIN + 36);
                c.line(MARGIN, HEADER_BOTTOM - 8, right, HEADER_BOTTOM - 8, 1.2f, 0f);

                float top = HEADER_BOTTOM;
                float nameWidth = 150;
                float capWidth = 70;
                float totalWidth = 70;
                int n = overview.days().size();
                float dayWidth = (right - MARGIN - nameWidth - capWidth - totalWidth) / Math.max(1, n);
                float rowHeight = 24;
                float headHeight = 30;

                c.fill(MARGIN, top, right - MARGIN, headHeight, 0.82f);
                c.text(messages.get("print.overview.staff"), fonts.bold(), 10, MARGIN + PAD, top + 19);
                c.textCentered(messages.get("print.overview.capacity"), fonts.bold(), 10,
                        MARGIN + nameWidth + capWidth / 2, top + 19);
                for (int i = 0; i < n; i++) {
                    LocalDate day = overview.days().get(i);
                    float cx = MARGIN + nameWidth + capWidth + i * dayWidth + dayWidth / 2;
                    c.textCentered(dayFormat.format(day), fonts.bold(), 10, cx, top + 13);
                    String holiday = overview.holidays().get(day);
                    if (holiday != null) {
                        c.textCentered(holiday, fonts.regular(), 8, cx, top + 25);
                    }
                }
                c.textCentered(messages.get("print.overview.total"), fonts.bold(), 10, right - totalWidth / 2,
                        top + 19);

                float y = top + headHeight;
                int[] dayTotals = new int[n];
                for (TeamOverview.StaffLine line : overview.staff()) {
                    c.text(line.staffName(), fonts.bold(), 10, MARGIN + PAD, y + 16);
                    c.textCentered(String.valueOf(line.visitsPerDay()), fonts.regular(), 10,
                            MARGIN + nameWidth + capWidth / 2, y + 16);
                    int sum = 0;
                    for (int i = 0; i < n; i++) {
                        float cellX = MARGIN + nameWidth + capWidth + i * dayWidth;
                        LocalDate day = overview.days().get(i);
                        int count = i < line.visits().size() ? line.visits().get(i) : 0;
                        sum += count;
                        dayTotals[i] += count;
                        if (overview.holidays().containsKey(day)) {
                            c.fill(cellX, y, dayWidth, rowHeight, 0.93f);
                            continue;
                        }
                        boolean over = count > line.visitsPerDay();
                        if (over) {
                            c.fill(cellX, y, dayWidth, rowHeight, 0.75f);
                        }
                        c.textCentered(count == 0 ? "–" : String.valueOf(count), over ? fonts.bold() : fonts.regular(),
                                11, cellX + dayWidth / 2, y + 16);
                    }
                    c.textCentered(String.valueOf(sum), fonts.bold(), 11, right - totalWidth / 2, y + 16);
                    c.line(MARGIN, y + rowHeight, right, y + rowHeight, RULE, 0.35f);
                    y += rowHeight;
                }
                c.fill(MARGIN, y, right - MARGIN, rowHeight, 0.90f);
                c.text(messages.get("print.overview.total"), fonts.bold(), 10, MARGIN + PAD, y + 16);
                int all = 0;
                for (int i = 0; i < n; i++) {
                    all += dayTotals[i];
                    if (!overview.holidays().containsKey(overview.days().get(i))) {
                        c.textCentered(String.valueOf(dayTotals[i]), fonts.bold(), 11,
                                MARGIN + nameWidth + capWidth + i * dayWidth + dayWidth / 2, y + 16);
                    }
                }
                c.textCentered(String.valueOf(all), fonts.bold(), 11, right - totalWidth / 2, y + 16);
                y += rowHeight;
                for (int i = 0; i <= n; i++) {
                    float vx = MARGIN + nameWidth + capWidth + i * dayWidth;
                    c.line(vx, top, vx, y, RULE, 0.35f);
                }
                c.line(MARGIN + nameWidth, top, MARGIN + nameWidth, y, RULE, 0.35f);
                c.box(MARGIN, top, right - MARGIN, y - top, 0.8f);

                y += 16;
                c.text(messages.get("print.overview.legend"), fonts.regular(), 8, MARGIN, y);
                y += 22;
                if (!overview.notPlaced().isEmpty()) {
                    c.text(messages.get("print.overview.notPlaced", overview.notPlacedCount()), fonts.bold(), 11,
                            MARGIN, y);
                    y += 16;
                    float bottom = A4_LANDSCAPE.getHeight() - MARGIN - 14;
                    for (TeamOverview.NotPlacedGroup group : overview.notPlaced()) {
                        List<String> lines = new ArrayList<>(PdfCanvas.wrap(messages.get("print.overview.group",
                                group.reason(), group.residents().size()), fonts.bold(), TEXT, right - MARGIN - PAD));
                        int heading = lines.size();
                        lines.addAll(PdfCanvas.wrap(String.join(messages.get("schedule.notPlaced.separator"),
                                group.residents()), fonts.regular(), TEXT, right - MARGIN - 3 * PAD));
                        for (int i = 0; i < lines.size(); i++) {
                            if (y > bottom) {
                                // The list goes on over as many pages as it needs: it is the same list as on screen.
                                out.close();
                                page = new PDPage(A4_LANDSCAPE);
                                document.addPage(page);
                                out = new PDPageContentStream(document, page);
                                c = new PdfCanvas(out, A4_LANDSCAPE.getHeight());
                                c.text(messages.get("print.overview.notPlacedContinued",
                                        overview.notPlacedCount()), fonts.bold(), 11, MARGIN, MARGIN + 14);
                                y = MARGIN + 36;
                            }
                            boolean head = i < heading;
                            c.text(lines.get(i), head ? fonts.bold() : fonts.regular(), TEXT,
                                    head ? MARGIN + PAD : MARGIN + 3 * PAD, y);
                            y += LEADING;
                        }
                        y += 5;
                    }
                }
                if (overview.printedOn() != null) {
                    c.textRight(messages.get("print.printedOn", dateFormat.format(overview.printedOn())),
                            fonts.regular(), 8, right, A4_LANDSCAPE.getHeight() - MARGIN);
                }
            } finally {
                out.close();
            }
        }
    }

}
