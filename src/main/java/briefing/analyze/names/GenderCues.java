package briefing.analyze.names;

import briefing.model.analysis.PersonMention.Gender;
import briefing.text.SexedNouns;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a sentence says of a named person's sex: "Mr" or "Mrs" before the name, a role word
 * ("spokeswoman", "first lady"), a common first name (CoreNLP's lists of the commonest US first
 * names), or "he"/"she" later in a sentence that names no one else. The people merger uses it to
 * keep "Mr X" from joining Mrs X.
 */
public final class GenderCues {
  private static final Set<String> MALE_TITLES = Set.of("mr", "mr.", "sir", "lord", "king", "prince");
  private static final Set<String> FEMALE_TITLES =
      Set.of("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "duchess");
  private static final Set<String> MALE_NAMES = names("male_first_names.txt");
  private static final Set<String> FEMALE_NAMES = names("female_first_names.txt");

  private GenderCues() {}

  /**
   * The cue for the name from token {@code begin} to {@code end} of a sentence, given its role
   * (or null) and whether another person is named in the sentence; null where nothing tells.
   */
  public static Gender of(List<CoreLabel> tokens, int begin, int end, String role, boolean alone,
      boolean[] quoted) {
    // quoted marks the sentence's tokens inside quotation marks: a pronoun there is the speaker's.
    if (begin > 0) {
      String before = tokens.get(begin - 1).word().toLowerCase(Locale.ROOT);
      if (MALE_TITLES.contains(before)) {
        return Gender.MALE;
      }
      if (FEMALE_TITLES.contains(before)) {
        return Gender.FEMALE;
      }
    }
    if (role != null) {
      for (String w : role.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
        if (SexedNouns.man(w)) {
          return Gender.MALE;
        }
        if (SexedNouns.woman(w)) {
          return Gender.FEMALE;
        }
      }
    }
    if (end - begin > 1) {
      String first = tokens.get(begin).word().toLowerCase(Locale.ROOT);
      boolean male = MALE_NAMES.contains(first);
      if (male != FEMALE_NAMES.contains(first)) {
        return male ? Gender.MALE : Gender.FEMALE;
      }
    }
    if (alone) {
      for (int k = end; k < tokens.size(); k++) {
        String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
        if (quoted[k]) {
          continue;
        }
        if (w.equals("he") || w.equals("his") || w.equals("him")) {
          return Gender.MALE;
        }
        if (w.equals("she") || w.equals("her") || w.equals("hers")) {
          return Gender.FEMALE;
        }
      }
    }
    return null;
  }

  /** The first names of one of CoreNLP's lists, lower case; none where the list is missing. */
  private static Set<String> names(String file) {
    Set<String> names = new TreeSet<>();
    InputStream in = GenderCues.class.getResourceAsStream("/edu/stanford/nlp/models/gender/" + file);
    if (in == null) {
      return names;
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.lines().map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty()).forEach(names::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }
}
