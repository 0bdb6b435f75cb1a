package briefing.ingest;

import briefing.ingest.clean.Cleaned;
import briefing.ingest.clean.Cleaner;
import briefing.model.Article;
import briefing.model.Diagnostic;
import briefing.model.Metadata;
import briefing.model.Noise;
import briefing.model.Origin;
import briefing.model.Sourced;
import briefing.text.Datelines;
import briefing.text.Hashes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes one article out of a file's bytes: decode, split the front matter, read with the file's
 * reader, clean, and merge metadata (front matter over the page's tags over the text).
 */
final class ArticleBuilder {
  /** How many words of an untitled text's opening stand in for its title. */
  private static final int TITLE_WORDS = 12;
  /** Words that lead on to what follows them, which a title cut short does not end with. */
  private static final Set<String> LEADS_ON = Set.of("a", "an", "the", "of", "in", "on", "at", "to",
      "for", "from", "by", "with", "about", "as", "into", "over", "and", "or", "but", "that", "than");

  /** The dash that ends a dateline: "(Billboard) -". */
  private static final Pattern DASHED = Pattern.compile("\\)\\s*[-—–_]+\\s*$");

  private ArticleBuilder() {}

  static Optional<Article> build(
      ArticleReader reader, byte[] bytes, String shown, String id, List<Diagnostic> problems) {
    Optional<Decoder.Decoded> decoded = Decoder.decode(bytes);
    if (decoded.isEmpty()) {
      problems.add(Diagnostic.warning(shown, 0, "is binary data or in an unknown encoding; skipped",
          "save the article as text (UTF-8)"));
      return Optional.empty();
    }
    Decoder.warnReplaced(decoded.get(), shown, problems);
    String text = ControlCharacters.strip(Ingest.normalizeNewlines(reader.decode(bytes, decoded.get().text())));
    if (text.isBlank()) {
      problems.add(Diagnostic.warning(shown, 0, "is empty; skipped", "paste the article's text into it"));
      return Optional.empty();
    }
    FrontMatter front = FrontMatterParser.parse(text, shown, problems);
    Metadata given = ArticleFrontMatter.read(front, shown, problems);
    Draft draft = reader.read(front.body(), front.bodyLine(), shown, problems);
    String knownTitle = given.title() != null ? given.title().value()
        : draft.page().title() != null ? draft.page().title().value() : null;
    Cleaned cleaned = Cleaner.clean(draft.units(), knownTitle, draft.chromeAboveHeadline());
    // The page's own tags may spell control characters as entities (&#27;): removed here too.
    Metadata metadata = ControlCharacters.strip(cleaned.detected().overlaidWith(draft.page()).overlaidWith(given));
    if (cleaned.blocks().isEmpty()) {
      problems.add(Diagnostic.warning(shown, 0, "holds no article text once page noise is removed; skipped",
          "check that the file holds the article itself"));
      return Optional.empty();
    }
    if (metadata.title() == null) {
      metadata = metadata.withTitle(Sourced.of(firstWords(cleaned, metadata), Origin.TEXT,
          "the first words of the text"));
      problems.add(Diagnostic.warning(shown, 0, "no headline found; the first words stand in for it",
          "add 'title: …' to the front matter at the top of the file"));
    }
    if (metadata.published() == null) {
      problems.add(Diagnostic.warning(shown, 1, "publication date unknown: the text does not state it",
          "add 'published: YYYY-MM-DD' to the front matter at the top of the file"));
    }
    if (metadata.outlet() == null) {
      problems.add(Diagnostic.warning(shown, 0, "outlet unknown: the text does not name it",
          "add 'outlet: …' (the news organisation) to the front matter at the top of the file"));
    }
    List<Noise> noise = new ArrayList<>(draft.noise());
    noise.addAll(cleaned.noise());
    return Optional.of(new Article(id, ControlCharacters.escape(shown), reader.format(), metadata, cleaned.blocks(),
        ControlCharacters.stripCredits(cleaned.credits()), ControlCharacters.stripNoise(noise), Hashes.sha256Hex(bytes)));
  }

  /**
   * The opening words of the text, for a title: not the dateline or an editor's update label
   * they open with ("MEXICO CITY (Reuters) - ", "UPDATE: "), which title nothing; cut after
   * {@link #TITLE_WORDS} words, and before a word that leads on to the rest ("… with winds of").
   * Words in parentheses are a dateline's only where they name a news agency or the outlet, or
   * a dash and a capital follow them ("LOS ANGELES (Billboard) - The"): "IBM (International
   * Business Machines) said …" and "NATO (North Atlantic Treaty Organization) — which …" open
   * with their subject.
   */
  private static String firstWords(Cleaned cleaned, Metadata metadata) {
    String opening = cleaned.blocks().get(0).text();
    Optional<Datelines.Dateline> read = Datelines.parse(opening);
    String agency = read.map(Datelines.Dateline::agency).orElse(null);
    String outlet = metadata.outlet() == null ? null : metadata.outlet().value();
    String rest = Datelines.without(opening);
    boolean dashed = read.isPresent() && DASHED.matcher(read.get().text()).find()
        && rest.codePoints().findFirst().stream().anyMatch(Character::isUpperCase);
    boolean dateline = agency == null || dashed || Datelines.WIRES.contains(agency) || agency.equals(outlet);
    String text = !dateline || rest.isEmpty() ? opening : rest;
    String[] words = text.split(" ");
    if (words.length <= TITLE_WORDS) {
      return text;
    }
    int end = TITLE_WORDS;
    while (end > TITLE_WORDS / 2 && LEADS_ON.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
      end--;
    }
    return String.join(" ", List.of(words).subList(0, end)) + "…";
  }
}
