package briefing.crossref.timeline;

import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.Sentence;
import briefing.model.analysis.TimeMention;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a saved page's readers' comments begin: below them the page holds its readers' words,
 * which report nothing, and their names and handles ("RoastDuck wrote: …") are no one the story
 * is about. A stamp whose writer the article has named is one of its people's words (a live
 * blog's entry, an email read out), no reader's comment.
 */
public final class ReadersComments {
  /** A time of day, to the minute ("4:26", "17:10"). */
  private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");

  private ReadersComments() {}

  /**
   * Whether the article names someone so before sentence {@code i}: a live blog's "At 10:32,
   * Hallor wrote:" or an email read out in a report ("At 9:14 a.m., Cole wrote:") quotes one of
   * its people, not a reader.
   */
  private static boolean namedBefore(AnalyzedArticle analysis, Map<String, Integer> at, int i,
      String writer) {
    return analysis.people().stream().filter(PersonMention::named)
        .filter(p -> at.getOrDefault(p.span().sentence(), Integer.MAX_VALUE) < i)
        .anyMatch(p -> List.of(p.name().split("\\s+")).contains(writer));
  }

  /**
   * Where the page's readers' comments begin ("At 4:26 pm on 23 June, Ann wrote: …"), as an
   * index into its sentences; their number where it has none.
   */
  public static int from(AnalyzedArticle analysis) {
    Map<String, Integer> at = new HashMap<>();
    List<Sentence> sentences = analysis.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      at.put(sentences.get(i).id(), i);
    }
    int first = sentences.size();
    for (TimeMention t : analysis.times()) {
      Integer i = at.get(t.span().sentence());
      if (i == null || i >= first) {
        continue;
      }
      String text = sentences.get(i).text();
      // a comment is stamped with its minute; a writer's "On Tuesday, Brand wrote:" is no comment
      String writer = DatesInPassing.commentWriter(text, t.span().end());
      if (writer != null && CLOCK.matcher(text.substring(0, t.span().end())).find()
          && !namedBefore(analysis, at, i, writer)) {
        first = i;
      }
    }
    return first;
  }
}
