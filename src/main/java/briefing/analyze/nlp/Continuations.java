package briefing.analyze.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentences CoreNLP's splitter ends before a word in lower case, joined again: what opens in lower
 * case goes on with the sentence before it. The splitter ends a sentence at a "!" or "?" and at an
 * abbreviation's full stop closing a bracket, where a quotation or a name goes on: {@code "Who are
 * you!" the congressman demands.}, {@code Rep. Ann Brand (D-N.C.) appeared unreceptive …}. Run
 * between the splitter and the taggers, so a joined sentence is tagged as one.
 *
 * <p>A word in lower case with a capital in it ("iPhone", "eBay") opens a sentence of its own, and
 * so does a name's particle before a capital ("de Blasio said …").
 */
final class Continuations {
  /** Particles that open a surname in lower case. */
  private static final Set<String> PARTICLES = Set.of("de", "del", "della", "der", "di", "da",
      "du", "van", "von", "le", "la", "al", "el", "bin", "ibn", "ben", "dos", "das", "ter", "ten");

  private Continuations() {}

  /** Joins, in {@code annotation}, each sentence that goes on with the one before it. */
  static void join(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    if (sentences == null || sentences.size() < 2 || text == null) {
      return;
    }
    List<CoreMap> joined = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      CoreMap last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && goesOn(tokens) && sameLine(text, last, sentence)) {
        List<CoreLabel> together = new ArrayList<>(last.get(CoreAnnotations.TokensAnnotation.class));
        together.addAll(tokens);
        int begin = last.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        last.set(CoreAnnotations.TokensAnnotation.class, together);
        last.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        last.set(CoreAnnotations.TokenEndAnnotation.class,
            sentence.get(CoreAnnotations.TokenEndAnnotation.class));
        last.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
      } else {
        joined.add(sentence);
      }
    }
    if (joined.size() == sentences.size()) {
      return;
    }
    for (int i = 0; i < joined.size(); i++) {
      joined.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      int index = 1;
      for (CoreLabel token : joined.get(i).get(CoreAnnotations.TokensAnnotation.class)) {
        token.setIndex(index++);
        token.setSentIndex(i);
      }
    }
    annotation.set(CoreAnnotations.SentencesAnnotation.class, joined);
  }

  /** True where a sentence's first word is in lower case and no name or brand. */
  private static boolean goesOn(List<CoreLabel> tokens) {
    if (tokens == null || tokens.isEmpty()) {
      return false;
    }
    String first = tokens.get(0).word();
    if (first.isEmpty() || !Character.isLowerCase(first.codePointAt(0))
        || first.codePoints().anyMatch(Character::isUpperCase)) {
      return false;
    }
    String next = tokens.size() > 1 ? tokens.get(1).word() : "";
    return !(PARTICLES.contains(first) && !next.isEmpty()
        && Character.isUpperCase(next.codePointAt(0)));
  }

  /** True where no line break lies between two sentences: a blank line always ends one. */
  private static boolean sameLine(String text, CoreMap before, CoreMap after) {
    int from = before.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    int to = after.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    return from <= to && text.substring(from, to).indexOf('\n') < 0;
  }
}
