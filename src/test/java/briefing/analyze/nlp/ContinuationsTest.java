package briefing.analyze.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence the splitter ends before a word in lower case goes on with it. */
class ContinuationsTest {
  private static List<String> sentences(String text) {
    CoreDocument d = Nlp.annotate(text, new int[] {0}, List.of(text), LocalDate.of(2023, 3, 1));
    return d.sentences().stream().map(CoreSentence::text).toList();
  }

  @Test
  void aQuotationEndingInAnExclamationGoesOnWithWhoSaidIt() {
    assertEquals(List.of("\"Who are you!\" the councillor demands.", "She left."),
        sentences("\"Who are you!\" the councillor demands. She left."));
  }

  @Test
  void aNameEndingInAnAbbreviationGoesOnWithItsVerb() {
    List<String> found = sentences("Rep. Ann Brand (D-N.C.) appeared unreceptive this weekend. She left.");
    assertEquals(List.of("Rep. Ann Brand (D-N.C.) appeared unreceptive this weekend.", "She left."), found);
  }

  @Test
  void joinedTokensAreNumberedInTheirSentence() {
    CoreDocument d = Nlp.annotate("\"Who are you!\" the councillor demands. She left.",
        new int[] {0}, List.of("\"Who are you!\" the councillor demands. She left."), LocalDate.of(2023, 3, 1));
    List<CoreLabel> tokens = d.sentences().get(1).tokens();
    assertEquals(1, tokens.get(0).index());
    assertEquals(1, tokens.get(0).sentIndex());
    assertEquals(List.of("NN"), d.sentences().get(0).tokens().stream()
        .filter(t -> t.word().equals("councillor")).map(CoreLabel::tag).toList(), "the joined sentence is tagged");
  }

  @Test
  void aBrandOrAParticleInLowerCaseOpensASentenceOfItsOwn() {
    assertEquals(2, sentences("Sales fell in May! eBay said so.").size());
    assertEquals(2, sentences("The mayor spoke on Tuesday! de Blasio said so.").size());
  }
}
