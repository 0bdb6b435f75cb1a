package briefing.analyze.figures;

import briefing.analyze.nlp.Document;
import briefing.model.analysis.Figure;
import briefing.text.CalendarWords;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Numbers with what they count: "about 100,000 Ruritanian troops near Norland's border", "$300
 * million in aid", "60% of Norlanders", "tens of thousands of people". A bare number with nothing
 * counted ("the two sides" aside, a number alone) is not a figure.
 */
public final class Figures {
  private static final Set<String> AMOUNT_TAGS = Set.of("NUMBER", "MONEY", "PERCENT");
  private static final Set<String> PLACE_TAGS =
      Set.of("LOCATION", "COUNTRY", "STATE_OR_PROVINCE", "CITY");
  private static final Set<String> PLACE_WORDS =
      Set.of("near", "in", "on", "along", "at", "inside", "across", "around", "outside", "within");
  /** What makes a number an hour of the day: "11.30 pm", "9 a.m.". */
  private static final Set<String> MERIDIEM = Set.of("am", "pm", "a.m.", "p.m.", "a.m", "p.m");
  /** Words between an amount and the noun it counts ("100,000 more troops"). */
  private static final Set<String> BETWEEN = Set.of("more", "additional", "other", "extra", "new");

  private Figures() {}

  public static List<Figure> find(Document document) {
    List<Figure> found = new ArrayList<>();
    List<CoreSentence> sentences = document.core().sentences();
    for (int index = 0; index < sentences.size(); index++) {
      List<CoreLabel> tokens = sentences.get(index).tokens();
      int i = 0;
      while (i < tokens.size()) {
        int next = read(document, index, tokens, i, found);
        i = Math.max(i + 1, next);
      }
    }
    return found;
  }

  /** Reads a figure starting at token {@code i} into {@code found}; returns where to go on. */
  private static int read(Document document, int index, List<CoreLabel> tokens, int i, List<Figure> found) {
    CoreLabel t = tokens.get(i);
    int start = i;
    int end;
    Amounts.Range range;
    String tag = t.ner();
    String currency = null;
    if (AMOUNT_TAGS.contains(tag)) {
      String normalised = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      end = i;
      while (end + 1 < tokens.size() && tag.equals(tokens.get(end + 1).ner())) {
        end++;
      }
      range = Amounts.normalised(normalised);
      if (range == null) {
        return end + 1;
      }
      currency = "MONEY".equals(tag) ? Amounts.currency(normalised) : null;
      boolean digits = tokens.subList(i, end + 1).stream().anyMatch(x -> x.word().matches(".*[0-9].*"));
      if ("NUMBER".equals(tag) && !digits && range.high() < 10) {
        return end + 1;
      }
    } else if (Amounts.isScale(t.word()) && t.tag().startsWith("NNS")) {
      end = i;
      StringBuilder words = new StringBuilder(t.word().toLowerCase(Locale.ROOT));
      while (end + 2 < tokens.size() && tokens.get(end + 1).word().equalsIgnoreCase("of")
          && Amounts.isScale(tokens.get(end + 2).word())) {
        words.append(" of ").append(tokens.get(end + 2).word().toLowerCase(Locale.ROOT));
        end += 2;
      }
      range = Amounts.vague(words.toString());
      if (range == null) {
        return end + 1;
      }
      tag = "VAGUE";
    } else {
      return i + 1;
    }
    // A hedge of one or two words right before the amount.
    for (int n = 2; n >= 1; n--) {
      if (start - n >= 0) {
        String words = join(tokens, start - n, start - 1);
        if (Amounts.isHedge(words)) {
          range = Amounts.hedge(range, words);
          start -= n;
          break;
        }
      }
    }
    // What it counts: the noun after it ("troops"), after "of" for shares and vague amounts.
    String unit;
    String subject = null;
    int last = end;
    int j = end + 1;
    if ("PERCENT".equals(tag) || "VAGUE".equals(tag)) {
      if (j < tokens.size() && tokens.get(j).word().equalsIgnoreCase("of")) {
        int[] np = nounPhrase(tokens, j + 1);
        if (np != null) {
          last = np[1];
          if ("PERCENT".equals(tag)) {
            subject = join(tokens, j + 1, np[1]);
          } else {
            unit = tokens.get(np[1]).word();
            subject = np[0] < np[1] ? join(tokens, np[0], np[1] - 1) : null;
            return add(document, index, tokens, start, last, range, unit, subject, found);
          }
        }
      }
      if ("VAGUE".equals(tag)) {
        return end + 1;
      }
      unit = "%";
    } else if ("MONEY".equals(tag)) {
      unit = currency == null ? "money" : currency;
      if (j + 1 < tokens.size() && Set.of("in", "for", "of").contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
        int[] np = nounPhrase(tokens, j + 1);
        if (np != null) {
          subject = join(tokens, j + 1, np[1]);
          last = np[1];
        }
      }
    } else {
      while (j < tokens.size() && BETWEEN.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
        j++;
      }
      int[] np = nounPhrase(tokens, j);
      if (np == null) {
        return end + 1;
      }
      unit = tokens.get(np[1]).word();
      // "22.09 BST", "11.30 pm": a time of day, no count
      if (CalendarWords.isTimeZone(unit) || MERIDIEM.contains(unit.toLowerCase(Locale.ROOT))) {
        return end + 1;
      }
      subject = np[0] < np[1] ? join(tokens, np[0], np[1] - 1) : null;
      last = np[1];
    }
    return add(document, index, tokens, start, last, range, unit, subject, found);
  }

