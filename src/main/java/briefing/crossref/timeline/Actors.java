package briefing.crossref.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a sentence makes actors of a happening, not every name in it: the subject of a verb
 * of taking part ("Hallor is leading the talks, while Brand and Lund are attending for the
 * county") and the agents a verb of taking part names ("the talks, led by Hallor", "met with
 * Brand"). A sentence with no date of its own that goes on about a happening gives it these
 * people as participants.
 */
final class Actors {
  /** A happening one takes part in: what leading, hosting or joining is of, to be taking part. */
  private static final String HAPPENING = "(?:\\S+\\s+){0,2}?(?:talks|negotiations|delegations?"
      + "|meetings?|session|discussions?|debates?|hearings?|arguments?|march|protests?|rally"
      + "|summit|conference|ceremony|visit|mission)\\b";
  /**
   * A verb of taking part, after its subject ("Brand and Lund are attending"); leading, heading,
   * chairing, hosting and joining only of a happening ("leading the talks", not "leads the poll"
   * or "to lead the agency"), and representing never (mostly a role: "the lawyer representing").
   */
  private static final Pattern TAKING_PART = Pattern.compile("(?i)\\b(?:(?:is|are|was|were|will be"
      + "|has been|have been|had been)\\s+)?(?:attend(?:s|ed|ing)?|negotiat(?:es|ed|ing)"
      + "|(?:take|takes|took|taking) part|(?:lead(?:s|ing)?|led|head(?:s|ed|ing)?|chair(?:s|ed|ing)?"
      + "|host(?:s|ed|ing)?|join(?:s|ed|ing)?)\\s+" + HAPPENING + ")");
  /** A verb of taking part that names its agents after it ("led by Hallor", "met with Brand"). */
  private static final Pattern AGENTS_AFTER = Pattern.compile("(?i)\\b(?:(?:led|headed|chaired"
      + "|hosted|attended|joined|opened)\\s+by|(?:met|meets|meeting|talks|negotiated|negotiating)"
      + "\\s+with)\\s+");
  /**
   * Where a clause starts or ends: its subject does not reach back past one, its agents do not
   * run on past one; a relative clause ("a student who attended …", "a review that was led by
   * …") tells of someone or something else's happening.
   */
  private static final Pattern BREAK = Pattern.compile("[;:.!?]|,\\s+(?:and|but)\\b"
      + "|\\b(?:while|whereas|but|said|says|that|who|whom|whose|which)\\b");
  /** Words that make a verb of taking part no one's act: "the leading candidate", "not attending". */
  private static final Pattern NOT_AN_ACT = Pattern.compile(
      "(?i)\\b(?:the|a|an|its|their|his|her|not|never|no longer)\\s+$|n't\\s+$");

  /** One name of the sentence: where it starts and ends. */
  record Name(int start, int end) {}

  private Actors() {}

  /** The names of {@code names} that {@code sentence} makes actors of a happening, in order. */
  static List<Name> of(String sentence, List<Name> names) {
    List<Name> actors = new ArrayList<>();
    for (Name n : names) {
      if (n.end() <= sentence.length() && !Clauses.qualifies(sentence, n.end())
          && (isSubject(sentence, n) || isAgent(sentence, n))) {
        actors.add(n);
      }
    }
    return actors;
  }

  /** True where the name is in the subject of a verb of taking part that follows it. */
  private static boolean isSubject(String sentence, Name n) {
    Matcher verb = TAKING_PART.matcher(sentence);
    if (!verb.find(n.end())) {
      return false;
    }
    String between = sentence.substring(n.end(), verb.start());
    return between.length() <= 80 && !BREAK.matcher(between).find()
        && !NOT_AN_ACT.matcher(sentence.substring(0, verb.start())).find()
        && !NOT_AN_ACT.matcher(between + " ").find();
  }

  /** True where a verb of taking part before the name names it as an agent ("led by Hallor"). */
  private static boolean isAgent(String sentence, Name n) {
    String before = sentence.substring(0, n.start());
    Matcher by = AGENTS_AFTER.matcher(before);
    int verb = -1;
    int from = -1;
    while (by.find()) {
      verb = by.start();
      from = by.end();
    }
    if (from < 0) {
      return false;
    }
    // from the clause's start to the name: "a review that was led by …" is a relative clause
    Matcher clause = BREAK.matcher(before.substring(0, verb));
    int start = 0;
    while (clause.find()) {
      start = clause.start();
    }
    String opening = before.substring(start, verb);
    String between = sentence.substring(from, n.start());
    return between.length() <= 80 && !BREAK.matcher(between).find()
        && !opening.matches("(?is)\\s*(?:that|who|whom|whose|which)\\b.*");
  }
}
