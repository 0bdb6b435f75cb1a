package briefing.crossref.entities;

import briefing.crossref.Attestations;
import briefing.crossref.Ids;
import briefing.crossref.Spelling;
import briefing.crossref.entities.EntityGroups.Seen;
import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.EntityMention;
import briefing.model.briefing.Attested;
import briefing.model.briefing.Place;
import briefing.text.UniqueIds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Places merged across spelling variants: case and punctuation ("U.S.", "US"), an acronym and
 * its expansion ("United States"), and transliterations a reader takes for one place ("Mirov",
 * "Miriv"): one word that sounds alike with the same consonants, one letter apart, where no
 * source writes both and nothing else is as close.
 */
public final class Places {
  private Places() {}

  /** The places of {@code sources}, most cited first. */
  public static List<Place> merge(List<Source> sources) {
    EntityGroups groups = new EntityGroups(sources, EntityMention.Kind.PLACE);
    joinTransliterations(groups);
    List<Place> places = new ArrayList<>();
    for (List<Seen> group : groups.groups()) {
      String name = EntityGroups.mostGiven(group, n -> !Spelling.acronymLike(n), false);
      if (name == null) {
        name = EntityGroups.mostGiven(group, n -> true, false);
      }
      Attestations types = new Attestations();
      group.forEach(s -> types.add(s.type(), s.citation()));
      places.add(new Place("", name, types.first(), EntityGroups.spellings(group),
          EntityGroups.mentions(group)));
    }
    places.sort(Comparator
        .comparingInt((Place p) -> -p.mentions().stream().map(Citation::article).distinct().toList().size())
        .thenComparingInt(p -> -p.mentions().size())
        .thenComparing(Place::name));
    UniqueIds ids = Ids.forListedPages();
    return places.stream()
        .map(p -> new Place(ids.next(p.name()), p.name(), p.type(), p.spellings(), p.mentions()))
        .toList();
  }

  /** Joins each pair of groups whose one-word names are each other's only transliteration. */
  private static void joinTransliterations(EntityGroups groups) {
    // "word\tgroup" → the sources that write the word so
    TreeMap<String, Set<String>> sourcesOf = new TreeMap<>();
    for (List<Seen> group : groups.groups()) {
      String root = groups.find(Spelling.key(group.get(0).name()));
      for (Attested spelling : EntityGroups.spellings(group)) {
        if (!spelling.value().contains(" ") && !Spelling.acronymLike(spelling.value())) {
          sourcesOf.computeIfAbsent(Spelling.key(spelling.value()) + "\t" + root, k -> new TreeSet<>())
              .addAll(spelling.sources());
        }
      }
    }
    // alike words share their skeleton: each word meets only the words of its own skeleton
    Map<String, List<String>> bySkeleton = new TreeMap<>();
    for (String w : sourcesOf.keySet()) {
      bySkeleton.computeIfAbsent(skeleton(w), k -> new ArrayList<>()).add(w);
    }
    List<String[]> pairs = new ArrayList<>();
    Set<String> paired = new HashSet<>();
    for (String a : sourcesOf.keySet()) {
      List<String> alike = bySkeleton.get(skeleton(a)).stream()
          .filter(b -> !sameGroup(a, b) && alike(a, b, sourcesOf)).toList();
      if (alike.size() == 1) {
        pairs.add(new String[] {a, alike.get(0)});
        paired.add(a + "\n" + alike.get(0));
      }
    }
    for (String[] pair : pairs) {
      if (paired.contains(pair[1] + "\n" + pair[0])) {
        groups.union(pair[0].split("\t", -1)[1], pair[1].split("\t", -1)[1]);
      }
    }
  }

  private static String skeleton(String wordAndGroup) {
    return Spelling.skeleton(Spelling.phonetic(wordAndGroup.split("\t", -1)[0]));
  }

  private static boolean sameGroup(String a, String b) {
    return a.split("\t", -1)[1].equals(b.split("\t", -1)[1]);
  }

  private static boolean alike(String a, String b, TreeMap<String, Set<String>> sourcesOf) {
    String wordA = a.split("\t")[0];
    String wordB = b.split("\t")[0];
    String x = Spelling.phonetic(wordA);
    String y = Spelling.phonetic(wordB);
    Set<String> both = new TreeSet<>(sourcesOf.get(a));
    both.retainAll(sourcesOf.get(b));
    return wordA.length() >= 4 && wordB.length() >= 4 && both.isEmpty()
        && Spelling.distance(x, y) <= 1;
  }
}
