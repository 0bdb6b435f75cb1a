package briefing.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kept results no build uses go after a week; nothing else in the folder is touched. */
class CacheFolderTest {
  private static final String KEY_A = "a".repeat(64);
  private static final String KEY_B = "b".repeat(64);
  private static final String KEY_C = "c".repeat(64);

  @TempDir Path dir;

  @Test
  void onlyEntriesAndStoppedWritesOlderThanTheirTimeAreDeleted() throws IOException {
    CacheFolder cache = new CacheFolder(dir);
    Instant now = Instant.parse("2026-11-30T12:00:00Z");
    write(cache.entry(KEY_A), now.minus(Duration.ofDays(8)));
    write(cache.entry(KEY_B), now.minus(Duration.ofDays(6)));
    write(dir.resolve("readme.json"), now.minus(Duration.ofDays(100)));
    write(dir.resolve(".entry-123.tmp"), now.minus(Duration.ofHours(2)));
    write(dir.resolve(".entry-456.tmp"), now.minus(Duration.ofMinutes(5)));

    assertEquals(2, cache.prune(now));
    assertEquals(List.of(".entry-456.tmp", KEY_B + ".json", "readme.json"), names());
  }

  @Test
  void anEntryMarkedUsedIsKept() throws IOException {
    CacheFolder cache = new CacheFolder(dir);
    Instant now = Instant.now();
    write(cache.entry(KEY_C), now.minus(Duration.ofDays(30)));
    cache.used(cache.entry(KEY_C));
    assertEquals(0, cache.prune(now.plusSeconds(1)));
    assertTrue(Files.exists(cache.entry(KEY_C)));
  }

  @Test
  void aFolderNotYetMadeHasNothingToPrune() {
    assertEquals(0, new CacheFolder(dir.resolve("none")).prune(Instant.now()));
  }

  private static void write(Path file, Instant modified) throws IOException {
    Files.writeString(file, "{}");
    Files.setLastModifiedTime(file, FileTime.from(modified));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
