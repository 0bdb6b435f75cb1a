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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

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
  private final Configuration freemarker;

  /** A theme with {@code project} (which need not exist) over the bundled one. */
  public Theme(Path project) {
    this.project = project;
    this.freemarker = configure(project);
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
            .filter(n -> !names.contains(n))
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
      if (Files.isRegularFile(own)) {
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

  private static Configuration configure(Path project) {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    List<TemplateLoader> loaders = new ArrayList<>();
    if (Files.isDirectory(project)) {
      try {
        loaders.add(new FileTemplateLoader(project.toFile()));
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
}
