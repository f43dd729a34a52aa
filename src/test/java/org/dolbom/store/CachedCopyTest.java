package org.dolbom.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

import static org.assertj.core.api.Assertions.assertThat;

class CachedCopyTest {

    @TempDir
    Path cache;

    @Test
    void theLibraryIsUnpackedOnceWithTheJarsBytesAndAnIncompleteCopyIsReplaced() throws IOException {
        Path library = SqliteLibrary.copyInto(cache).orElseThrow();

        assertThat(library).startsWith(cache).isRegularFile();
        assertThat(Files.readAllBytes(library)).isEqualTo(fromJar());
        try (var leftovers = Files.list(library.getParent())) {
            assertThat(leftovers).containsExactly(library);
        }

        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(library, written);
        assertThat(SqliteLibrary.copyInto(cache)).contains(library);
        assertThat(Files.getLastModifiedTime(library)).as("a whole copy is used as it is").isEqualTo(written);

        Files.write(library, new byte[] {1, 2, 3});
        assertThat(SqliteLibrary.copyInto(cache)).contains(library);
        assertThat(Files.readAllBytes(library)).isEqualTo(fromJar());
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheLibraryToSqliteJdbc() throws IOException {
        Path notAFolder = Files.writeString(cache.resolve("file"), "x");

        assertThat(SqliteLibrary.copyInto(notAFolder)).isEmpty();
    }

    private static byte[] fromJar() throws IOException {
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                + System.mapLibraryName("sqlitejdbc");
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
