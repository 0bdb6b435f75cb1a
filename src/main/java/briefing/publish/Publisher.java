package briefing.publish;

import briefing.model.Page;
import briefing.model.Site;
import briefing.text.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a site to its output folder atomically: the new site is written to a sibling folder and
 * renamed into place, so a failed build leaves the previous site exactly as it was.
 */
public final class Publisher {
  /** The list of files briefing wrote, kept in the output folder to know what it may replace. */
  public static final String MANIFEST = ".briefing-site";

  private Publisher() {}

  /**
   * Publishes {@code site} to {@code out}.
   *
   * @param force replace an output folder even where it holds files briefing did not write
   *     (they are moved aside, never deleted)
   * @param inputs folders briefing reads (content, templates), which the output folder may
   *     neither be, hold, nor sit in
   * @param workingFolder the folder briefing runs in, which the output folder may not be or hold
   * @return where foreign files were moved, or null where there were none
   */
  public static Path publish(Site site, Path out, boolean force, List<Path> inputs, Path workingFolder)
      throws PublishException {
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw new PublishException("cannot publish to the file system root", "choose --out DIR");
    }
    for (Path input : inputs) {
      Path in = input.toAbsolutePath().normalize();
      if (in.startsWith(target) || target.startsWith(in)) {
        // Replacing this folder would move the user's own content aside: never.
        throw new PublishException("output folder " + out + " overlaps " + input
            + ", which briefing reads", "choose an --out folder of its own, such as site");
      }
    }
    if (workingFolder.toAbsolutePath().normalize().startsWith(target)) {
      throw new PublishException("output folder " + out + " holds the folder briefing runs in",
          "choose an --out folder of its own, such as site");
    }
    List<String> foreign = foreignFiles(target);
    if (!foreign.isEmpty() && !force) {
      throw new PublishException(
          "output folder " + out + " holds files briefing did not write (" + describe(foreign) + ")",
          "choose another --out folder, or pass --force to move that folder aside (nothing is deleted)");
    }
    Path fresh = parent.resolve("." + target.getFileName() + ".new");
    Path old = parent.resolve("." + target.getFileName() + ".old");
    try {
      Files.createDirectories(parent);
      deleteOurs(fresh);
      deleteOurs(old);
      write(site, fresh);
      Path movedAside = null;
      if (Files.exists(target)) {
        if (!foreign.isEmpty()) {
          movedAside = freeSibling(parent, target.getFileName() + ".before-briefing");
          move(target, movedAside);
        } else {
          move(target, old);
        }
      }
      try {
        move(fresh, target);
      } catch (IOException e) {
        // Put the previous site back where it was before reporting the failure.
        Path previous = movedAside != null ? movedAside : old;
        if (Files.exists(previous) && !Files.exists(target)) {
          move(previous, target);
        }
        throw e;
      }
      deleteOurs(old);
      return movedAside;
    } catch (IOException e) {
      throw new PublishException("could not write " + out + ": " + e.getMessage(),
          "check that the folder is writable and the disk not full; the previous site is unchanged", e);
    }
  }

  private static void write(Site site, Path folder) throws IOException {
    Files.createDirectories(folder);
    StringBuilder manifest = new StringBuilder();
    for (Page page : site.pages()) {
      manifest.append(Hashes.sha256Hex(page.bytes())).append("  ").append(page.path()).append('\n');
    }
    // The manifest goes first, so that a build that dies half-way leaves a folder that the
    // next build knows it may delete.
    Files.writeString(folder.resolve(MANIFEST), manifest.toString(), StandardCharsets.UTF_8);
    for (Page page : site.pages()) {
      Path file = folder.resolve(page.path()).normalize();
      if (!file.startsWith(folder)) {
        throw new IOException("page path leaves the site: " + page.path());
      }
      Files.createDirectories(file.getParent());
      Files.write(file, page.bytes());
    }
  }

  /** The files under {@code folder} that its manifest does not list (none for a new folder). */
  static List<String> foreignFiles(Path folder) throws PublishException {
    if (!Files.exists(folder)) {
      return List.of();
    }
    if (!Files.isDirectory(folder)) {
      return List.of(folder.getFileName().toString());
    }
    try {
      Path manifestFile = folder.resolve(MANIFEST);
      Set<String> ours = new HashSet<>();
      if (Files.isRegularFile(manifestFile)) {
        ours.addAll(Files.readAllLines(manifestFile, StandardCharsets.UTF_8));
      }
      List<String> foreign = new ArrayList<>();
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          String name = folder.relativize(file).toString().replace('\\', '/');
          // A file is ours only as briefing wrote it: one edited by hand is the user's now.
          // Manifests from before hashes were kept list bare paths.
          boolean listed = ours.contains(name) || ours.contains(Hashes.sha256Hex(Files.readAllBytes(file)) + "  " + name);
          if (!name.equals(MANIFEST) && !listed) {
            foreign.add(name);
          }
          return FileVisitResult.CONTINUE;
        }
      });
      return foreign.stream().sorted().toList();
    } catch (IOException e) {
      throw new PublishException("cannot read output folder " + folder + ": " + e.getMessage(), "");
    }
  }

  /** Deletes a folder that briefing wrote (every file in its manifest); refuses any other. */
  private static void deleteOurs(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    List<String> foreign;
    try {
      foreign = foreignFiles(folder);
    } catch (PublishException e) {
      throw new IOException(e.getMessage(), e);
    }
    if (!foreign.isEmpty() || !Files.exists(folder.resolve(MANIFEST))) {
      throw new IOException(folder + " holds files briefing did not write; move it away");
    }
    Files.walkFileTree(folder, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static String describe(List<String> files) {
    String shown = String.join(", ", files.subList(0, Math.min(3, files.size())));
    return files.size() <= 3 ? shown : shown + " and " + (files.size() - 3) + " more";
  }

  private static Path freeSibling(Path parent, String name) {
    Path candidate = parent.resolve(name);
    for (int n = 2; Files.exists(candidate); n++) {
      candidate = parent.resolve(name + "-" + n);
    }
    return candidate;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
