package briefing.analyze.time;

import briefing.analyze.nlp.Document;
import briefing.analyze.time.rules.RelativeDates;
import briefing.model.analysis.TimeMention.Kind;
import briefing.model.analysis.TimeMention;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import java.util.ArrayList;
import java.util.List;

/**
 * Time expressions as SUTime finds them, re-resolved against the publication day with the tense of
 * their sentence (see {@link RelativeDates}), with what is not a time left out ({@link NotTimes}) and
 * a date SUTime cut in two joined again ({@link SplitDates}), the days a story names by their place in it ("the day before") counted from the last date before
 * them ({@link NarrativeDays}, {@link NarrativeDating}).
 */
public final class Times {

  private Times() {}

  /** The document's time expressions in reading order, each with its value and derivation. */
  public static List<TimeMention> find(Document document) {
    List<FoundTime> found = new ArrayList<>();
    List<CoreSentence> sentences = document.core().sentences();
    Tense story = Tense.ofStory(sentences.stream().map(CoreSentence::tokens).toList());
    for (int i = 0; i < sentences.size(); i++) {
      List<SutimeMention> seen = new ArrayList<>();
      for (CoreEntityMention m : sentences.get(i).entityMentions()) {
        Timex timex = m.coreMap().get(TimeAnnotations.TimexAnnotation.class);
        if (timex != null && timex.timexType() != null) {
          seen.add(mention(sentences.get(i), m, timex));
        }
      }
      seen.sort(java.util.Comparator.comparingInt(SutimeMention::from));
      seen = SplitDates.joined(seen);
      seen.addAll(UnseenWeekdays.in(sentences.get(i).tokens(), seen));
      seen = NarrativeDays.with(sentences.get(i).tokens(), seen);
      seen = HyphenatedTimes.with(sentences.get(i).tokens(), seen, document.anchor());
      seen = CountedUnits.with(seen);
      seen = AnchoredLengths.with(seen);
      seen.sort(java.util.Comparator.comparingInt(SutimeMention::from));
      List<FoundTime> inSentence = new ArrayList<>();
      for (SutimeMention mention : seen) {
        if (!NotTimes.isNotATime(mention)) {
          SutimeMention inStory = mention.inStory(story);
          inSentence.add(new FoundTime(i, inStory, RelativeDates.resolve(inStory, document.anchor())));
        }
      }
      found.addAll(ClockTimes.dated(inSentence, document.anchor()));
    }
    found = NarrativeDating.dated(found, document.anchor());
    List<TimeMention> mentions = new ArrayList<>();
    for (FoundTime f : found) {
      Resolution r = HeadlineDates.sameAsText(f, found, document);
      List<CoreLabel> tokens = f.mention().sentence();
      CoreLabel first = tokens.get(f.mention().from());
      CoreLabel last = tokens.get(r.to() - 1);
      String text = r.to() == f.mention().to() ? f.mention().text()
          : f.mention().text() + " " + tokens.subList(f.mention().to(), r.to()).stream()
              .map(CoreLabel::word).reduce((a, b) -> a + " " + b).orElse("");
      mentions.add(new TimeMention(text, r.kind(), r.value(), precision(r), r.derivation(),
          document.span(f.sentence(), first, last)));
    }
    return mentions;
  }

  private static SutimeMention mention(CoreSentence sentence, CoreEntityMention m, Timex timex) {
    Kind kind = switch (timex.timexType()) {
      case "TIME" -> Kind.TIME;
      case "DURATION" -> Kind.DURATION;
      case "SET" -> Kind.SET;
      default -> Kind.DATE;
    };
    List<CoreLabel> tokens = sentence.tokens();
    int from = m.tokens().get(0).index() - 1;
    int to = m.tokens().get(m.tokens().size() - 1).index();
    return new SutimeMention(m.text(), kind, timex.value(), tokens, from, to);
  }

  private static TimeMention.Precision precision(Resolution r) {
    return r.kind() == Kind.DATE || r.kind() == Kind.TIME
        ? Precisions.of(r.value()) : TimeMention.Precision.NONE;
  }
}
