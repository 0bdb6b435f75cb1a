package briefing.crossref.figures;

import briefing.crossref.ComparisonWords;
import briefing.crossref.WordRarity;
import briefing.model.Citation;
import briefing.model.analysis.EntityMention;
import briefing.model.analysis.Figure;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.Sentence;
import briefing.model.analysis.Span;
import briefing.model.analysis.TimeMention;
import briefing.text.FunctionWords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One figure as one source gives it, with what it counts and the words around it.
 *
 * @param figure the figure as analysed
 * @param unit what it counts, as written ("troops")
 * @param unitKey the unit compared across sources ("troop" for "Troops" and "soldiers")
 * @param subject what the counted things belong to, or null
 * @param citation where it is written
 * @param order the figure's place in its article, for a stable order
 * @param context the content words near it, each weighted by rarity and nearness
 * @param phrase the figure with the words after it that say what it is, up to the clause's end
 *     ("$300 million for a fund supporting fishermen"), for a figure no other source gives
 * @param scope where, when and what befell the counted, as the words beside it say
 * @param reported the day its report was published, or null where unknown
 */
public record FigureMention(Figure figure, String unit, String unitKey, String subject, Citation citation,
    int order, Map<String, Double> context, String phrase, FigureScope scope, LocalDate reported) {
  /** Content words read on each side of the figure. */
  static final int WINDOW = 8;
  /**
   * How the words after a list's last figure start where they are the whole list's, a predicate
   * set off by a comma or opened by a verb ("…, including 12 children, were killed"), not the
   * last figure's own ("… and $950 for a sofa").
   */
  private static final Pattern SHARED_TAIL = Pattern.compile("\\s*(?:,|(?:was|were|is|are|have|has|had|will|would"
      + "|died|\\p{L}+ed)\\b)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Units that count people, whom what befell them may count as deaths or cases. */
  static final Set<String> PEOPLE = Set.of("people", "person");
  /** A unit's key that may be a currency's code ("usd"), where the text writes it in capitals. */
  private static final Pattern CURRENCY_CODE = Pattern.compile("[a-z]{3}");
  /** The most words after the figure a phrase takes. */
  static final int PHRASE_WORDS = 8;
  /**
   * Where the figure's clause ends: a comma (not a thousands separator, "2,500"), a stop before a
   * capital or at the end (not an abbreviation's dot, "U.S.", "a.m."), a dash, or a word that
   * opens another clause.
   */
  private static final Pattern CLAUSE_END = Pattern.compile(
      "[;:!?()\\[\\]\u2014\u2013\u201C\u201D\"]|(?<!\\d),|,(?!\\d)|(?<![A-Z])\\.(?=\\s+\\p{Lu})|\\.\\s*$|\\s-\\s"
          + "|\\b(?:and|but|or|while|which|who|whose|that|as|after|before|when)\\b");

  public FigureMention {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(unitKey, "unitKey");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(phrase, "phrase");
    // in word order, so that closeness sums in one order; looked up by hash
    context = Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(context)));
    Objects.requireNonNull(scope, "scope");
  }

  /**
   * What a sentence says beside its figures: where each figure stands, the places, dates and
   * people it names, and the day its report was published (null where unknown).
   */
  record Surroundings(List<Span> figures, List<EntityMention> places, List<TimeMention> times,
      List<PersonMention> people, LocalDate published) {}

  /**
   * The mention of {@code figure}, read in {@code sentence} of {@code article}, whose other
   * figures, places and dates are {@code around}. A figure's own words end where another figure
   * of the sentence begins: in "$4,200 on a cruise, $2,300 at a theme park" the cruise is the
   * first figure's and the park the second's. Its places and years are those named within those
   * bounds.
   */
  static FigureMention of(String article, int order, Figure figure, Sentence sentence,
      Surroundings around, WordRarity rarity) {
    String unit = figure.unit();
    String subject = figure.subject();
    // The analysis may take a name after the noun as the unit ("100,000 troops Ruritania has
    // amassed"): a counted noun is a common noun, so the last word of the subject is meant.
    if (!unit.isEmpty() && Character.isUpperCase(unit.charAt(0)) && !unit.equals(unit.toUpperCase())
        && subject != null && !subject.isBlank()) {
      String[] words = subject.strip().split("\\s+");
      String last = words[words.length - 1];
      if (Character.isLowerCase(last.charAt(0))) {
        unit = last;
        subject = words.length > 1 ? String.join(" ", List.of(words).subList(0, words.length - 1)) : null;
      }
    }
    String text = sentence.text();
    int start = Math.min(figure.span().start(), text.length());
    int end = Math.min(Math.max(figure.span().end(), start), text.length());
    int from = 0;
    int to = text.length();
    int headEnd = start;
    int tailStart = end;
    for (Span other : around.figures()) {
      if (other.end() <= start) {
        from = Math.max(from, Math.min(other.end(), start));
      } else if (other.start() >= end) {
        to = Math.min(to, other.start());
      }
      headEnd = Math.min(headEnd, Math.min(other.start(), text.length()));
      tailStart = Math.max(tailStart, Math.min(other.end(), text.length()));
    }
    // the words before a list's first figure and after its last are every figure's, read past
    // the figure's own ("Forty people, including 12 children, were killed")
    String head = from > 0 ? text.substring(0, headEnd) : "";
    String tail = to < text.length() ? text.substring(tailStart) : "";
    Map<String, Double> context = new TreeMap<>();
    List<String> before = new ArrayList<>(ComparisonWords.content(head));
    before.addAll(ComparisonWords.content(text.substring(from, start)));
    for (int d = 0; d < WINDOW && d < before.size(); d++) {
      add(context, before.get(before.size() - 1 - d), d, rarity);
    }
    List<String> after = new ArrayList<>(ComparisonWords.content(text.substring(end, Math.max(end, to))));
    if (SHARED_TAIL.matcher(tail).lookingAt()) {
      after.addAll(ComparisonWords.content(tail));
    }
    for (int d = 0; d < WINDOW && d < after.size(); d++) {
      add(context, after.get(d), d, rarity);
    }
    for (String extra : List.of(subject == null ? "" : subject, figure.place() == null ? "" : figure.place())) {
      for (String w : ComparisonWords.content(extra)) {
        add(context, w, 0, rarity);
      }
    }
    String key = ComparisonWords.unit(unit);
    context.remove(key);
    context.remove(FunctionWords.singular(key));
    String fateOfUnit = FigureScope.fateOf(key);
    boolean money = key.equals("%") || key.equals("money") || currency(unit, key);
    FigureScope.Reading reading = new FigureScope.Reading(text, figure.text(), figure.place(), money, start, end,
        from, to, head, tail);
    FigureScope scope = FigureScope.of(reading, fateOfUnit, around.places(), around.times(), around.people(),
        around.published());
    // people counted by what befell them are deaths or cases, as a report that counts those says;
    // the word that told it stays a word the two reports share ("killed" and "died")
    if (fateOfUnit != null) {
      key = fateOfUnit;
      context.remove(key);
    } else if (PEOPLE.contains(key) && scope.fate() != null) {
      key = scope.fate();
    }
    return new FigureMention(figure, unit, key, subject, new Citation(article, figure.span().sentence()),
        order, context, phrase(text, start, end), scope, around.published());
  }

  /** True for money in a currency the text names ("USD"). */
  boolean inCurrency() {
    return currency(unit, unitKey);
  }

  private static boolean currency(String unit, String key) {
    return CURRENCY_CODE.matcher(key).matches() && unit.equals(unit.toUpperCase());
  }

  /**
   * The sentence's words from {@code start}, the figure's, to the end of its clause after
   * {@code end}, at most {@link #PHRASE_WORDS} words past the figure.
   */
  static String phrase(String sentence, int start, int end) {
    Matcher stop = CLAUSE_END.matcher(sentence).region(end, sentence.length());
    int until = stop.find() ? stop.start() : sentence.length();
    String[] after = sentence.substring(end, until).strip().split("\\s+");
    String tail = after.length <= PHRASE_WORDS ? String.join(" ", after)
        : String.join(" ", List.of(after).subList(0, PHRASE_WORDS)) + " …";
    return (sentence.substring(start, end) + " " + tail).strip();
  }

  /** A word's weight falls with its distance from the figure: 1 next to it, 1/2 four words off. */
  private static void add(Map<String, Double> context, String word, int distance, WordRarity rarity) {
    double weight = rarity.weight(word) / (1.0 + distance / 4.0);
    context.merge(word, weight, Math::max);
  }

  /** What the two mentions' contexts share: the sum, over shared words, of the lesser weight. */
  double closeness(FigureMention other) {
    double sum = 0;
    for (Map.Entry<String, Double> e : context.entrySet()) {
      Double theirs = other.context.get(e.getKey());
      if (theirs != null) {
        sum += Math.min(e.getValue(), theirs);
      }
    }
    return sum;
  }

  String article() {
    return citation.article();
  }
}
