package briefing.analyze.cache;

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
 * The analyser's version: CoreNLP's version and a digest of the compiled analysis code.
 *
 * <p>Any change to a rule changes the digest, so a cached analysis from other code is never
 * trusted, and nobody has to remember to bump a number.
 */
public final class AnalyzerVersion {
  /** The analysis code and the records it writes: a change to either makes a new version. */
  private static final List<String> PACKAGES = List.of("briefing/analyze/", "briefing/model/", "briefing/text/");
  private static final String CORENLP = "corenlp-4.5.10";
  private static volatile String current;

  private AnalyzerVersion() {}

  /** "corenlp-4.5.10/3f2a…": stable for the same code, different after any change to it. */
  public static String current() {
    String v = current;
    if (v == null) {
      v = CORENLP + "/" + digest();
      current = v;
    }
    return v;
  }

  private static String digest() {
    try {
      MessageDigest sha = Hashes.sha256();
      for (byte[] bytes : classFiles()) {
        sha.update(bytes);
      }
      return Hashes.hex(sha.digest()).substring(0, 16);
    } catch (IOException | URISyntaxException e) {
      // Without a digest every run is a new version: the cache is never trusted, never wrong.
      return "unknown-" + System.nanoTime();
    }
  }

  /** The class files of those packages and their sub-packages, sorted by name. */
  private static List<byte[]> classFiles() throws IOException, URISyntaxException {
    CodeSource source = AnalyzerVersion.class.getProtectionDomain().getCodeSource();
    Path location = Path.of(source.getLocation().toURI());
    List<byte[]> files = new ArrayList<>();
    if (Files.isDirectory(location)) {
      for (String prefix : PACKAGES) {
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
        if (name.endsWith(".class") && PACKAGES.stream().anyMatch(name::startsWith)) {
          entries.add(entry);
        }
      }
      entries.sort((a, b) -> {
        int byPackage = Integer.compare(packageOf(a.getName()), packageOf(b.getName()));
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

  private static int packageOf(String name) {
    for (int i = 0; i < PACKAGES.size(); i++) {
      if (name.startsWith(PACKAGES.get(i))) {
        return i;
      }
    }
    return PACKAGES.size();
  }
}
