package briefing.ingest;

import briefing.model.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Lists the article files under a folder in a stable order, without following links to folders
 * (so a link loop cannot trap it) or links that lead out of the content folder (so nothing from
 * elsewhere on the disk is published), and reads a file with a size limit.
 */
final class ContentFiles {
  /** An article larger than this is not an article: a whole site, a log, a data dump. */
  static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
  /** More files than this in one briefing is a mistake (a wrong folder), not a story. */
  static final int MAX_FILES = 20_000;

  /** A file found, and its name as the user knows it. */
  record Found(Path path, String shown) {}

  /** Thrown when a file is larger than {@link #MAX_FILE_BYTES}. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long size) {
      super(String.format(Locale.ROOT, "is %.1f MB; articles are read up to %d MB",
          size / 1048576.0, MAX_FILE_BYTES / 1048576));
    }
  }

  private ContentFiles() {}

  /**
   * The article files under {@code given}, a folder inside {@code content}; links whose real
   * target lies outside {@code content} are reported and left out.
   */
  static List<Found> list(Path content, Path given, String shown, List<String> extensions,
      List<Diagnostic> problems) {
    List<Found> found = new ArrayList<>();
    if (!Files.isDirectory(given)) {
      problems.add(Diagnostic.error(shown, 0, "folder not found",
          "create it and put the articles (.txt, .md, .html) in it"));
      return found;
    }
    try {
      // The content folder the user named is followed even where it is a link; what lies in it
      // is read only where its real path stays inside it.
      Path root = content.toRealPath();
      Path folder = given.toRealPath();
      if (!folder.startsWith(root)) {
        problems.add(outside(shown, folder));
        return found;
      }
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return isHidden(dir) && !dir.equals(folder) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = shown + "/" + slashes(folder.relativize(file));
          if (isHidden(file)) {
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isSymbolicLink() && Files.isDirectory(file)) {
            problems.add(Diagnostic.warning(name, 0, "link to a folder is not followed",
                "copy the articles into " + shown + " instead of linking to them"));
          } else if (attrs.isSymbolicLink() && !Files.isRegularFile(file)) {
            problems.add(Diagnostic.warning(name, 0, "link leads nowhere (or in a loop); skipped", ""));
          } else if (attrs.isSymbolicLink() && !inside(file, root)) {
            problems.add(outside(name, realPath(file)));
          } else if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
            found.add(new Found(file, name));
          }
          return found.size() > MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          problems.add(Diagnostic.warning(shown + "/" + slashes(folder.relativize(file)), 0,
              "cannot be read (" + e.getClass().getSimpleName() + "); skipped", ""));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.add(Diagnostic.error(shown, 0, "cannot be listed: " + e.getMessage(), ""));
    }
    if (found.size() > MAX_FILES) {
      problems.add(Diagnostic.error(shown, 0, "holds more than " + MAX_FILES + " files",
          "point --content at the folder of one story"));
      return List.of();
    }
    found.sort(Comparator.comparing(Found::shown));
    return found;
  }

  /**
   * Whether {@code file}'s real path (every link along it followed) lies inside {@code root}, a
   * real path; false where it cannot be resolved.
   */
  static boolean inside(Path file, Path root) {
    try {
      return file.toRealPath().startsWith(root);
    } catch (IOException e) {
      return false;
    }
  }

  /** The warning for a link that leads out of the content folder. */
  static Diagnostic outside(String shown, Path target) {
    return Diagnostic.warning(shown, 0,
        "is a link to " + target + ", outside the content folder; skipped",
        "briefing publishes only what lies in the content folder: copy the file into it instead of linking to it");
  }

  private static Path realPath(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file;
    }
  }

  /** The file's bytes, refusing files over the size limit before reading them. */
  static byte[] readLimited(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw new TooLarge(size);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
      if (bytes.length > MAX_FILE_BYTES) {
        throw new TooLarge(bytes.length);
      }
      return bytes;
    }
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && (name.toString().startsWith(".") || name.toString().endsWith("~"));
  }

  private static String slashes(Path relative) {
    return relative.toString().replace('\\', '/');
  }
}
