package briefing.publish;

import briefing.model.Page;
import briefing.model.Site;
import briefing.work.Aside;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a site to its output folder atomically: the new site is written to a sibling folder and
 * renamed into place, so a failed build leaves the previous site exactly as it was. A build cut
 * short at any point (killed, out of disk) leaves only folders the next build recognises as its
 * own and repairs: {@code .site.new} (the site being written) and {@code .site.old} (the previous
 * site, between the two renames).
 */
public final class Publisher {
  /** The list of files briefing wrote, kept in the output folder to know what it may replace. */
  public static final String MANIFEST = SiteFolder.MANIFEST;
  /**
   * How many files and folders beyond a site's own an output folder may hold and still be moved
   * aside with {@code --force}: more is a wrong --out (a home or projects folder), not a site.
   */
  static final int MARGIN = 1_000;

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
    return publish(site, out, force, inputs, workingFolder, Path.of(System.getProperty("user.home")));
  }

  /** As {@link #publish(Site, Path, boolean, List, Path)}, with the user's home folder given. */
  static Path publish(Site site, Path out, boolean force, List<Path> inputs, Path workingFolder, Path home)
      throws PublishException {
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw new PublishException("cannot publish to the file system root", "choose --out DIR");
    }
    OutputGuard.check(out, inputs, workingFolder, home);
    Path fresh = parent.resolve("." + target.getFileName() + ".new");
    Path old = parent.resolve("." + target.getFileName() + ".old");
    recover(target, fresh, old);
    checkSize(out, target, site);
    // Reading back every page of the previous site to know it is briefing's takes as long as
    // writing the new one (H1N1: 2,266 pages each): the two run side by side, and the new site is
    // removed again where the previous one turns out to hold the user's files.
    try (Aside<List<String>> foreignCheck = Aside.start("briefing-check-site",
        () -> SiteFolder.foreign(target, false))) {
      Files.createDirectories(parent);
      try {
        // Pages are linked from the previous site only where it is deleted after the swap: with
        // --force it may be moved aside and kept, and would share its files with the new site.
        write(site, fresh, !force && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) ? target : null);
      } catch (IOException e) {
        removeQuietly(fresh);
        throw e;
      }
      List<String> foreign = foreign(out, foreignCheck);
      if (!foreign.isEmpty() && !force) {
        removeQuietly(fresh);
        throw new PublishException(
            "output folder " + out + " holds files briefing did not write (" + describe(foreign) + ")",
            "choose another --out folder, or pass --force to move that folder aside (nothing is deleted)");
      }
      Path movedAside = null;
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
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
        removeQuietly(fresh);
        throw e;
      }
      if (Files.exists(old)) {
        SiteFolder.delete(old);
      }
      return movedAside;
    } catch (IOException e) {
      throw new PublishException("could not write " + out + ": " + e.getMessage(),
          "check that the folder is writable and the disk not full; the previous site is unchanged", e);
    }
  }

  /** What the check of the previous site found: the files in it that briefing did not write. */
  private static List<String> foreign(Path out, Aside<List<String>> check) throws PublishException {
    try {
      return check.join();
    } catch (UncheckedIOException e) {
      throw new PublishException("cannot read output folder " + out + ": " + e.getCause().getMessage(), "",
          e.getCause());
    }
  }

  /**
   * Repairs what a build cut short left: restores the previous site where it was moved aside
   * and the new one never took its place, and clears the leftover folders, which must be
   * briefing's own.
   */
  private static void recover(Path target, Path fresh, Path old) throws PublishException {
    try {
      for (Path leftover : List.of(fresh, old)) {
        if (Files.exists(leftover, LinkOption.NOFOLLOW_LINKS) && !SiteFolder.isLeftover(leftover)) {
          throw new PublishException(leftover + " is left from an earlier build but holds files briefing did not write",
              "look through it, then move it away or delete it; briefing deletes only what it wrote");
        }
      }
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.exists(old.resolve(MANIFEST))) {
        // Cut short between the two renames: the previous site is complete in .old.
        move(old, target);
      }
      for (Path leftover : List.of(fresh, old)) {
        if (Files.exists(leftover, LinkOption.NOFOLLOW_LINKS)) {
          SiteFolder.delete(leftover);
        }
      }
    } catch (IOException e) {
      throw new PublishException("could not clear what an earlier build left beside " + target + ": " + e.getMessage(),
          "delete " + fresh.getFileName() + " and " + old.getFileName() + " beside it by hand", e);
    }
  }

  /** Refuses an output folder with far more files than a site, which --force must not move aside. */
  private static void checkSize(Path out, Path target, Site site) throws PublishException {
    try {
      long limit = site.pages().size() + (long) SiteFolder.manifest(target).size() + MARGIN;
      if (Files.isDirectory(target) && SiteFolder.count(target, limit) > limit) {
        throw new PublishException("output folder " + out + " holds more than " + limit
            + " files, far more than a briefing site; briefing will not replace it, even with --force",
            "check --out: it should name a folder of the site's own, such as site");
      }
    } catch (IOException e) {
      throw new PublishException("cannot read output folder " + out + ": " + e.getMessage(), "", e);
    }
  }

  /**
   * Writes the site into {@code folder}; a page the previous site ({@code previous}, or null)
   * holds byte for byte is linked from it instead of written again.
   */
  private static void write(Site site, Path folder, Path previous) throws IOException {
    Files.createDirectories(folder);
    StringBuilder manifest = new StringBuilder();
    for (Page page : site.pages()) {
      manifest.append(SiteFolder.fingerprint(page.bytes())).append("  ").append(page.path()).append('\n');
    }
    // The manifest goes first, so that a build that dies half-way leaves a folder that the
    // next build knows it may delete.
    Files.writeString(folder.resolve(MANIFEST), manifest.toString(), StandardCharsets.UTF_8);
    // Half the pages are written on a second thread: writing is thousands of small system calls
    // (H1N1: 2,266 files), each waiting on the file system rather than computing.
    // The folders made so far: a thread that needs one another thread is making waits for it.
    Map<Path, Boolean> made = new ConcurrentHashMap<>();
    List<Page> pages = site.pages();
    int half = pages.size() / 2;
    Aside<Void> second = Aside.start("briefing-write", () -> {
      writePages(pages.subList(half, pages.size()), folder, previous, made);
      return null;
    });
    IOException failed = null;
    try {
      writePages(pages.subList(0, half), folder, previous, made);
    } catch (IOException e) {
      failed = e;
    } finally {
      // both halves end before the folder is kept or removed
      try {
        second.join();
      } catch (UncheckedIOException e) {
        if (failed == null) {
          failed = e.getCause();
        }
      }
    }
    if (failed != null) {
      throw failed;
    }
  }

  private static void writePages(List<Page> pages, Path folder, Path previous, Map<Path, Boolean> made)
      throws IOException {
    for (Page page : pages) {
      Path file = folder.resolve(page.path()).normalize();
      if (!file.startsWith(folder)) {
        throw new IOException("page path leaves the site: " + page.path());
      }
      try {
        made.computeIfAbsent(file.getParent(), parent -> {
          try {
            Files.createDirectories(parent);
            return true;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      if (!linked(previous, page, file)) {
        Files.write(file, page.bytes());
      }
    }
  }

  /**
   * Links {@code file} to the previous site's copy of {@code page} where that is a plain file
   * holding the same bytes. A rebuild changes few pages: linking the rest writes no data, where
   * writing every page again (H1N1: 2,266 pages, 36 MB) now and then stalled for two seconds
   * while the disk caught up. Where the file system cannot link, the page is written.
   */
  private static boolean linked(Path previous, Page page, Path file) {
    if (previous == null) {
      return false;
    }
    Path old = previous.resolve(page.path()).normalize();
    try {
      BasicFileAttributes attributes = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!old.startsWith(previous) || !attributes.isRegularFile() || attributes.size() != page.bytes().length
          || !Arrays.equals(Files.readAllBytes(old), page.bytes())) {
        return false;
      }
      Files.createLink(file, old);
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** Removes a folder this build made, where it can; what is left the next build clears. */
  private static void removeQuietly(Path folder) {
    try {
      if (SiteFolder.isLeftover(folder)) {
        SiteFolder.delete(folder);
      }
    } catch (IOException e) {
      // The next build recognises the leftover and clears it.
    }
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
