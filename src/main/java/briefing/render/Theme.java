package briefing.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The templates and assets pages are made from: the theme bundled in the tool, overridden file by
 * file by the project's own {@code templates/} folder.
 */
public final class Theme {
  /** Where the bundled theme lives on the class path. */
  static final String BUNDLED = "briefing/theme";
  /** The bundled theme's asset files, listed in this resource, one path a line. */
  private static final String ASSET_INDEX = BUNDLED + "/assets.index";

  private final Path project;
  private final Map<String, Path> linksOutside;
  private final Configuration freemarker;

  /** The last theme {@link #of} made, with the state of its folder then. */
  private static Theme last;
  private static String lastState;

  /**
   * A theme with {@code project} over the bundled one: the one made last time where the folder
   * has not changed since (no file added, removed, linked or written), so that a rebuild in the
   * same process ({@code serve}) does not parse every template again.
   */
  public static synchronized Theme of(Path project) {
    String state = state(project);
    if (last == null || !state.equals(lastState)) {
      last = new Theme(project);
      lastState = state;
    }
    return last;
  }

  /** Every file and folder under {@code project}, with its kind, size and time of change. */
  private static String state(Path project) {
    StringBuilder state = new StringBuilder(project.toAbsolutePath().normalize().toString()).append('\n');
    if (!Files.isDirectory(project)) {
      return state.toString();
    }
    try (var files = Files.walk(project)) {
      for (Path f : files.sorted().toList()) {
        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        state.append(project.relativize(f)).append(' ').append(a.isSymbolicLink() ? 'l' : a.isDirectory() ? 'd' : 'f')
            .append(' ').append(a.size()).append(' ').append(a.lastModifiedTime().toMillis()).append('\n');
      }
    } catch (IOException | UncheckedIOException e) {
      // Unreadable now: a new theme, which says what is wrong.
      return state.append("unreadable ").append(System.nanoTime()).toString();
    }
    return state.toString();
  }

  /** A theme with {@code project} (which need not exist) over the bundled one. */
  public Theme(Path project) {
    this.project = project;
    this.linksOutside = linksOutside(project);
    this.freemarker = configure(project, this::refused);
  }

  /**
   * The project's files and folders that are links leading out of the project folder, by their
   * path inside it, with where they lead: they are not read, so that nothing from elsewhere on
   * the disk is published; the bundled file of the same name stands in.
   */
  public Map<String, Path> linksOutside() {
    return linksOutside;
  }

  /** Whether the project file {@code name} is, or lies in, a link out of the project folder. */
  private boolean refused(String name) {
    return linksOutside.keySet().stream().anyMatch(link -> name.equals(link) || name.startsWith(link + "/"));
  }

  Configuration freemarker() {
    return freemarker;
  }

  /** The asset files (style sheets, scripts), project files overriding bundled ones. */
  List<String> assets() {
    List<String> names = new ArrayList<>(bundledAssets());
    Path folder = project.resolve("assets");
    if (Files.isDirectory(folder)) {
      try (var files = Files.list(folder)) {
        files.filter(Files::isRegularFile)
            .map(f -> "assets/" + f.getFileName())
            .filter(n -> !names.contains(n) && !refused(n))
            .forEach(names::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return names.stream().sorted().toList();
  }

  /** An asset's bytes: the project's file where it has one, else the bundled file. */
  byte[] asset(String name) {
    Path own = project.resolve(name);
    try {
      if (Files.isRegularFile(own) && !refused(name)) {
        return Files.readAllBytes(own);
      }
      return bundled(BUNDLED + "/" + name)
          .orElseThrow(() -> new IllegalStateException("theme asset missing: " + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> bundledAssets() {
    return bundled(ASSET_INDEX)
        .map(bytes -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8).lines()
            .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .map(l -> "assets/" + l).toList())
        .orElse(List.of());
  }

  private static Optional<byte[]> bundled(String resource) {
    try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Path> linksOutside(Path project) {
    Map<String, Path> links = new TreeMap<>();
    if (!Files.isDirectory(project)) {
      return links;
    }
    try {
      Path root = project.toRealPath();
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isSymbolicLink()) {
            Path target;
            try {
              target = file.toRealPath();
            } catch (IOException e) {
              return FileVisitResult.CONTINUE;
            }
            if (!target.startsWith(root)) {
              links.put(root.relativize(file).toString().replace('\\', '/'), target);
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(links);
  }

  private static Configuration configure(Path project, Predicate<String> refused) {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    List<TemplateLoader> loaders = new ArrayList<>();
    if (Files.isDirectory(project)) {
      try {
        loaders.add(withoutRefused(new FileTemplateLoader(project.toFile()), refused));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    loaders.add(new ClassTemplateLoader(Theme.class.getClassLoader(), BUNDLED));
    config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
    config.setDefaultEncoding("UTF-8");
    config.setOutputEncoding("UTF-8");
    config.setLocale(Locale.ENGLISH);
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setRecognizeStandardFileExtensions(true);
    config.setAPIBuiltinEnabled(false);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    return config;
  }

  /** The project's templates without the refused ones, for which the bundled theme stands in. */
  private static TemplateLoader withoutRefused(TemplateLoader files, Predicate<String> refused) {
    return new TemplateLoader() {
      @Override
      public Object findTemplateSource(String name) throws IOException {
        return refused.test(name) ? null : files.findTemplateSource(name);
      }

      @Override
      public long getLastModified(Object source) {
        return files.getLastModified(source);
      }

      @Override
      public Reader getReader(Object source, String encoding) throws IOException {
        return files.getReader(source, encoding);
      }

      @Override
      public void closeTemplateSource(Object source) throws IOException {
        files.closeTemplateSource(source);
      }
    };
  }
}
