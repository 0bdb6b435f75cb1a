package briefing.crossref.people;

import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.Sentence;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Names read in a headline, where every word is capitalised and a verb or another name runs
 * into a name: "Faculty Latest to Chide Ryan", "Obama Boehner Meeting". A headline's name is a
 * full name only where the article's body writes its first name too and that first name is no
 * other person's surname; else it is the surname alone.
 */
final class HeadlineNames {
  private final String body;
  private final String headline;
  private final Set<String> headlineIds = new TreeSet<>();
  private final Set<String> surnames = new TreeSet<>();

  /** The headline and body of {@code analysis}, and the surnames its people are named by. */
  HeadlineNames(AnalyzedArticle analysis) {
    StringBuilder text = new StringBuilder();
    String head = "";
    for (Sentence s : analysis.sentences()) {
      if (s.block() == Sentence.HEADLINE) {
        head = s.text();
        headlineIds.add(s.id());
      } else {
        text.append(s.text()).append('\n');
      }
    }
    this.body = text.toString();
    this.headline = head;
    for (PersonMention m : analysis.people()) {
      PersonName name = m.named() ? PersonName.of(m.name()) : null;
      if (name != null && !name.bareSurname()) {
        surnames.add(name.surname());
      }
    }
  }

  /** {@code name}, as {@code m} writes it, or its surname alone where the headline ran words into it. */
  PersonName read(PersonMention m, PersonName name) {
    if (!headlineIds.contains(m.span().sentence()) || name.bareSurname() || headline.isEmpty() || !headline.contains(m.name())) {
      return name;
    }
    String given = name.given();
    boolean confirmed = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(given) + "(?![\\p{L}])").matcher(body).find();
    if (confirmed && !surnames.contains(given)) {
      return name;
    }
    PersonName surname = PersonName.of(name.surname());
    return surname == null ? name : surname;
  }
}
