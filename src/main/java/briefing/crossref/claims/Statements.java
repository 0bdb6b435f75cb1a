package briefing.crossref.claims;

import briefing.crossref.ComparisonWords;
import briefing.model.BlockKind;
import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.Sentence;
import briefing.text.Stems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sentences of a story that can state a claim, read for comparing. */
final class Statements {
  /** Fewer content words than this and a sentence is too short to state a claim. */
  static final int MIN_WORDS = 5;

  private Statements() {}

  /**
   * Where a sentence joins two statements of its own: "denied it plans to close the port and
   * demanded new funding", "threatened a strike, while the company denies …", "… but says it
   * could act". A conjunction before a verb in the past ("and demanded") or after a comma; "but",
   * "while", "whereas"; a semicolon.
   */
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      "\\s*;\\s+|,?\\s+(?:but|while|whereas)\\s+|,\\s+and\\s+|\\s+and\\s+(?=\\p{Ll}+ed\\b)");

  /** A number as written, with its thousands separators: "1987", "100,000", "3.5". */
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\p{L}\\p{N}.,])\\d[\\d,]*(?:\\.\\d+)?(?![\\p{L}\\p{N}])");

  /**
   * Body sentences, sources in id order, each in reading order; a sentence that joins two
   * statements also as each of its clauses, so that each can join a claim of its own.
   */
  static List<Statement> of(List<Source> sources) {
    List<Statement> statements = new ArrayList<>();
    for (Source source : sources.stream().sorted(Comparator.comparing(Source::id)).toList()) {
      for (Sentence s : source.analysis().sentences()) {
        if (s.isHeadline() || s.block() < source.article().blocks().size()
            && source.article().blocks().get(s.block()).kind() == BlockKind.CAPTION) {
          continue;
        }
        Citation citation = new Citation(source.id(), s.id());
        statements.add(statement(citation, s.text(), s.text(), true));
        List<String> clauses = List.of(CLAUSE_BREAK.split(s.text()));
        if (clauses.size() > 1) {
          clauses.forEach(c -> statements.add(statement(citation, s.text(), c, false)));
        }
      }
    }
    return statements;
  }

  private static Statement statement(Citation citation, String sentence, String part, boolean whole) {
    Set<String> words = new LinkedHashSet<>();
    Set<String> said = new TreeSet<>();
    for (String w : ComparisonWords.written(part)) {
      String form = ComparisonWords.contentForm(w);
      if (form != null) {
        String stem = Stems.of(form);
        words.add(stem);
        if (Character.isLowerCase(w.charAt(0))) {
          said.add(stem);
        }
      }
    }
    // a year or a figure both state is as telling as a rare word: "left the league in 1987"
    Matcher number = NUMBER.matcher(part);
    while (number.find()) {
      words.add(number.group().replace(",", ""));
    }
    return new Statement(citation, sentence, words, said, whole);
  }
}
