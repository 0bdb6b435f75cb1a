package briefing.analyze.time;

import briefing.model.analysis.TimeMention.Kind;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count SUTime leaves off a length of time: "two more weeks" (it finds "weeks"), "5 1/2 hours"
 * (it finds "hours"). The expression is widened to the count and valued by it.
 */
final class CountedUnits {
  private static final Pattern SOME = Pattern.compile("P(T?)X([YMWDHS])");
  /** "5 1/2" as the tokenizer keeps it, in one token. */
  private static final Pattern MIXED = Pattern.compile("(\\d{1,3})[\\s\\u00A0]*(?:1/2|½)");
  private static final Set<String> MORE = Set.of("more", "additional", "extra", "further");

  private CountedUnits() {}

  /** {@code found} with each uncounted length of time that has a count before it widened to it. */
  static List<SutimeMention> with(List<SutimeMention> found) {
    List<SutimeMention> all = new ArrayList<>();
    for (SutimeMention m : found) {
      SutimeMention counted = counted(m);
      all.add(counted == null ? m : counted);
    }
    return all;
  }

  private static SutimeMention counted(SutimeMention m) {
    Matcher some = m.value() == null || m.kind() != Kind.DURATION ? null : SOME.matcher(m.value());
    if (some == null || !some.matches() || m.tokens().size() != 1) {
      return null;
    }
    List<CoreLabel> sentence = m.sentence();
    int i = m.from() - 1;
    if (i >= 0 && MORE.contains(sentence.get(i).word().toLowerCase(Locale.ROOT))) {
      i--;
    }
    boolean half = i >= 0 && (sentence.get(i).word().equals("1/2") || sentence.get(i).word().equals("½"));
    if (half) {
      i--;
    }
    Matcher mixed = i >= 0 && !half ? MIXED.matcher(sentence.get(i).word()) : null;
    Integer count;
    if (mixed != null && mixed.matches()) {
      half = true;
      count = Integer.parseInt(mixed.group(1));
    } else {
      count = i >= 0 ? count(sentence.get(i)) : null;
    }
    if (count == null || (half && !some.group(2).equals("H"))) {
      return null;
    }
    String value = half ? "PT" + count + "H30M" : "P" + some.group(1) + count + some.group(2);
    String text = String.join(" ", sentence.subList(i, m.to()).stream()
        .map(t -> t.originalText() == null ? t.word() : t.originalText()).toList());
    return new SutimeMention(text, Kind.DURATION, value, sentence, i, m.to());
  }

  /** The whole number {@code token} writes ("5", "two"), or null. */
  private static Integer count(CoreLabel token) {
    if (token.word().matches("\\d{1,4}")) {
      return Integer.parseInt(token.word());
    }
    Number n = token.get(CoreAnnotations.NumericCompositeValueAnnotation.class);
    return n != null && n.doubleValue() == Math.rint(n.doubleValue()) && n.intValue() > 0 ? n.intValue() : null;
  }
}
