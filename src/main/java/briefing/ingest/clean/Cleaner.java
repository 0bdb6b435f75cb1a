package briefing.ingest.clean;

import briefing.ingest.Unit;
import briefing.model.Block;
import briefing.model.BlockKind;
import briefing.model.Credit;
import briefing.model.Noise;
import briefing.text.Datelines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates an article from the page around it: finds the headline, drops the page chrome above
 * it and what follows the article (readers' comments, teasers, what runs on after a wire report's
 * closing credit, advertising), keeps captions apart, and reads the byline, dateline, date stamp
 * and copyright line into metadata.
 */
public final class Cleaner {
  private static final Pattern WEATHER = Pattern.compile("^-?\\d{1,3}(?:[.,]\\d)?\\s*°?\\s*[CF]$");
  private static final Pattern COPYRIGHT =
      Pattern.compile("(?:©|\\([cC]\\)|Copyright)\\s*©?\\s*(?<holder>[^\\d©]{2,60}?)?\\s*(?<year>(?:19|20)\\d{2})\\b");
  private static final Pattern EMAIL_PLACEHOLDER = Pattern.compile("\\[email\\s*protected\\]");
  /**
   * A slash escaped as a page's script writes it ("Ann Cole\\/Reuters"), left in text scraped
   * from the script: prose never means the backslash.
   */
  private static final Pattern ESCAPED_SLASH = Pattern.compile("\\\\/");
  /** Bylines and date stamps stand in the first few units after the headline. */
  private static final int HEADER_UNITS = 6;

  private Cleaner() {}

  /**
   * Cleans one article's units.
   *
   * @param knownTitle the title the page or the editor gave, or null
   * @param chromeAboveHeadline whether units above the headline are page chrome (scraped text)
   */
  public static Cleaned clean(List<Unit> input, String knownTitle, boolean chromeAboveHeadline) {
    List<Unit> folded = input.stream()
        .map(u -> new Unit(u.kind(), Unit.fold(ESCAPED_SLASH.matcher(u.text()).replaceAll("/")), u.line()))
        .filter(u -> !u.text().isEmpty())
        .toList();
    // a wire report's lead run together with what stood above its dateline
    List<String> aboveDateline = new ArrayList<>();
    List<Unit> units = WireLeads.split(folded, aboveDateline);
    // a page's headline and date stamp run into its opening paragraph
    units = StampedLeads.split(units, aboveDateline, knownTitle);
    String[] noise = new String[units.size()];
    for (int i = 0; i < units.size(); i++) {
      noise[i] = aboveDateline.get(i) != null ? aboveDateline.get(i)
          : lexicalNoise(units.get(i).text()).orElse(null);
    }
    CommentForms.markQuestions(units, noise);
    int headline = Headline.find(units, noise, knownTitle, chromeAboveHeadline);
    Evidence evidence = new Evidence();
    if (headline >= 0) {
      String text = units.get(headline).text();
      Titles.Split split = Titles.split(text);
      evidence.title(split.headline(), text);
      if (split.site() != null) {
        evidence.titleOutlet(split.site(), text);
      }
      if (chromeAboveHeadline) {
        markChrome(units, noise, headline);
      }
    }
    Optional<ArticleEnd.Cut> end = ArticleEnd.find(units, noise, headline + 1);
    if (end.isPresent()) {
      ArticleEnd.Marked marked = ArticleEnd.mark(units, noise, end.get());
      units = marked.units();
      noise = marked.noise();
      // the words kept before an end inside a paragraph are a line like any other
      int kept = end.get().unit();
      if (kept < units.size() && noise[kept] == null) {
        noise[kept] = lexicalNoise(units.get(kept).text()).orElse(null);
      }
    }
    return collect(units, noise, headline, evidence);
  }

  private static Optional<String> lexicalNoise(String text) {
    Optional<String> reason = Boilerplate.reason(text).or(() -> CommentForms.reason(text));
    if (reason.isPresent()) {
      return reason;
    }
    if (WEATHER.matcher(text).matches()) {
      return Optional.of("weather widget");
    }
    if (EMAIL_PLACEHOLDER.matcher(text).find() && LineWords.count(text) <= 12) {
      return Optional.of("contact line with a hidden e-mail address");
    }
    return Optional.empty();
  }

  private static void markChrome(List<Unit> units, String[] noise, int headline) {
    for (int i = 0; i < headline; i++) {
      if (noise[i] == null) {
        noise[i] = DateStamps.parse(units.get(i).text()).isPresent()
            ? "date in the page chrome (the day the page was saved, not the publication date)"
            : "page chrome above the headline";
      }
    }
  }

