package org.dolbom.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.Sex;
import org.dolbom.i18n.Messages;
import org.dolbom.schedule.Week;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulePdfTest {

    static final Week WEEK = Week.parse("2026-W49");
    static final String LONG_ADDRESS = "경기도 양평군 양서면 양수리 두물머리길 123번길 45-6 새마을연립 101동 1203호 "
            + "(두물머리 경로당 뒤편 파란 대문 집)";
    private static final Pattern RRN = Pattern.compile("\\d{6}-\\d{7}");

    private final Messages korean = Messages.korean();

    @TempDir
    Path folder;

    @Test
    void sheetsAreA4LandscapeWithTheFontEmbedded() throws IOException {
        Path pdf = folder.resolve("일정표.pdf");
        new SchedulePdf(korean).write(overview(), List.of(sheet()), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat(box.getWidth()).isCloseTo(842f, offset(1f));
                assertThat(box.getHeight()).isCloseTo(595f, offset(1f));
                PDResources resources = page.getResources();
                assertThat(resources.getFontNames()).isNotEmpty();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("NanumGothic");
                }
            }
        }
        assertThat(Files.list(folder)).as("no temporary file left behind").containsExactly(pdf);
    }

    @Test
    void theTextHoldsNamesFullPhonesAndWholeAddressesButNoRrn() throws IOException {
        String text = text(new SchedulePdf(korean).document(overview(), List.of(sheet())));
        for (SheetRow row : rows()) {
            assertThat(text).contains(row.residentName());
            row.phones().forEach(p -> assertThat(text).contains(p.formatted()));
        }
        assertThat(text).contains("010-2345-6789", "031-771-2345");
        assertThat(text).contains("주간 방문 일정표", "2026년 12월 1주 (11. 30.~12. 4.)", "담당", "김간호", "1 / 3쪽",
                "완료", "부재", "거부", "방문자 확인", "주간 방문 현황", "미편성 1명");
        assertThat(text).contains("82/여");
        // The long address wraps over lines but every word of it is on the page, in order.
        String flat = text.replaceAll("\\s+", "");
        assertThat(flat).contains(LONG_ADDRESS.replaceAll("\\s+", ""));
        assertThat(RRN.matcher(text).find()).as("nothing shaped like an RRN is printed").isFalse();
    }

    @Test
    void aBusyWeekRunsOverPagesAndEveryPageSaysWhoseItIs() throws IOException {
        List<SheetRow> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            SheetRow base = rows().get(i % rows().size());
            many.add(new SheetRow(WEEK.monday().plusDays(i % 5), null, base.areaName(), "대상자" + i, 80, Sex.F,
                    base.address(), base.phones(), base.purpose(), null, null, null));
        }
        many.sort(Comparator.comparing(SheetRow::date));
        WeeklySheet busy = new WeeklySheet("양평읍 맞춤형복지팀", WEEK, "이복지", WEEK.weekdays(false), many,
                LocalDate.of(2026, 11, 27));
        try (PDDocument document = saved(new SchedulePdf(korean).document(null, List.of(busy)))) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(document);
                assertThat(page).contains("이복지", "양평읍 맞춤형복지팀", p + " / " + pages + "쪽", "방문자 확인");
            }
            String all = new PDFTextStripper().getText(document);
            for (int i = 0; i < 60; i++) {
                assertThat(all).contains("대상자" + i + "\n");
            }
        }
    }

    @Test
    void noPageOfASheetIsLeftWithOnlyOneOrTwoVisits() throws IOException {
        for (int count : new int[] {9, 10, 11, 19, 20, 21, 31, 44}) {
            List<SheetRow> many = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                SheetRow base = rows().get(i % rows().size());
                many.add(new SheetRow(WEEK.monday().plusDays(i % 5), null, base.areaName(), "대상자" + i, 80, Sex.F,
                        base.address(), base.phones(), base.purpose(), null, null, base.riskFlag()));
            }
            many.sort(Comparator.comparing(SheetRow::date));
            WeeklySheet sheet = new WeeklySheet("양평읍 맞춤형복지팀", WEEK, "이복지", WEEK.weekdays(false), many,
                    LocalDate.of(2026, 11, 27));
            try (PDDocument document = saved(new SchedulePdf(korean).document(null, List.of(sheet)))) {
                int pages = document.getNumberOfPages();
                PDFTextStripper stripper = new PDFTextStripper();
                for (int p = 1; pages > 1 && p <= pages; p++) {
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    long rowsOnPage = Pattern.compile("대상자\\d+\\n").matcher(stripper.getText(document))
                            .results().count();
                    assertThat(rowsOnPage).as("%d visits, page %d of %d", count, p, pages).isGreaterThan(2);
                }
            }
        }
    }

    @Test
    void cautionWordsWrapBetweenWordsNeverInsideOne() throws IOException {
        SheetRow base = rows().getFirst();
        SheetRow flagged = new SheetRow(base.date(), null, base.areaName(), base.residentName(), 80, Sex.F,
                base.address(), base.phones(), base.purpose(), null, null, "위기·독거·정신건강·사회적 고립");
        WeeklySheet sheet = new WeeklySheet("양평읍 맞춤형복지팀", WEEK, "이복지", WEEK.weekdays(false),
                List.of(flagged), LocalDate.of(2026, 11, 27));

        String text = text(new SchedulePdf(korean).document(null, List.of(sheet)));

        assertThat(text).contains("정신건강").contains("독거·").doesNotContain("시간");
    }

    /** Leaves a realistic sample in target/print-sample for a person to render (pdftoppm) and look at. */
    @Test
    void aSampleWeekIsWrittenForPeopleToLookAt() throws IOException {
        Path pdf = Path.of("target", "print-sample", "weekly-schedule.pdf");
        new SchedulePdf(korean).write(overview(), List.of(sheet()), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).as("the overview and a three-page sheet").isEqualTo(4);
        }
    }

    @Test
    void weeksAreNamedTheWayOfficesSayThem() {
        SchedulePdf pdf = new SchedulePdf(korean);
        assertThat(pdf.weekLabel(Week.parse("2026-W49"), Week.parse("2026-W49").weekdays(false)))
                .isEqualTo("2026년 12월 1주 (11. 30.~12. 4.)");
        assertThat(pdf.weekLabel(Week.parse("2026-W39"), List.of(LocalDate.of(2026, 9, 21),
                LocalDate.of(2026, 9, 23)))).isEqualTo("2026년 9월 4주 (9. 21.~9. 23.)");
    }

    private static String text(PDDocument document) throws IOException {
        try (PDDocument saved = saved(document)) {
            return new PDFTextStripper().getText(saved);
        }
    }

    /** The document as a reader sees it: subset fonts and their text maps are only complete once saved. */
    private static PDDocument saved(PDDocument document) throws IOException {
        try (document) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return Loader.loadPDF(bytes.toByteArray());
        }
    }

    /** A realistic week for one visiting nurse in 양평군: 18 visits over five days, one very long address. */
    static WeeklySheet sheet() {
        return new WeeklySheet("양평군 양평읍 행정복지센터 맞춤형복지팀", WEEK, "김간호", WEEK.weekdays(false), rows(),
                LocalDate.of(2026, 11, 27));
    }

    static List<SheetRow> rows() {
        LocalDate mon = WEEK.monday();
        List<SheetRow> rows = new ArrayList<>();
        rows.add(row(mon, "09:30", "양근리", "김순자", 82, Sex.F, "경기도 양평군 양평읍 양근리 123-4",
                "010-2345-6789", "정기 점검(6개월), 정기 방문", mon.minusDays(40), "만남", "독거·치매"));
        rows.add(row(mon, null, "양근리", "이영희", 79, Sex.F, "경기도 양평군 양평읍 양근로 45 (양근리)",
                "010-3456-7890", "정기 방문", mon.minusDays(31), "만남", null));
        rows.add(row(mon, null, "양근리", "박정숙", 88, Sex.F, "경기도 양평군 양평읍 양근리 88-1 2층",
                "031-771-2345", "약속한 재방문", mon.minusDays(7), "부재", "청각 약함"));
        rows.add(row(mon, null, "오빈리", "최말순", 91, Sex.F, "경기도 양평군 양평읍 오빈리 301",
                "010-4567-8901", "첫 점검(계획 3개월)", null, null, "와상"));
        rows.add(row(mon.plusDays(1), "10:00", "양수리", "정옥자", 76, Sex.F, LONG_ADDRESS, "010-5678-9012",
                "지원계획 수립(접수 30일 기한)", null, null, "위기"));
        rows.add(row(mon.plusDays(1), null, "양수리", "강복순", 84, Sex.F, "경기도 양평군 양서면 양수리 552-3",
                "010-6789-0123", "정기 방문", mon.minusDays(35), "만남", null));
        rows.add(row(mon.plusDays(1), null, "양수리", "한상철", 73, Sex.M, "경기도 양평군 양서면 양수로 110 (양수리)",
                "010-7890-1234", "약속한 재방문", mon.minusDays(14), "거부", "음주"));
        rows.add(row(mon.plusDays(1), null, "복포리", "조영자", 80, Sex.F, "경기도 양평군 양서면 복포리 77",
                "031-772-3456", "정기 점검(6개월)", mon.minusDays(180), "만남", null));
        rows.add(row(mon.plusDays(2), null, "옥천리", "윤정자", 86, Sex.F, "경기도 양평군 옥천면 옥천리 402-2",
                "010-8901-2345", "정기 방문", mon.minusDays(30), "만남", "당뇨"));
        rows.add(row(mon.plusDays(2), null, "옥천리", "오복남", 78, Sex.M, "경기도 양평군 옥천면 옥천길 56 (옥천리)",
                "010-9012-3456", "정기 방문", mon.minusDays(29), "만남", null));
        rows.add(row(mon.plusDays(2), null, "옥천리", "장순이", 93, Sex.F, "경기도 양평군 옥천면 옥천리 17",
                "010-1122-3344", "약속한 재방문", mon.minusDays(5), "만남", "낙상 위험"));
        rows.add(row(mon.plusDays(2), null, "아신리", "임금순", 81, Sex.F, "경기도 양평군 옥천면 아신리 230-5",
                "010-2233-4455", "첫 점검(계획 3개월)", mon.minusDays(88), "만남", null));
        rows.add(row(mon.plusDays(3), "14:00", "다문리", "서영수", 70, Sex.M, "경기도 양평군 용문면 다문리 615",
                "010-3344-5566", "정기 방문", mon.minusDays(33), "부재", "독거"));
        rows.add(row(mon.plusDays(3), null, "다문리", "신말례", 87, Sex.F, "경기도 양평군 용문면 용문로 321 (다문리)",
                "010-4455-6677", "정기 점검(6개월)", mon.minusDays(175), "만남", null));
        rows.add(row(mon.plusDays(3), null, "다문리", "권순덕", 83, Sex.F, "경기도 양평군 용문면 다문리 45-9",
                "010-5566-7788", "약속한 재방문, 정기 방문", mon.minusDays(10), "만남", "치매"));
        rows.add(row(mon.plusDays(4), null, "병산리", "황보영자", 90, Sex.F, "경기도 양평군 강상면 병산리 78",
                "031-773-4567", "정기 방문", mon.minusDays(28), "만남", "독거·와상"));
        rows.add(row(mon.plusDays(4), null, "병산리", "안정희", 77, Sex.F, "경기도 양평군 강상면 강남로 900 (병산리)",
                "010-6677-8899", "정기 방문", mon.minusDays(27), "만남", null));
        rows.add(row(mon.plusDays(4), null, "교평리", "송옥순", 85, Sex.F, "경기도 양평군 강상면 교평리 12",
                "010-7788-9900", "지원계획 수립(접수 30일 기한)", null, null, "퇴원 환자"));
        return rows;
    }

    static TeamOverview overview() {
        List<LocalDate> days = WEEK.weekdays(false);
        Map<LocalDate, String> holidays = new HashMap<>();
        return new TeamOverview("양평군 양평읍 행정복지센터 맞춤형복지팀", WEEK, days, holidays, List.of(
                new TeamOverview.StaffLine("김간호", 4, List.of(4, 4, 4, 3, 3)),
                new TeamOverview.StaffLine("이복지", 5, List.of(5, 6, 2, 0, 4)),
                new TeamOverview.StaffLine("박사회", 3, List.of(3, 3, 3, 3, 1))),
                List.of(new TeamOverview.NotPlacedGroup(
                        "담당자가 없습니다. 대상자나 지역(리)에 담당자를 지정한 뒤 다시 편성하세요.",
                        List.of("문경자(회현리)"))),
                LocalDate.of(2026, 11, 27));
    }

    private static SheetRow row(LocalDate date, String time, String area, String name, int age, Sex sex,
            String address, String phone, String purpose, LocalDate last, String outcome, String risk) {
        return new SheetRow(date, time, area, name, age, sex, address, List.of(PhoneNumber.parse(phone)), purpose,
                last, outcome, risk);
    }
}
