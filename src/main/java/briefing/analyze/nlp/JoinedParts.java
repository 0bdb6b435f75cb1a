package briefing.analyze.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parts of a text annotated one by one, joined into the one annotation the pipeline ({@link Nlp})
 * would make of the whole text. Every annotator briefing runs works sentence by sentence and no
 * sentence crosses a part, so only positions differ: each part's character offsets, sentence,
 * token and mention numbers are moved by what comes before it, and the line break between parts
 * is given back to the tokens on either side. The parts' own annotations are copied, never changed, so an
 * annotated part can be kept and joined again into another text.
 */
final class JoinedParts {
  private JoinedParts() {}

  /**
   * One annotation of {@code text} from its parts' annotations; part {@code i} starts at
   * {@code starts[i]} of the text.
   */
  static Annotation join(String text, int[] starts, List<Annotation> parts) {
    List<CoreLabel> tokens = new ArrayList<>();
    List<CoreMap> sentences = new ArrayList<>();
    List<CoreMap> mentions = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      Annotation part = parts.get(p);
      Shift shift = new Shift(starts[p], sentences.size(), tokens.size(), mentions.size());
      Map<CoreLabel, CoreLabel> copies = new IdentityHashMap<>();
      for (CoreLabel token : listOf(part.get(CoreAnnotations.TokensAnnotation.class))) {
        CoreLabel copy = new CoreLabel(token);
        shift.apply(copy);
        copies.put(token, copy);
        tokens.add(copy);
      }
      for (CoreMap sentence : listOf(part.get(CoreAnnotations.SentencesAnnotation.class))) {
        CoreMap copy = new ArrayCoreMap(sentence);
        shift.apply(copy);
        copy.set(CoreAnnotations.TokensAnnotation.class, copied(sentence.get(CoreAnnotations.TokensAnnotation.class), copies));
        List<CoreMap> inSentence = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (inSentence != null) {
          List<CoreMap> moved = new ArrayList<>();
          for (CoreMap mention : inSentence) {
            CoreMap m = new ArrayCoreMap(mention);
            shift.apply(m);
            m.set(CoreAnnotations.TokensAnnotation.class, copied(mention.get(CoreAnnotations.TokensAnnotation.class), copies));
            moved.add(m);
          }
          copy.set(CoreAnnotations.MentionsAnnotation.class, moved);
          mentions.addAll(moved);
        }
        sentences.add(copy);
      }
    }
    // The whitespace between two parts belongs to the tokens on either side, as in one text.
    for (int t = 1; t < tokens.size(); t++) {
      CoreLabel before = tokens.get(t - 1);
      CoreLabel after = tokens.get(t);
      if (before.sentIndex() != after.sentIndex() && before.endPosition() <= after.beginPosition()) {
        // As CoreNLP splits it: the break's first line end with the token before, its last
        // with the token after (the blank line itself is a sentence break, no token's).
        String between = text.substring(before.endPosition(), after.beginPosition());
        int first = between.indexOf('\n');
        int last = between.lastIndexOf('\n');
        before.set(CoreAnnotations.AfterAnnotation.class, first < 0 ? between : between.substring(0, first + 1));
        after.set(CoreAnnotations.BeforeAnnotation.class, last < 0 ? between : between.substring(last));
      }
    }
    Annotation whole = new Annotation(text);
    whole.set(CoreAnnotations.TokensAnnotation.class, tokens);
    whole.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    whole.set(CoreAnnotations.MentionsAnnotation.class, mentions);
    return whole;
  }

  private static <T> List<T> listOf(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static List<CoreLabel> copied(List<CoreLabel> tokens, Map<CoreLabel, CoreLabel> copies) {
    List<CoreLabel> out = new ArrayList<>();
    for (CoreLabel t : listOf(tokens)) {
      out.add(copies.getOrDefault(t, t));
    }
    return out;
  }

  /** What comes before a part: characters, sentences, tokens and mentions. */
  private record Shift(int characters, int sentences, int tokens, int mentions) {
    void apply(CoreMap map) {
      add(map, CoreAnnotations.CharacterOffsetBeginAnnotation.class, characters);
      add(map, CoreAnnotations.CharacterOffsetEndAnnotation.class, characters);
      add(map, CoreAnnotations.SentenceIndexAnnotation.class, sentences);
      add(map, CoreAnnotations.TokenBeginAnnotation.class, tokens);
      add(map, CoreAnnotations.TokenEndAnnotation.class, tokens);
      add(map, CoreAnnotations.EntityMentionIndexAnnotation.class, mentions);
      add(map, CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class, mentions);
    }

    private static void add(CoreMap map, Class<? extends CoreAnnotation<Integer>> key, int by) {
      Integer value = map.get(key);
      if (value != null && by != 0) {
        map.set(key, value + by);
      }
    }
  }
}
