package briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.model.Citation;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A claim's versions as the comparisons page shows them: a source's running sentences as one. */
class ClaimPassagesTest {
  @Test
  void aSourcesConsecutiveSentencesReadAsOnePassage() {
    Claim claim = new Claim("mayor", "I am the mayor.", new Citation("a", "s7"), List.of(
        new Claim.Version("\"I am the mayor.", new Citation("a", "s7")),
        new Claim.Version("But I am also a father.\"", new Citation("a", "s8")),
        new Claim.Version("Later, the mayor spoke of the harbour.", new Citation("a", "s12")),
        new Claim.Version("\"I am the mayor, but I am also a father,\" Cole said.", new Citation("b", "s3"))));
    BriefingView view = new BriefingView(new Briefing("Harbour", List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(claim), List.of(), List.of(), List.of()));

    List<BriefingView.Passage> passages = view.passages(claim);

    assertEquals(List.of(new Citation("a", "s7"), new Citation("a", "s12"), new Citation("b", "s3")),
        passages.stream().map(BriefingView.Passage::citation).toList());
    assertEquals(List.of("\"I am the mayor.", "But I am also a father.\""), passages.get(0).texts());
  }
}
