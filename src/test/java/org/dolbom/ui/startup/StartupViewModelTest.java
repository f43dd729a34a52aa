package org.dolbom.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dolbom.app.AppContext;
import org.dolbom.app.demo.DemoData;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.TestRegistry;
import org.dolbom.ui.concurrent.BackgroundWork;

/** The window's first seconds, without the toolkit: open behind the window, demo data with progress and 취소. */
class StartupViewModelTest {

    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();
    private final List<AppContext> opened = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();

    private StartupViewModel startup(Path file, boolean demo, int residents) {
        StartupViewModel model = new StartupViewModel(() -> AppContext.open(file, TestRegistry.CLOCK),
                BackgroundWork.immediate(), Messages.korean(), demo, residents, TestRegistry.ACTOR);
        model.setOnReady((context, note) -> {
            opened.add(context);
            notes.add(note);
        });
        model.setOnRefused(refusals::add);
        return model;
    }

    @Test
    void anExistingFileIsHandedToTheWindowAsItIs() {
        Path file = dir.resolve("office.db");
        TestRegistry.seed(file).close();
        StartupViewModel model = startup(file, true, 20);

        model.start();

        assertThat(refusals).isEmpty();
        assertThat(opened).hasSize(1);
        assertThat(notes).containsExactly((String) null);
        assertThat(opened.getFirst().inventory().counts()).containsEntry("residents", 3L);
        model.closeFile();
    }

    @Test
    void demoDataFillsAnEmptyFileWithProgressThenTheWindowOpens() {
        Path file = dir.resolve("demo.db");
        StartupViewModel model = startup(file, true, 20);
        List<Double> progress = new ArrayList<>();
        model.progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));

        model.start();

        assertThat(opened).hasSize(1);
        assertThat(notes).containsExactly((String) null);
        assertThat(DemoData.hasResidents(opened.getFirst())).isTrue();
        assertThat(progress).isNotEmpty().isSorted().last().isEqualTo(1.0);
        assertThat(model.fillingProperty().get()).isFalse();
        model.closeFile();
    }

    @Test
    void cancellingTheDemoLeavesTheFileAsItWasAndSaysSo() {
        Path file = dir.resolve("demo.db");
        StartupViewModel model = startup(file, true, 40);
        model.progressProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > 0 && !model.cancelRequestedProperty().get()) {
                model.cancel();
            }
        });

        model.start();

        assertThat(opened).hasSize(1);
        assertThat(notes).containsExactly("연습용 데이터 만들기를 취소했습니다. 데이터 파일은 처음 그대로입니다.");
        AppContext context = opened.getFirst();
        assertThat(DemoData.hasResidents(context)).isFalse();
        assertThat(context.office().office()).isEmpty();
        model.closeFile();
    }

    @Test
    void aFileThatIsNotDolbomsIsRefusedInKoreanAndLeftAlone() throws IOException {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "장보기 목록");
        StartupViewModel model = startup(file, false, 20);

        model.start();

        assertThat(opened).isEmpty();
        assertThat(model.refused()).isTrue();
        assertThat(refusals).singleElement().asString().startsWith("이 파일은 돌봄 데이터 파일이 아니거나");
        assertThat(Files.readString(file)).isEqualTo("장보기 목록");
        model.closeFile();
    }

    @Test
    void aSecondDolbomOnTheSameFileIsRefused() {
        Path file = dir.resolve("office.db");
        try (AppContext first = AppContext.open(file, TestRegistry.CLOCK)) {
            StartupViewModel model = startup(file, false, 20);

            model.start();

            assertThat(refusals).singleElement().asString().startsWith("다른 돌봄 창이 이미 이 데이터 파일을 열고");
            model.closeFile();
        }
    }
}
