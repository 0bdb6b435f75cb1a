package briefing.ingest.clean;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the lines that news sites wrap around every article (comment forms, share buttons,
 * menus, "Related news", advertising) by what they say, in English.
 */
final class Boilerplate {
  /** A whole-line pattern and the reason shown to the user when a line matches it. */
  private record Rule(Pattern pattern, String reason, boolean endsArticle) {}

  /** Lines longer than this are article text, whatever they say. */
  private static final int MAX_WORDS = 16;

  private static final List<Rule> RULES =
      List.of(
          rule("no menu items!?|(main |site )?menu|skip to (main )?content|toggle navigation"
              + "|navigation|home|search|search for:?|breadcrumbs?|you are here:?.*", "navigation"),
          rule("leave a (reply|comment)|post a comment|add (a )?comment|cancel reply"
              + "|please enter your (comment|name|email)( here)?!?|you must be logged in to post a comment\\.?"
              + "|your email address will not be published\\.?( required fields are marked \\*)?"
              + "|required fields are marked \\*|save my name, email,? and website.*"
              + "|access to the comments( comments)?|(view|show|hide|load) (all )?comments( \\(\\d+\\))?"
              + "|\\d+ comments?|comments?( \\(\\d+\\))?|join the (conversation|discussion)"
              + "|comment on this (story|article)", "comment form", true),
          rule("latest( news| stories| articles)?|related( news| articles| stories| posts| content"
              + "| coverage| topics| reading)?:?|check also|more (stories|news|articles)( from .*)?:?"
              + "|you (may|might) (also )?(like|be interested in)|recommended( for you| stories| reading)?"
              + "|trending( now| stories)?|most (read|popular|viewed|shared)|top stories"
              + "|editor'?s picks|previous (article|post)|next (article|post)",
              "links to other stories", true),
          // Inline pointers to another story: the line goes, the article goes on after it.
          rule("read (more|next|also)( ?:.*)?|also read:?.*|see also:?.*|don'?t miss:?.*"
              + "|in (other|case you missed)( news)?.*", "link to another story"),
          rule("share( this( article| story| post)?)?( on .*)?:?|tweet|facebook|twitter|whatsapp"
              + "|linkedin|pinterest|reddit|telegram|email|e-mail|print|copy link|follow us( on .*)?"
              + "|click to share on .*|share via .*", "share buttons"),
          rule("advertisement|advertising|sponsored( content)?|ad|ads by .*|scroll to continue.*"
              + "|are you interested in advertising.*|please contact us at .*|contact us:? .*"
              + "|for advertising .*", "advertising"),
          rule("subscribe( now| today| here)?!?|subscribe to (our|the) .*|sign up (for|to) .*"
              + "|newsletter|get the latest .* (in|to) your inbox.*|already a subscriber\\?.*",
              "newsletter sign-up"),
          rule("this (content|video|page) is not available in your (region|country)\\.?"
              + "|javascript is (disabled|required).*|please enable javascript.*|we use cookies.*"
              + "|(accept|reject)( all)? cookies|this site uses cookies.*", "access notice"),
          rule("tags?:.*|filed under:?.*|categories?:.*|posted in:?.*", "tags"));

  /**
   * Lines that say where the article appeared in print: noise at any length, since they hold the
   * printed headline ("A version of this article appears in print on …, on page A16 … with the
   * headline: …").
   */
  private static final Rule PRINT_EDITION = rule("(?:a version of )?this (?:article|story) "
      + "(?:appears|appeared|was published) in (?:print|the print edition)\\b.*", "print-edition note");

  /**
   * Pointers to more coverage in parentheses, as wire pages string them at a report's foot: "(For
   * a map of the cases, go to: here) (For more coverage, click here: here)", the link's own words
   * left out at times. Noise at any length, since a page sets several in one line; each must say
   * where to go ("click", "go to", "see", "visit"), so that a paragraph in brackets stays.
   */
  private static final String POINTER = "\\(for\\b(?:[^()]|\\([^()]*\\))*?\\b(?:click|go to|see|visit)\\b"
      + "(?:[^()]|\\([^()]*\\))*?(?:\\)|(?=\\s*\\(for\\b)|$)";
  private static final Rule POINTERS = rule("(?:" + POINTER + "\\s*)+", "links to other stories");
  /** The longest line of pointers looked at, in characters. */
  private static final int MAX_POINTERS_CHARS = 1000;

  private Boilerplate() {}

  private static Rule rule(String regex, String reason) {
    return rule(regex, reason, false);
  }

  private static Rule rule(String regex, String reason, boolean endsArticle) {
    return new Rule(
        Pattern.compile("(?:" + regex + ")[.!:]?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
        reason,
        endsArticle);
  }

  /** Why the line is boilerplate, or empty where it may be article text. */
  static Optional<String> reason(String line) {
    return match(line).map(Rule::reason);
  }

  /**
   * Whether the line opens the part of a page that follows the article (comments, teasers for
   * other stories), after which nothing belongs to the article.
   */
  static boolean endsArticle(String line) {
    return match(line).map(Rule::endsArticle).orElse(false);
  }

  private static Optional<Rule> match(String line) {
    String text = line.strip();
    String key = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (PRINT_EDITION.pattern.matcher(key).matches()) {
      return Optional.of(PRINT_EDITION);
    }
    if (key.startsWith("(for") && key.length() <= MAX_POINTERS_CHARS && POINTERS.pattern.matcher(key).matches()) {
      return Optional.of(POINTERS);
    }
    if (text.isEmpty() || LineWords.count(text) > MAX_WORDS) {
      return Optional.empty();
    }
    for (Rule rule : RULES) {
      if (rule.pattern.matcher(key).matches()) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
