package org.dolbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The jar's first class runs on an old Java and says, in Korean, which Java Dolbom needs. */
class StartTest {

    @Test
    void itIsCompiledForJava8SoAnyJavaCanRunIt() throws IOException {
        try (InputStream in = Start.class.getResourceAsStream("Start.class");
             DataInputStream data = new DataInputStream(in)) {
            assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
            data.readUnsignedShort();
            assertThat(data.readUnsignedShort()).as("class file major version").isEqualTo(52);
        }
    }

    @Test
    void itReadsTheJavaVersionTheOldWayAndTheNewWay() {
        assertThat(Start.feature("1.8")).isEqualTo(8);
        assertThat(Start.feature("17")).isEqualTo(17);
        assertThat(Start.feature("25")).isEqualTo(25);
        assertThat(Start.feature("bogus")).isZero();
    }

    @Test
    void theMessageNamesTheJavaNeededAndTheOneRunning() {
        assertThat(Start.tooOld(17, null)).startsWith("돌봄을 실행하려면 Java 25 이상이 필요합니다 (지금 Java 17).")
                .contains("./dolbom");
        assertThat(Start.tooOld(11, "en")).startsWith("Dolbom needs Java 25 or newer (this is Java 11).");
    }

    @Test
    void anOldJavaGetsTheMessageAndExitCode1() throws Exception {
        Optional<Path> oldJava = olderJava();
        assumeTrue(oldJava.isPresent(), "no Java older than 25 installed here");
        Process process = new ProcessBuilder(oldJava.get().toString(), "-cp", "target/classes", "org.dolbom.Start",
                "--help").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(output).contains("돌봄을 실행하려면 Java 25 이상이 필요합니다").doesNotContain("Exception");
    }

    private static Optional<Path> olderJava() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(h -> h.getFileName().toString().matches(".*-(8|11|17|21)-.*"))
                    .map(h -> h.resolve("bin/java")).filter(Files::isExecutable)
                    .min(Comparator.naturalOrder());
        }
    }
}
