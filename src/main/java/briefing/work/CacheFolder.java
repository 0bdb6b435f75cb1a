package briefing.work;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One folder of kept results, an entry per key ({@code <sha-256>.json}). A build marks each entry
 * it uses, and drops the entries no build has used for {@link #UNUSED}: after an upgrade or an
 * edit the folder holds what builds use, not every version ever made. Entries are dropped after a
 * while rather than at once, so that stories whose content folders share a project folder, and
 * so its cache, do not drop each other's entries.
 */
public final class CacheFolder {
  /** How long an entry no build uses is kept: a week, as Gradle keeps its build cache's. */
  public static final Duration UNUSED = Duration.ofDays(7);
  /** How long a half-written entry of a build that was stopped is left, in case it is running. */
  static final Duration UNFINISHED = Duration.ofHours(1);
  private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{64}\\.json");
  private static final Pattern TEMPORARY = Pattern.compile("\\.entry-.*\\.tmp");

  private final Path folder;

  /** The cache in {@code folder}, created on first write. */
  public CacheFolder(Path folder) {
    this.folder = folder;
  }

  /** Where the entry of {@code key} is kept. */
  public Path entry(String key) {
    return folder.resolve(key + ".json");
  }

  /** Marks the entry {@code file} used now; one that cannot be marked is only dropped sooner. */
  public void used(Path file) {
    try {
      Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
    } catch (IOException | RuntimeException e) {
      // a read-only cache keeps its entries as they are
    }
  }

  /**
   * Deletes the entries no build has used since {@code UNUSED} before {@code now}, and the
   * temporary files of builds stopped while writing; returns how many files went. Nothing but
   * entries and temporary files is ever touched, and a folder that cannot be read is left alone.
   */
  public int prune(Instant now) {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    int deleted = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        Duration kept = ENTRY.matcher(name).matches() ? UNUSED
            : TEMPORARY.matcher(name).matches() ? UNFINISHED : null;
        if (kept != null && Files.isRegularFile(file)
            && Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(kept))
            && Files.deleteIfExists(file)) {
          deleted++;
        }
      }
    } catch (IOException | RuntimeException e) {
      // what is left is deleted by a later build
    }
    return deleted;
  }
}
