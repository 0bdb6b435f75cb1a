package briefing.crossref.figures;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/** Readable labels for what a group of figures counts: "Ruritanian troops near Norland". */
final class FigureTopics {
  /** The unit people counted by how they died are compared as ({@link FigureScope#DEATH}). */
  private static final String DEATH = FigureScope.DEATH;

  private FigureTopics() {}

  /** The unit as most of {@code mentions} write it, lowercased unless it is a code ("USD"). */
  static String unit(List<FigureMention> mentions) {
    return commonest(mentions, m -> m.unit().equals(m.unit().toUpperCase(Locale.ROOT))
        ? m.unit() : m.unit().toLowerCase(Locale.ROOT));
  }

  /**
   * What the figures count: the commonest subject, the unit and the commonest place ("Ruritanian
   * troops along Norland's eastern border"); a share reads "% of Norlanders", money "USD for
   * aid"; where the sources name neither subject nor place, the most telling word two or more
   * sources' contexts share is added in brackets ("people (conflict)"), and people counted
   * where they died are "deaths".
   */
  static String topic(List<FigureMention> mentions) {
    String unit = unit(mentions);
    String subject = commonest(mentions, FigureMention::subject);
    String place = commonest(mentions, m -> m.figure().place());
    StringBuilder topic = new StringBuilder();
    if (unit.equals("%") || unit.equals(unit.toUpperCase(Locale.ROOT)) || unit.equals("money")) {
      topic.append(unit);
      if (subject != null) {
        topic.append(unit.equals("%") ? " of " : " for ").append(subject);
      }
    } else {
      if (subject != null) {
        topic.append(subject).append(' ');
      }
      topic.append(unit);
    }
    if (place != null) {
      topic.append(' ').append(place);
    }
    // one source's reading has no shared context to name: its own words would label it by
    // whatever else the sentence counts ("140 warships and 60 aircraft" made "warships (aircraft)")
    if (subject == null && place == null
        && mentions.stream().map(FigureMention::article).distinct().count() > 1) {
      if (mentions.get(0).unitKey().equals(DEATH) && FigureMention.PEOPLE.contains(unit)) {
        return "deaths"; // "killed 15,000 people" and "claimed the lives of 14,000 people": a toll
      }
      String shared = sharedWord(mentions);
      if (shared != null) {
        topic.append(" (").append(shared).append(')');
      }
    }
    return topic.toString().replace('’', '\'');
  }

  /** The value most mentions have (null values aside), the first by article order on a tie. */
  private static String commonest(List<FigureMention> mentions, Function<FigureMention, String> value) {
    Map<String, Integer> counts = new TreeMap<>();
    String best = null;
    for (FigureMention m : mentions) {
      String v = value.apply(m);
      if (v == null || v.isBlank()) {
        continue;
      }
      int n = counts.merge(v.strip(), 1, Integer::sum);
      if (best == null || n > counts.get(best)) {
        best = v.strip();
      }
    }
    return best;
  }

  /** The word every mention's context has, with the greatest least weight; null where none. */
  private static String sharedWord(List<FigureMention> mentions) {
    Map<String, Double> shared = new TreeMap<>(mentions.get(0).context());
    for (FigureMention m : mentions.subList(1, mentions.size())) {
      shared.keySet().retainAll(m.context().keySet());
      shared.replaceAll((w, weight) -> Math.min(weight, m.context().get(w)));
    }
    return shared.entrySet().stream()
        .max(Comparator.comparing(Map.Entry<String, Double>::getValue)
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey).filter(Objects::nonNull).orElse(null);
  }
}
