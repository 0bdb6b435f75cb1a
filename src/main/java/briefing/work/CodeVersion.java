package briefing.work;

import briefing.text.Hashes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A digest of briefing's compiled code in some packages: the version of the code that made a
 * result kept on disk between builds.
 *
 * <p>Any change to a rule changes the digest, so a kept result from other code is never trusted,
 * and nobody has to remember to bump a number.
 */
public final class CodeVersion {
  private CodeVersion() {}

  /**
   * Sixteen hex digits, the same for the same code, different after any change to a class in
   * {@code packages} ("briefing/ingest/") or their sub-packages.
   */
  public static String of(List<String> packages) {
    try {
      MessageDigest sha = Hashes.sha256();
      for (byte[] bytes : classFiles(packages)) {
        sha.update(bytes);
      }
      return Hashes.hex(sha.digest()).substring(0, 16);
    } catch (IOException | URISyntaxException e) {
      // Without a digest every run is a new version: a kept result is never trusted, never wrong.
      return "unknown-" + System.nanoTime();
    }
  }

  /** The class files of those packages and their sub-packages, sorted by package, then name. */
  private static List<byte[]> classFiles(List<String> packages) throws IOException, URISyntaxException {
    CodeSource source = CodeVersion.class.getProtectionDomain().getCodeSource();
    Path location = Path.of(source.getLocation().toURI());
    List<byte[]> files = new ArrayList<>();
    if (Files.isDirectory(location)) {
      for (String prefix : packages) {
        try (Stream<Path> walked = Files.walk(location.resolve(prefix))) {
          List<Path> classes = walked.filter(p -> p.toString().endsWith(".class"))
              .sorted((a, b) -> location.relativize(a).toString()
                  .compareTo(location.relativize(b).toString()))
              .toList();
          for (Path p : classes) {
            files.add(Files.readAllBytes(p));
          }
        }
      }
      return files;
    }
    try (JarFile jar = new JarFile(location.toFile())) {
      List<JarEntry> entries = new ArrayList<>();
      for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
        JarEntry entry = e.nextElement();
        String name = entry.getName();
        if (name.endsWith(".class") && packages.stream().anyMatch(name::startsWith)) {
          entries.add(entry);
        }
      }
      entries.sort((a, b) -> {
        int byPackage = Integer.compare(packageOf(packages, a.getName()), packageOf(packages, b.getName()));
        return byPackage != 0 ? byPackage : a.getName().compareTo(b.getName());
      });
      for (JarEntry entry : entries) {
        try (InputStream in = jar.getInputStream(entry)) {
          files.add(in.readAllBytes());
        }
      }
    }
    return files;
  }

  private static int packageOf(List<String> packages, String name) {
    for (int i = 0; i < packages.size(); i++) {
      if (name.startsWith(packages.get(i))) {
        return i;
      }
    }
    return packages.size();
  }

  /**
   * The file name of the jar that holds {@code type} ("jsoup-1.17.2.jar"), which names a
   * library's version; "" where the class is not loaded from a file.
   */
  public static String jarOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return "";
    }
    String path = source.getLocation().getPath();
    return path.substring(path.lastIndexOf('/', path.length() - 2) + 1);
  }
}
