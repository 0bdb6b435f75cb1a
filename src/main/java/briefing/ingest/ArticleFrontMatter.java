package briefing.ingest;

import briefing.model.Diagnostic;
import briefing.model.Metadata;
import briefing.model.Origin;
import briefing.model.Published;
import briefing.model.Sourced;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads an article's front matter keys into metadata, checking each value. */
final class ArticleFrontMatter {
  static final Set<String> KEYS =
      Set.of("title", "outlet", "url", "author", "authors", "published", "language");

  private ArticleFrontMatter() {}

  static Metadata read(FrontMatter front, String file, List<Diagnostic> problems) {
    Metadata metadata = Metadata.EMPTY;
    for (FrontMatter.Field field : front.fields()) {
      String value = field.value();
      Sourced<String> text = Sourced.of(value, Origin.FRONT_MATTER, "");
      switch (field.key()) {
        case "title" -> metadata = value.isEmpty() ? metadata : metadata.withTitle(text);
        case "outlet" -> metadata = value.isEmpty() ? metadata : metadata.withOutlet(text);
        case "url" -> metadata = value.isEmpty() ? metadata : metadata.withUrl(text);
        case "language" -> metadata = value.isEmpty() ? metadata : metadata.withLanguage(text);
        case "author", "authors" -> metadata = field.values().isEmpty() ? metadata
            : metadata.withAuthors(Sourced.of(field.values(), Origin.FRONT_MATTER, ""));
        case "published" -> {
          Optional<Published> published = PublishedDates.iso(value);
          if (published.isPresent()) {
            metadata = metadata.withPublished(Sourced.of(published.get(), Origin.FRONT_MATTER, ""));
          } else {
            problems.add(Diagnostic.error(file, field.line(),
                "published: '" + value + "' is not a date",
                "write the date as YYYY-MM-DD, or YYYY-MM-DD HH:MM with the time: published: 2022-01-10"));
          }
        }
        default -> problems.add(Diagnostic.warning(file, field.line(),
            "unknown front matter key '" + field.key() + "' is ignored",
            "the keys briefing reads are " + String.join(", ", KEYS.stream().sorted().toList())));
      }
    }
    return metadata;
  }
}
