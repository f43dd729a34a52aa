package org.dolbom.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.dolbom.domain.Resident;
import org.dolbom.domain.Rrn;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoPlaintextRrnTest {

    @TempDir
    Path folder;

    @Test
    void noFileDolbomWritesHoldsARegistrationNumberInPlainText() throws IOException {
        List<String> numbers = List.of("9001011234567", "5003012345678", "4507071456789");
        try (CaseFile caseFile = CaseFile.in(folder)) {
            Resident first = caseFile.residents.save(CaseFile.named("홍길동", LocalDate.of(1990, 1, 1), Sex.M),
                    new RrnChange.Set(Rrn.parse("900101-1234567")), CaseFile.LEADER);
            caseFile.residents.save(CaseFile.named("성춘향", LocalDate.of(1950, 3, 1), Sex.F),
                    new RrnChange.Set(Rrn.parse("5003012345678")), CaseFile.LEADER);
            // an edit puts the replaced version into history as well
            caseFile.residents.save(CaseFile.withName(first, "홍길순"), RrnChange.keep(), CaseFile.LEADER);
            Resident third = caseFile.residents.save(CaseFile.named("이몽룡", LocalDate.of(1945, 7, 7), Sex.M),
                    new RrnChange.Set(Rrn.parse("450707-1456789")), CaseFile.LEADER);
            caseFile.residents.revealRrn(third.id(), CaseFile.LEADER);
            caseFile.backups.backupNow();
            // look at the live files while they are open too: the WAL holds the newest pages
            assertNoPlaintext(numbers);
        }
        assertNoPlaintext(numbers);
    }

    private void assertNoPlaintext(List<String> numbers) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anyMatch(p -> p.getFileName().toString().startsWith("dolbom-"));
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String asLatin = new String(bytes, StandardCharsets.ISO_8859_1);
            for (String digits : numbers) {
                String hyphenated = digits.substring(0, 6) + "-" + digits.substring(6);
                assertThat(asLatin).as(file.getFileName().toString())
                        .doesNotContain(digits)
                        .doesNotContain(hyphenated)
                        .doesNotContain(digits.substring(6));
            }
        }
    }
}
