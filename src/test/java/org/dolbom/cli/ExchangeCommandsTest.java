package org.dolbom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export, validate and import between two data files of two offices, as a person would type them. */
class ExchangeCommandsTest {

    @TempDir
    Path dir;

    @AfterEach
    void restoreEnvironment() {
        Passphrases.environment = System::getenv;
    }

    private String a() {
        return dir.resolve("a/dolbom.db").toString();
    }

    private String b() {
        return dir.resolve("b/dolbom.db").toString();
    }

    private void twoOffices() {
        assertThat(CommandRun.of("demo", "--db", a(), "--residents", "40", "--seed", "2").exitCode()).isZero();
        assertThat(CommandRun.of("init", "--db", b(), "--office-code", "4183032000", "--office-name", "용문면")
                .exitCode()).isZero();
    }

    @Test
    void exportValidateImportAndImportAgain() {
        twoOffices();
        String bundle = dir.resolve("all.dolbom.json").toString();

        CommandRun export = CommandRun.of("export", "--db", a(), "--out", bundle, "--all");
        CommandRun validate = CommandRun.of("validate", bundle);
        CommandRun dryRun = CommandRun.of("import", "--db", b(), bundle, "--dry-run");
        CommandRun first = CommandRun.of("import", "--db", b(), bundle);
        CommandRun second = CommandRun.of("import", "--db", b(), bundle);

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("대상자 40명", "주민등록번호는 넣지 않았습니다");
        assertThat(validate.outLines()).singleElement().asString().matches("valid: \\d+ records");
        long records = Long.parseLong(validate.out().replaceAll("\\D", ""));
        assertThat(dryRun.outLines().getLast()).isEqualTo("new=" + records + " updated=0 unchanged=0 conflicts=0 "
                + "refused=0");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.outLines().getLast()).isEqualTo(dryRun.outLines().getLast());
        assertThat(second.outLines().getLast()).isEqualTo("new=0 updated=0 unchanged=" + records
                + " conflicts=0 refused=0");
        assertThat(CommandRun.of("check", "--db", b()).outLines()).contains("residents: 40");

        // The receipt written beside the bundle, imported at the sender, marks the sent bundle as received.
        CommandRun receipt = CommandRun.of("import", "--db", a(), dir.resolve("all.receipt.json").toString());
        assertThat(receipt.exitCode()).as(receipt.err()).isZero();
        assertThat(receipt.out()).contains("용문면");
    }

    @Test
    void aRefusedBundleExitsWithOneKoreanLineAndChangesNothing() throws Exception {
        twoOffices();
        Path bundle = dir.resolve("all.dolbom.json");
        CommandRun.of("export", "--db", a(), "--out", bundle.toString());
        Path newer = dir.resolve("newer.dolbom.json");
        Files.writeString(newer, Files.readString(bundle).replaceFirst("\"formatVersion\":\\d+",
                "\"formatVersion\":999"));

        CommandRun validate = CommandRun.of("validate", newer.toString());
        CommandRun refused = CommandRun.of("import", "--db", b(), newer.toString());

        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.errLines()).singleElement().asString().contains("더 새로운 버전의 Dolbom");
        assertThat(CommandRun.of("check", "--db", b()).outLines()).contains("residents: 0");
    }

    @Test
    void anEncryptedExportNeedsItsPassphraseFromTheEnvironment() {
        twoOffices();
        Passphrases.environment = Map.of("DOLBOM_PASS", "가을 들녘 2026 봄바람")::get;
        String bundle = dir.resolve("sealed.dolbom").toString();

        CommandRun export = CommandRun.of("export", "--db", a(), "--out", bundle, "--purpose", "share",
                "--legal-basis", "돌봄통합지원법", "--consent-ref", "동의서 2026-118", "--encrypt",
                "--passphrase-env", "DOLBOM_PASS");
        CommandRun withoutPassphrase = CommandRun.of("import", "--db", b(), bundle);
        CommandRun imported = CommandRun.of("import", "--db", b(), bundle, "--passphrase-env", "DOLBOM_PASS");

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(withoutPassphrase.exitCode()).isEqualTo(1);
        assertThat(withoutPassphrase.errLines()).singleElement().asString().contains("--passphrase-env");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.outLines().getLast()).startsWith("new=").endsWith("conflicts=0 refused=0");
    }

    @Test
    void aShareWithoutLegalBasisIsAUsageError() {
        twoOffices();

        CommandRun share = CommandRun.of("export", "--db", a(), "--out", dir.resolve("x.dolbom.json").toString(),
                "--purpose", "share");

        assertThat(share.exitCode()).isEqualTo(2);
        assertThat(share.err()).contains("--legal-basis");
        assertThat(dir.resolve("x.dolbom.json")).doesNotExist();
    }
}
