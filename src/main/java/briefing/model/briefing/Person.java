package briefing.model.briefing;

import briefing.model.Citation;
import java.util.List;
import java.util.Objects;

/**
 * One real person across all the articles.
 *
 * @param id a stable id, usable in a URL ("arkady-volkonin")
 * @param name the name to show: the fullest form most sources use
 * @param roles each role the sources give, best first (most specific, most sources)
 * @param affiliation the country or organisation the roles tie them to, or null
 * @param spellings each form of the name and the sources that write it so
 * @param mentions every sentence that mentions them
 * @param quotes every quote credited to them, as indexes into the articles' analyses
 */
public record Person(String id, String name, List<Attested> roles, String affiliation,
    List<Attested> spellings, List<Citation> mentions, List<QuoteRef> quotes) {
  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    roles = List.copyOf(roles);
    spellings = List.copyOf(spellings);
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
  }
}