  private static Cleaned collect(List<Unit> units, String[] noise, int headline, Evidence evidence) {
    List<Block> blocks = new ArrayList<>();
    List<Credit> credits = new ArrayList<>();
    List<Noise> removed = new ArrayList<>();
    String headlineKey = headline >= 0 ? LineWords.key(units.get(headline).text()) : null;
    String titleKey = headline >= 0 ? LineWords.key(Titles.split(units.get(headline).text()).headline()) : null;
    int paragraphs = 0;
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      String text = unit.text();
      if (i == headline) {
        continue;
      }
      if (noise[i] != null) {
        removed.add(new Noise(text, unit.line(), noise[i]));
        continue;
      }
      boolean inHeader = paragraphs < 2 && (headline < 0 || i - headline <= HEADER_UNITS);
      Optional<String> reason =
          classifyMeta(text, headlineKey, titleKey, inHeader, evidence);
      if (reason.isPresent()) {
        removed.add(new Noise(text, unit.line(), reason.get()));
        continue;
      }
      // "Photograph: Ann Cole/Reuters A virus that …": a credit run into the paragraph after it
      Optional<Captions.Caption> leading = Captions.leadingCredit(text);
      if (leading.isPresent()) {
        credits.add(leading.get().credit());
        removed.add(new Noise(text.substring(0, text.length() - leading.get().text().length()).strip(),
            unit.line(), "photo credit"));
        text = leading.get().text();
        unit = new Unit(unit.kind(), text, unit.line());
      }
      Optional<Captions.Caption> caption = Captions.parse(text);
      if (caption.isPresent()) {
        credits.add(caption.get().credit());
        if (caption.get().text().isEmpty()) {
          removed.add(new Noise(text, unit.line(), "photo credit"));
        } else {
          blocks.add(new Block(BlockKind.CAPTION, caption.get().text(), unit.line()));
          evidence.textDates(caption.get().text());
        }
        continue;
      }
      BlockKind kind = kindOf(unit, paragraphs);
      if (kind == BlockKind.PARAGRAPH && paragraphs == 0) {
        Datelines.parse(text).ifPresent(evidence::dateline);
      }
      if (kind == BlockKind.PARAGRAPH) {
        paragraphs++;
      }
      evidence.textDates(text);
      blocks.add(new Block(kind, text, unit.line()));
    }
    return new Cleaned(blocks, credits, removed, evidence.metadata());
  }

  /** Why a unit is metadata rather than text (a repeated headline, byline, stamp), if it is. */
  private static Optional<String> classifyMeta(String text, String headlineKey, String titleKey,
      boolean inHeader, Evidence evidence) {
    String key = LineWords.key(text);
    Matcher copyright = COPYRIGHT.matcher(text);
    boolean hasCopyright = copyright.find();
    if (hasCopyright) {
      evidence.copyright(copyright.group("holder"), Integer.parseInt(copyright.group("year")), text);
    }
    if (headlineKey != null && (key.equals(headlineKey) || key.equals(titleKey))) {
      return Optional.of("repeated headline");
    }
    if (headlineKey != null && key.startsWith(titleKey + " ") && (hasCopyright || LineWords.count(text) - LineWords.count(titleKey) <= 6)) {
      return Optional.of("repeated headline");
    }
    if (hasCopyright && LineWords.count(text) <= 12) {
      return Optional.of("copyright notice");
    }
    if (inHeader) {
      Optional<Bylines.Byline> byline = Bylines.parse(text);
      if (byline.isPresent()) {
        evidence.byline(byline.get(), text);
        return Optional.of("byline (shown as the article's author or outlet)");
      }
      Optional<NewsDate> stamp = DateStamps.parse(text);
      if (stamp.isPresent()) {
        evidence.stampedDate(stamp.get(), text);
        return Optional.of("date stamp (shown as the publication date)");
      }
    }
    return Optional.empty();
  }

  private static BlockKind kindOf(Unit unit, int paragraphsSoFar) {
    String text = unit.text();
    if (unit.kind() != BlockKind.PARAGRAPH) {
      return unit.kind();
    }
    boolean shortCaps = LineWords.isUpperCase(text) && LineWords.count(text) <= 10 && !LineWords.endsSentence(text);
    return shortCaps && paragraphsSoFar > 0 ? BlockKind.HEADING : BlockKind.PARAGRAPH;
  }
}
