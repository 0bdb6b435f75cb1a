package briefing.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The output folders briefing never replaces, even with {@code --force}: the file-system root, a
 * folder that is, holds or sits in a folder briefing reads, one that holds the folder briefing
 * runs in or the user's home folder. Paths are compared as real paths, every link followed, so
 * that a linked folder cannot lead the site into the content.
 */
final class OutputGuard {
  private OutputGuard() {}

  /**
   * Refuses {@code out} where replacing it could move the user's own folders aside.
   *
   * @param inputs folders briefing reads (content, templates)
   * @param workingFolder the folder briefing runs in
   * @param home the user's home folder
   */
  static void check(Path out, List<Path> inputs, Path workingFolder, Path home) throws PublishException {
    Path target = real(out);
    if (target.getParent() == null) {
      throw new PublishException("cannot publish to the file system root", "choose --out DIR");
    }
    for (Path input : inputs) {
      Path in = real(input);
      if (in.startsWith(target) || target.startsWith(in)) {
        // Replacing this folder would move the user's own content aside: never.
        throw new PublishException("output folder " + out + " overlaps " + input
            + ", which briefing reads" + (target.equals(out.toAbsolutePath().normalize()) ? ""
                : " (" + out + " leads to " + target + ")"),
            "choose an --out folder of its own, such as site");
      }
    }
    if (real(workingFolder).startsWith(target)) {
      throw new PublishException("output folder " + out + " holds the folder briefing runs in",
          "choose an --out folder of its own, such as site");
    }
    if (real(home).startsWith(target)) {
      throw new PublishException("output folder " + out + " is or holds your home folder (" + home + ")",
          "choose an --out folder of its own, such as site");
    }
  }

  /**
   * The real path of {@code path}, which need not exist yet: the real path of its nearest
   * existing folder with the rest of the path below it.
   */
  static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute;
    }
  }
}
