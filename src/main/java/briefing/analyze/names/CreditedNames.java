package briefing.analyze.names;

import briefing.model.Article;
import briefing.model.Credit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An article's writers and photographers, who are credited, never counted as newsmakers. */
public final class CreditedNames {
  /** A closing credit line: "... contributed to this report", "... contributed reporting". */
  private static final Pattern CONTRIBUTED = Pattern.compile(
      "\\s(?:also\\s)?contributed(?:\\s+to\\s+(?:this|the)\\s+(?:report|story|article)|\\s+reporting)");
  /**
   * A wire's credit inside a paragraph: "(Reporting by A and B in Place; Editing by C)",
   * "Additional reporting by A in Place; B in Place."
   */
  private static final Pattern WIRE = Pattern.compile("(?i)(?:\\((?:additional\\s+)?(?:reporting|writing|"
      + "editing|compiled|written)\\s+by\\s+([^)]+)\\)|\\badditional\\s+reporting\\s+by\\s+([^.]+))");
  /** A byline run into a paragraph's opening: "By Ann Lee, Health Editor KETTLEWELL (Wire) - …". */
  private static final Pattern OPENING_BYLINE = Pattern.compile("^By\\s+(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\.)?"
      + "(?:\\s+\\p{Lu}\\p{L}+(?:['’-]\\p{L}+)*){1,2}),");
  /** Where a credit says where the reporter was: "in Port Selwyn", dropped before names are read. */
  private static final Pattern WHERE = Pattern.compile("\\bin\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*");
  /** Two to four capitalised words, a middle initial allowed: a name in a credit line. */
  private static final Pattern NAME = Pattern.compile(
      "\\p{Lu}\\p{L}*(?:['’-]\\p{L}+)*(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}\\p{L}*(?:['’-]\\p{L}+)*){1,3}");
  private final List<Credit> all;
  private final Set<String> names;

  private CreditedNames(List<Credit> all) {
    this.all = List.copyOf(all);
    Set<String> keys = new TreeSet<>();
    for (Credit c : all) {
      keys.add(key(c.name()));
    }
    this.names = keys;
  }

  public static CreditedNames of(Article article) {
    List<Credit> all = new ArrayList<>();
    if (article.metadata().authors() != null) {
      for (String author : article.metadata().authors().value()) {
        if (!author.isBlank()) {
          all.add(new Credit(author.strip(), "author", ""));
        }
      }
    }
    all.addAll(article.credits());
    for (briefing.model.Block block : article.blocks()) {
      all.addAll(contributors(block.text()));
      all.addAll(wireCredits(block.text()));
    }
    return new CreditedNames(all);
  }

  /**
   * The reporters a closing line credits: "Wire's Ann Lee and Tom Roe contributed to this report."
   * The outlet before a possessive is no one.
   */
  static List<Credit> contributors(String text) {
    Matcher line = CONTRIBUTED.matcher(text);
    List<Credit> found = new ArrayList<>();
    if (!line.find()) {
      return found;
    }
    Matcher name = NAME.matcher(text.substring(0, line.start()));
    while (name.find()) {
      boolean possessive = name.end() < line.start()
          && text.substring(name.end()).matches("(?s)^['’]s?\\s.*");
      if (!possessive) {
        found.add(new Credit(name.group(), "contributor", ""));
      }
    }
    return found;
  }

  /**
   * The reporters and editors a wire credits inside a paragraph, and a byline run into a
   * paragraph's opening; where they were ("in Port Selwyn") is no name.
   */
  static List<Credit> wireCredits(String text) {
    List<Credit> found = new ArrayList<>();
    Matcher byline = OPENING_BYLINE.matcher(text);
    if (byline.find()) {
      found.add(new Credit(byline.group(1), "author", ""));
    }
    Matcher credit = WIRE.matcher(text);
    while (credit.find()) {
      String names = WHERE.matcher(credit.group(1) != null ? credit.group(1) : credit.group(2))
          .replaceAll(" ").replaceAll("(?i)\\b(?:editing|writing|reporting)\\s+by\\b", " ");
      Matcher name = NAME.matcher(names);
      while (name.find()) {
        found.add(new Credit(name.group(), "contributor", ""));
      }
    }
    return found;
  }

  public List<Credit> all() {
    return all;
  }

  /** True when {@code name}, or its surname alone, is a writer's or photographer's. */
  boolean credits(String name) {
    String k = key(name);
    if (names.contains(k)) {
      return true;
    }
    for (String credited : names) {
      if (credited.endsWith(" " + k) && !k.contains(" ")) {
        return true;
      }
    }
    return false;
  }

  private static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
