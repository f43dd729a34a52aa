package org.dolbom.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * The person's preferences for the window: language, theme, scale and who is using the app.
 * Kept beside the data file and named after it ({@code office.db} → {@code office.settings.properties}), so two
 * data files in one folder keep their own, and moving the data folder moves them too.
 *
 * @param language       {@code ko} or {@code en}
 * @param scalePercent   one of {@link #SCALES}
 * @param currentStaffId the staff member using the app (the audit log's actor), or {@code null} until chosen
 * @param residentsDivider where the registry list ends and the resident's file begins, as a share of the width
 */
public record Settings(String language, Theme theme, int scalePercent, UUID currentStaffId,
                       double residentsDivider) {

    /** The registry list's share of the 대상자 screen until the person drags the divider. */
    public static final double DEFAULT_RESIDENTS_DIVIDER = 0.55;

    /** The suffix after the data file's base name; also the whole name older versions used for every file. */
    public static final String FILE_NAME = "settings.properties";
    public static final List<String> LANGUAGES = List.of("ko", "en");
    public static final List<Integer> SCALES = List.of(100, 125, 150);

    public enum Theme {
        LIGHT, DARK
    }

    public Settings {
        language = LANGUAGES.contains(language) ? language : "ko";
        theme = theme == null ? Theme.LIGHT : theme;
        scalePercent = SCALES.contains(scalePercent) ? scalePercent : 100;
        residentsDivider = residentsDivider >= 0.2 && residentsDivider <= 0.8 ? residentsDivider
                : DEFAULT_RESIDENTS_DIVIDER;
    }

    public Settings(String language, Theme theme, int scalePercent, UUID currentStaffId) {
        this(language, theme, scalePercent, currentStaffId, DEFAULT_RESIDENTS_DIVIDER);
    }

    public static Settings defaults() {
        return new Settings("ko", Theme.LIGHT, 100, null);
    }

    /** Where this data file's settings are saved: {@code office.db} → {@code office.settings.properties}. */
    public static Path fileFor(Path databaseFile) {
        return databaseFile.toAbsolutePath().resolveSibling(DataLocation.baseName(databaseFile) + "." + FILE_NAME);
    }

    /**
     * This data file's settings; a folder set up by an older Dolbom has one {@code settings.properties} for all its
     * files, read until this file's own settings are first saved.
     */
    public static Settings loadFor(Path databaseFile) {
        Path own = fileFor(databaseFile);
        Path shared = databaseFile.toAbsolutePath().resolveSibling(FILE_NAME);
        return load(Files.exists(own) || !Files.exists(shared) ? own : shared);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public Settings withLanguage(String value) {
        return new Settings(value, theme, scalePercent, currentStaffId, residentsDivider);
    }

    public Settings withTheme(Theme value) {
        return new Settings(language, value, scalePercent, currentStaffId, residentsDivider);
    }

    public Settings withScalePercent(int value) {
        return new Settings(language, theme, value, currentStaffId, residentsDivider);
    }

    public Settings withCurrentStaffId(UUID value) {
        return new Settings(language, theme, scalePercent, value, residentsDivider);
    }

    public Settings withResidentsDivider(double value) {
        return new Settings(language, theme, scalePercent, currentStaffId, value);
    }

    /**
     * Reads the settings; a missing file gives the defaults, and an unreadable value falls back to its default
     * rather than keeping the window from opening.
     */
    public static Settings load(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return defaults();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Theme theme = "dark".equalsIgnoreCase(p.getProperty("theme")) ? Theme.DARK : Theme.LIGHT;
        int scale;
        try {
            scale = Integer.parseInt(p.getProperty("scale", "100").strip());
        } catch (NumberFormatException e) {
            scale = 100;
        }
        UUID staff;
        try {
            String id = p.getProperty("currentStaffId", "").strip();
            staff = id.isEmpty() ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            staff = null;
        }
        double divider;
        try {
            divider = Double.parseDouble(p.getProperty("residentsDivider", "").strip());
        } catch (NumberFormatException e) {
            divider = DEFAULT_RESIDENTS_DIVIDER;
        }
        return new Settings(p.getProperty("language", "ko").strip(), theme, scale, staff, divider);
    }

    /** Writes a temp file in the same folder, forces it to disk, then moves it over the old one in one step. */
    public void save(Path file) {
        Properties p = new Properties();
        p.setProperty("language", language);
        p.setProperty("theme", theme.name().toLowerCase(Locale.ROOT));
        p.setProperty("scale", Integer.toString(scalePercent));
        p.setProperty("currentStaffId", currentStaffId == null ? "" : currentStaffId.toString());
        p.setProperty("residentsDivider", Double.toString(residentsDivider));
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, FILE_NAME, ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE);
                     Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                    p.store(writer, "Dolbom settings");
                }
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
