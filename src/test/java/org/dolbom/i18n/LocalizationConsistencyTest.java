package org.dolbom.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads exists in Korean and English, and the bundles carry no dead keys
 * (in the style of JabRef's LocalizationConsistencyTest).
 */
class LocalizationConsistencyTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+\\.?)\"");
    /** Literals that look like keys but name files, e.g. "schedule.css". */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(css|properties|ttf|json|csv|pdf|png|db|sql|txt)$");
    private static final Pattern ENUM_KEY = Pattern.compile("enum\\.([A-Za-z]+)\\.([A-Z0-9_]+)");

    private static Properties korean;
    private static Properties english;
    private static Set<String> literals;
    private static String allSource;

    @BeforeAll
    static void load() throws IOException {
        korean = bundle("ko");
        english = bundle("en");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            allSource = files.filter(p -> p.toString().endsWith(".java"))
                    .map(LocalizationConsistencyTest::read)
                    .collect(Collectors.joining("\n"));
        }
        literals = new TreeSet<>();
        Matcher m = STRING_LITERAL.matcher(allSource);
        while (m.find()) {
            literals.add(m.group(1));
        }
    }

    @Test
    void koreanAndEnglishHaveTheSameKeys() {
        assertThat(korean.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void everyKeyUsedInCodeExistsInBothLanguages() {
        Set<String> prefixes = keyPrefixes();
        Set<String> missing = new TreeSet<>();
        for (String literal : literals) {
            boolean looksLikeKey = prefixes.contains(literal.substring(0, literal.indexOf('.')));
            if (looksLikeKey && !literal.endsWith(".") && !FILE_NAME.matcher(literal).matches()
                    && !korean.containsKey(literal)) {
                missing.add(literal);
            }
        }
        assertThat(missing).as("message keys used in code but missing from the bundles").isEmpty();
    }

    @Test
    void noKeyIsUnused() {
        Set<String> unused = new TreeSet<>();
        for (String key : korean.stringPropertyNames()) {
            if (!isUsed(key)) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys in the bundles that no code asks for").isEmpty();
    }

    @Test
    void everyKoreanTextIsWrittenInKorean() {
        Set<String> untranslated = new TreeSet<>();
        for (String key : korean.stringPropertyNames()) {
            String text = korean.getProperty(key);
            boolean hasHangul = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HANGUL);
            boolean hasLetters = text.codePoints().anyMatch(Character::isLetter);
            if (text.isBlank() || (hasLetters && !hasHangul && !text.equals(english.getProperty(key))
                    && !text.matches("[A-Za-z0-9 .:/%()\\-{}]+"))) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).as("Korean texts that are blank or not Korean").isEmpty();
    }

    private static boolean isUsed(String key) {
        if (literals.contains(key)) {
            return true;
        }
        Matcher enumKey = ENUM_KEY.matcher(key);
        if (enumKey.matches()) {
            return allSource.contains("enum " + enumKey.group(1) + " ")
                    && Pattern.compile("\\b" + enumKey.group(2) + "\\b").matcher(allSource).find();
        }
        // Keys composed at run time, e.g. "nav." + screen.name(): the literal prefix counts as the use.
        for (int dot = key.lastIndexOf('.'); dot > 0; dot = key.lastIndexOf('.', dot - 1)) {
            if (literals.contains(key.substring(0, dot + 1))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> keyPrefixes() {
        return korean.stringPropertyNames().stream()
                .map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toSet());
    }

    private static Properties bundle(String language) {
        String name = "/org/dolbom/i18n/messages_" + language + ".properties";
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void messagesFormatArgumentsTheKoreanWay() {
        Messages messages = new Messages(Locale.KOREAN);
        assertThat(messages.get("app.title")).isEqualTo("돌봄");
        assertThat(messages.get("no.such.key")).isEqualTo("no.such.key");
    }
}
