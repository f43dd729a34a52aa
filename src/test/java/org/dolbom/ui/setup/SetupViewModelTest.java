package org.dolbom.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dolbom.app.AppContext;
import org.dolbom.app.Settings;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.AnsweringDialogs;
import org.dolbom.ui.Session;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.TestRegistry;
import org.dolbom.ui.concurrent.BackgroundWork;

/** First run on a new file: the red messages say what is wrong only while it is wrong. */
class SetupViewModelTest {

    @TempDir
    Path dir;

    private AppContext context;
    private SetupViewModel setup;
    private boolean started;

    @BeforeEach
    void newFile() {
        Path file = dir.resolve("dolbom.db");
        context = AppContext.open(file, TestRegistry.CLOCK);
        Session session = new Session(context, BackgroundWork.immediate(), new AnsweringDialogs(), new StatusLine(),
                Settings.fileFor(file), Settings.defaults());
        setup = new SetupViewModel(session, Messages.korean(), true, true);
    }

    @AfterEach
    void closeFile() {
        context.close();
    }

    @Test
    void errorsGoAwayAsSoonAsEachFieldIsFilledIn() {
        setup.submit(() -> started = true);
        assertThat(setup.officeNameErrorProperty().get()).contains("기관 이름");
        assertThat(setup.officeCodeErrorProperty().get()).contains("기관 코드");
        assertThat(setup.userNameErrorProperty().get()).contains("사용자 이름");

        setup.officeNameProperty().set("양평읍 맞춤형복지팀");
        assertThat(setup.officeNameErrorProperty().get()).isEmpty();
        assertThat(setup.officeCodeErrorProperty().get()).isNotEmpty();

        // Still wrong: the message now says what is wrong with what was typed.
        setup.officeCodeProperty().set("41 83");
        assertThat(setup.officeCodeErrorProperty().get()).contains("영문, 숫자");
        setup.officeCodeProperty().set("4183025000");
        assertThat(setup.officeCodeErrorProperty().get()).isEmpty();

        setup.userNameProperty().set("김팀장");
        assertThat(setup.userNameErrorProperty().get()).isEmpty();
        assertThat(started).isFalse();

        setup.submit(() -> started = true);
        assertThat(started).isTrue();
        assertThat(context.office().office()).hasValueSatisfying(o -> assertThat(o.code()).isEqualTo("4183025000"));
    }

    @Test
    void aFieldNobodyWasToldAboutIsNotJudgedWhileTyping() {
        setup.officeCodeProperty().set("4");
        assertThat(setup.officeCodeErrorProperty().get()).isEmpty();
    }
}