  private static int add(Document document, int index, List<CoreLabel> tokens, int start, int last,
      Amounts.Range range, String unit, String subject, List<Figure> found) {
    String text = document.sentence(index).text();
    int base = document.core().sentences().get(index).charOffsets().first();
    String written = text.substring(tokens.get(start).beginPosition() - base, tokens.get(last).endPosition() - base);
    if (range.finite()) {
      found.add(new Figure(written, range.low(), range.high(), unit, subject, place(tokens, last + 1),
          range.approximate(), document.span(index, tokens.get(start), tokens.get(last))));
    }
    return last + 1;
  }

  /**
   * A noun phrase from {@code from}: adjectives, names and nouns, ending at its last noun;
   * returns {first, last} or null where the phrase holds no plain noun.
   */
  private static int[] nounPhrase(List<CoreLabel> tokens, int from) {
    int k = from;
    int lastNoun = -1;
    while (k < tokens.size() && k < from + 5) {
      CoreLabel t = tokens.get(k);
      String pos = t.tag();
      if (pos.startsWith("NN")) {
        if (lastNoun >= 0 && pos.startsWith("NNP") && !tokens.get(lastNoun).tag().startsWith("NNP")) {
          break; // "100,000 troops Ruritania has amassed": a name after the counted noun starts a clause
        }
        lastNoun = k;
      } else if (!(pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("VBG") && lastNoun < 0)) {
        break;
      }
      k++;
    }
    if (lastNoun < 0 || !Character.isLetter(tokens.get(lastNoun).word().charAt(0))) {
      return null;
    }
    return new int[] {from, lastNoun};
  }

  /** "near Norland's border": a place phrase within a few words after the figure, or null. */
  private static String place(List<CoreLabel> tokens, int from) {
    for (int k = from; k < tokens.size() && k < from + 4; k++) {
      CoreLabel t = tokens.get(k);
      if (",".equals(t.word()) || t.tag().startsWith("VB")) {
        return null;
      }
      if (PLACE_WORDS.contains(t.word().toLowerCase(Locale.ROOT)) && k + 1 < tokens.size()) {
        int end = k + 1;
        boolean named = false;
        while (end < tokens.size() && end < k + 7) {
          CoreLabel w = tokens.get(end);
          if (PLACE_TAGS.contains(w.ner())) {
            named = true;
          } else if (!(w.tag().startsWith("NN") || w.tag().equals("POS") || w.tag().equals("DT")
              || w.tag().startsWith("JJ"))) {
            break;
          }
          end++;
        }
        return named ? join(tokens, k, end - 1) : null;
      }
    }
    return null;
  }

  private static String join(List<CoreLabel> tokens, int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int k = from; k <= to; k++) {
      CoreLabel t = tokens.get(k);
      if (k > from && !t.before().isEmpty()) {
        s.append(' ');
      }
      s.append(t.word());
    }
    return s.toString();
  }
}
