package briefing.analyze.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blocks annotated one by one and joined give what CoreNLP gives for the whole text: every
 * token, sentence and name in the same place with the same tags, and the same time values.
 */
class JoinedPartsTest {
  private static final List<String> PARTS = List.of(
      "Harbour talks end without a deal",
      "PORTSMOUTH (Wire) - Mayor Ana Kowalczyk met the port authority on Tuesday, a day after the strike began.",
      "\"We will not give in,\" said Tomas Reyes, head of the dockers' union. About 1,200 workers walked out.",
      "The talks resume next week in Southampton, officials said. Kowalczyk left for London on 3 March 2023.");

  @Test
  void joinedPartsAreTheWholeTextsAnnotation() {
    LocalDate day = LocalDate.of(2023, 3, 1);
    StringBuilder text = new StringBuilder();
    int[] starts = new int[PARTS.size()];
    for (int i = 0; i < PARTS.size(); i++) {
      text.append(i > 0 ? "\n\n" : "");
      starts[i] = text.length();
      text.append(PARTS.get(i));
    }
    CoreDocument joined = Nlp.annotate(text.toString(), starts, PARTS, day);

    Annotation whole = new Annotation(text.toString());
    whole.set(CoreAnnotations.DocDateAnnotation.class, day.toString());
    new StanfordCoreNLP(Nlp.properties()).annotate(whole);
    CoreDocument expected = new CoreDocument(whole);

    assertEquals(describe(expected), describe(joined));
    assertTrue(describe(joined).stream().anyMatch(l -> l.contains("2023-02-28")), "\"a day after\" Tuesday is read");
    assertEquals(1, joined.quotes().size(), "quotations are found in the joined text");
  }

  /** Each token and name with everything the rules read of it. */
  private static List<String> describe(CoreDocument document) {
    List<String> lines = new ArrayList<>();
    for (CoreSentence s : document.sentences()) {
      lines.add("sentence " + s.charOffsets() + " " + s.coreMap().get(CoreAnnotations.SentenceIndexAnnotation.class)
          + " tokens " + s.coreMap().get(CoreAnnotations.TokenBeginAnnotation.class) + "-"
          + s.coreMap().get(CoreAnnotations.TokenEndAnnotation.class));
      for (CoreLabel t : s.tokens()) {
        lines.add(String.join(" ", t.word(), t.tag(), t.lemma(), t.ner(), String.valueOf(t.beginPosition()),
            String.valueOf(t.endPosition()), String.valueOf(t.sentIndex()), String.valueOf(t.index()),
            "[" + t.before() + "][" + t.after() + "]", String.valueOf(t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)),
            String.valueOf(t.get(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class))));
      }
      for (CoreEntityMention m : s.entityMentions()) {
        Timex timex = m.coreMap().get(TimeAnnotations.TimexAnnotation.class);
        lines.add("mention " + m.text() + " " + m.entityType() + " " + m.charOffsets() + " "
            + m.coreMap().get(CoreAnnotations.EntityMentionIndexAnnotation.class) + " "
            + m.coreMap().get(CoreAnnotations.TokenBeginAnnotation.class) + " "
            + (timex == null ? "" : timex.value()));
      }
    }
    return lines;
  }
}
