package briefing.analyze;

import briefing.model.TimeMention;
import briefing.model.TimeMention.Kind;
import briefing.model.TimeMention.Precision;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Time expressions as SUTime finds and resolves them against the publication day. */
final class Times {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}(:\\d{2}){0,2}");
  private static final Pattern PART_OF_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[A-Z]{2}");

  private Times() {}

  static List<TimeMention> find(Document document) {
    List<TimeMention> found = new ArrayList<>();
    List<CoreSentence> sentences = document.core().sentences();
    for (int i = 0; i < sentences.size(); i++) {
      for (CoreEntityMention m : sentences.get(i).entityMentions()) {
        Timex timex = m.coreMap().get(TimeAnnotations.TimexAnnotation.class);
        if (timex == null || timex.timexType() == null) {
          continue;
        }
        Kind kind = switch (timex.timexType()) {
          case "TIME" -> Kind.TIME;
          case "DURATION" -> Kind.DURATION;
          case "SET" -> Kind.SET;
          default -> Kind.DATE;
        };
        String value = timex.value();
        Precision precision = kind == Kind.DATE || kind == Kind.TIME ? precision(value) : Precision.NONE;
        found.add(new TimeMention(m.text(), kind, value, precision, "SUTime",
            document.span(i, m.tokens().get(0), m.tokens().get(m.tokens().size() - 1))));
      }
    }
    return found;
  }

  static Precision precision(String value) {
    if (value == null) {
      return Precision.NONE;
    }
    if (TIME.matcher(value).matches()) {
      return Precision.TIME;
    }
    if (PART_OF_DAY.matcher(value).matches()) {
      return Precision.PART_OF_DAY;
    }
    if (DAY.matcher(value).matches()) {
      return Precision.DAY;
    }
    if (WEEK.matcher(value).matches()) {
      return Precision.WEEK;
    }
    if (MONTH.matcher(value).matches()) {
      return Precision.MONTH;
    }
    if (YEAR.matcher(value).matches()) {
      return Precision.YEAR;
    }
    return Precision.NONE;
  }
}
