package briefing.ingest;

import briefing.model.Diagnostic;
import briefing.model.Editorial;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the editor's {@code briefing.md}: title, language and base URL, then the introduction. */
final class EditorialReader {
  private static final Set<String> KEYS = Set.of("title", "language", "base_url", "description");

  private EditorialReader() {}

  static Editorial read(Path content, Path file, String display, List<Diagnostic> problems) {
    if (Files.isSymbolicLink(file) && Files.isRegularFile(file) && !insideContent(content, file)) {
      problems.add(ContentFiles.outside(display, realPath(file)));
      return new Editorial("Briefing", "en", "", "");
    }
    if (!Files.isRegularFile(file)) {
      problems.add(Diagnostic.warning(display, 0, "no briefing.md: the briefing has no title",
          "create " + display + " with front matter such as: title: The story in brief"));
      return new Editorial("Briefing", "en", "", "");
    }
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      Decoder.Decoded decoded = Decoder.decode(bytes).orElse(null);
      text = decoded == null ? null : decoded.text();
      if (decoded != null) {
        Decoder.warnReplaced(decoded, display, problems);
      }
    } catch (IOException e) {
      text = null;
    }
    if (text == null) {
      problems.add(Diagnostic.error(display, 0, "cannot be read as text",
          "save it as UTF-8 text"));
      return new Editorial("Briefing", "en", "", "");
    }
    FrontMatter front = FrontMatterParser.parse(
        ControlCharacters.strip(Ingest.normalizeNewlines(text)), display, problems);
    for (FrontMatter.Field field : front.fields()) {
      if (!KEYS.contains(field.key())) {
        problems.add(Diagnostic.warning(display, field.line(),
            "unknown front matter key '" + field.key() + "' is ignored",
            "the keys briefing reads here are " + String.join(", ", KEYS.stream().sorted().toList())));
      }
    }
    String title = front.field("title").map(FrontMatter.Field::value).filter(v -> !v.isBlank())
        .orElse(null);
    if (title == null) {
      problems.add(Diagnostic.warning(display, 1, "the briefing has no title",
          "add 'title: …' to the front matter of " + display));
      title = "Briefing";
    }
    return new Editorial(
        title,
        front.field("language").map(FrontMatter.Field::value).filter(v -> !v.isBlank()).orElse("en"),
        front.body().strip(),
        front.field("base_url").map(f -> baseUrl(f, display, problems)).orElse(""));
  }

  /**
   * The base URL where it is an absolute http(s) address; it is written into the calendar and
   * the sitemap, where anything else (a {@code javascript:} link, a line break) does harm.
   */
  private static String baseUrl(FrontMatter.Field field, String display, List<Diagnostic> problems) {
    String value = field.value();
    if (value.isEmpty() || isWebAddress(value)) {
      return value;
    }
    problems.add(Diagnostic.error(display, field.line(),
        "base_url: '" + value + "' is not an absolute http or https address",
        "write the address the site will be published at, such as base_url: https://example.org/briefing/"));
    return "";
  }

  private static boolean isWebAddress(String value) {
    if (value.chars().anyMatch(c -> c <= ' ' || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\')) {
      return false;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          && uri.getRawQuery() == null && uri.getRawFragment() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean insideContent(Path content, Path file) {
    try {
      return ContentFiles.inside(file, content.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private static Path realPath(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file;
    }
  }
}
