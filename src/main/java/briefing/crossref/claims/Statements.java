package briefing.crossref.claims;

import briefing.crossref.CastOfPeople;
import briefing.crossref.ComparisonWords;
import briefing.model.BlockKind;
import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.Quote;
import briefing.model.analysis.Sentence;
import briefing.model.briefing.Person;
import briefing.text.Stems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The sentences of a story that can state a claim, read for comparing. */
final class Statements {
  /** Fewer content words than this and a sentence is too short to state a claim. */
  static final int MIN_WORDS = 5;

  private Statements() {}

  /** Body sentences, sources in id order, each in reading order. */
  static List<Statement> of(List<Source> sources, CastOfPeople cast) {
    Map<Citation, Set<String>> people = people(sources, cast);
    List<Statement> statements = new ArrayList<>();
    for (Source source : sources.stream().sorted(Comparator.comparing(Source::id)).toList()) {
      for (Sentence s : source.analysis().sentences()) {
        if (s.isHeadline() || s.block() < source.article().blocks().size()
            && source.article().blocks().get(s.block()).kind() == BlockKind.CAPTION) {
          continue;
        }
        Set<String> words = new LinkedHashSet<>(stems(ComparisonWords.content(s.text())));
        Set<String> said = new TreeSet<>();
        ComparisonWords.written(s.text()).stream().filter(w -> Character.isLowerCase(w.charAt(0)))
            .forEach(w -> said.addAll(stems(ComparisonWords.content(w))));
        said.retainAll(words);
        Citation citation = new Citation(source.id(), s.id());
        statements.add(new Statement(citation, s.text(), words, said,
            people.getOrDefault(citation, Set.of())));
      }
    }
    return statements;
  }

  /** The people each sentence names, and the speakers of the quotes it carries. */
  private static Map<Citation, Set<String>> people(List<Source> sources, CastOfPeople cast) {
    Map<Citation, Set<String>> people = new HashMap<>();
    for (Person p : cast.people()) {
      p.mentions().forEach(c -> people.computeIfAbsent(c, k -> new TreeSet<>()).add(p.id()));
    }
    for (Source source : sources) {
      for (Quote q : source.analysis().quotes()) {
        cast.idOf(source.id(), q.speaker()).ifPresent(id -> q.sentences().forEach(s ->
            people.computeIfAbsent(new Citation(source.id(), s), k -> new TreeSet<>()).add(id)));
      }
    }
    return people;
  }

  private static List<String> stems(List<String> words) {
    return words.stream().map(Stems::of).toList();
  }
}
