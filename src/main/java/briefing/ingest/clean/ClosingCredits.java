package briefing.ingest.clean;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire report's closing credit: "(Reporting by Ann Cole; Editing by Tom Lund)", "(Writing by
 * …; Editing by …)", "(Additional reporting by Ann Cole in Kettlewell)". The report ends there:
 * words run on after the closing parenthesis in the same paragraph (the page's advertising, its
 * links to more coverage) and the paragraphs after it are the page's, not the report's.
 *
 * <p>A credit may also stand inside a page ahead of more of the report (a second part under its
 * own dateline, a factbox), so it ends the report only where nothing after it reads as report
 * text: a sentence of {@value #SENTENCE_WORDS} words or more that is not page furniture. What
 * follows a closing credit on wire pages is not that: taglines and headers with no full stop,
 * links in parentheses, "(ID: nL3885424)."
 */
final class ClosingCredits {
  /** The shortest sentence that reads as report text after a credit, in words. */
  static final int SENTENCE_WORDS = 8;

  /**
   * A credit in parentheses; the opening one may be lost where the page broke the credit across
   * lines ("Editing by Tom Lund)" opening a paragraph).
   */
  private static final Pattern CREDIT = Pattern.compile(
      "(?:^|\\()(?:(?:additional|further|writing|reporting) (?:and )?)?(?:reporting|editing|writing|compiled"
          + "|reported|edited|written)(?: and (?:reporting|editing|writing))? by [^()]{2,400}?\\)",
      Pattern.CASE_INSENSITIVE);

  private ClosingCredits() {}

  /**
   * Where the report ends in {@code text}: just after a closing credit, where neither the rest of
   * the text nor, by {@code reportFollows}, the article's text after it reads as report text;
   * empty where it holds no such credit.
   */
  static OptionalInt end(String text, boolean reportFollows) {
    if (reportFollows) {
      return OptionalInt.empty();
    }
    Matcher credit = CREDIT.matcher(text);
    while (credit.find()) {
      if (!readsAsReport(text.substring(credit.end()))) {
        return OptionalInt.of(credit.end());
      }
    }
    return OptionalInt.empty();
  }

  /** Whether {@code text} reads as a report's: a full sentence long enough, not page furniture. */
  static boolean readsAsReport(String text) {
    String line = text.strip();
    return LineWords.endsSentence(line) && LineWords.count(line) >= SENTENCE_WORDS
        && Boilerplate.reason(line).isEmpty() && CommentForms.reason(line).isEmpty();
  }
}
