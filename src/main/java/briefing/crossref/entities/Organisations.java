package briefing.crossref.entities;

import briefing.crossref.Ids;
import briefing.crossref.Spelling;
import briefing.crossref.entities.EntityGroups.Seen;
import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.EntityMention;
import briefing.model.briefing.Attested;
import briefing.model.briefing.Organisation;
import briefing.model.briefing.Place;
import briefing.text.UniqueIds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Organisations merged across case and acronym forms: "OPEC", "Opec" and "Organization of the
 * Petroleum Exporting Countries" (or "Organisation") are one; so are "U.S. State Department" and "State
 * Department", a company's legal forms ({@link LegalForms}), and a name the tagger cut short with
 * the one whole name it begins.
 */
public final class Organisations {
  private Organisations() {}

  /** The organisations of {@code sources}, most cited first. */
  public static List<Organisation> merge(List<Source> sources, List<Place> places) {
    EntityGroups groups = new EntityGroups(sources, EntityMention.Kind.ORGANIZATION);
    joinWithoutPlace(groups, placeGroups(places));
    LegalForms.join(groups);
    joinCutShort(groups);
    List<List<Seen>> found = new ArrayList<>(groups.groups());
    List<Organisation> organisations = new ArrayList<>();
    for (List<Seen> group : found) {
      // A company goes by its name without a legal suffix where a source gives one ("Tarrant").
      String name = EntityGroups.mostGiven(group, n -> !Spelling.maybeAcronym(n)
          && LegalForms.stem(Spelling.key(n)).equals(Spelling.key(n)), false);
      if (name == null) {
        name = EntityGroups.mostGiven(group, n -> !Spelling.maybeAcronym(n), false);
      }
      String acronym = acronym(group);
      if (name == null) {
        name = acronym;
      }
      if (name == null) {
        // Every form looks like an acronym but none is tied to a name ("ABC", "X-Y").
        name = EntityGroups.mostGiven(group, n -> true, false);
      }
      if (name == null) {
        name = group.get(0).name();
      }
      organisations.add(new Organisation("", name, name.equals(acronym) ? null : acronym,
          EntityGroups.spellings(group), EntityGroups.mentions(group)));
    }
    organisations.sort(Comparator
        .comparingInt((Organisation o) -> -sources(o.mentions()))
        .thenComparingInt(o -> -o.mentions().size())
        .thenComparing(Organisation::name));
    UniqueIds ids = Ids.forListedPages();
    return organisations.stream().map(o -> new Organisation(ids.next(o.name()), o.name(), o.acronym(),
        o.spellings(), o.mentions())).toList();
  }

  private static int sources(List<Citation> mentions) {
    return (int) mentions.stream().map(Citation::article).distinct().count();
  }

  /** The acronym most sources write, in capitals where any source writes it so, or null. */
  private static String acronym(List<Seen> group) {
    List<Seen> all = new ArrayList<>(group);
    for (Seen s : group) {
      if (s.acronym() != null) {
        all.add(new Seen(s.citation(), s.acronym(), s.acronym(), null, s.type()));
      }
    }
    return EntityGroups.mostGiven(all, Spelling::acronymLike, true);
  }

  /** Place group by the key of each spelling of each place. */
  private static TreeMap<String, String> placeGroups(List<Place> places) {
    TreeMap<String, String> byKey = new TreeMap<>();
    for (Place p : places) {
      for (Attested s : p.spellings()) {
        byKey.put(Spelling.key(s.value()), p.id());
      }
      byKey.put(Spelling.key(p.name()), p.id());
    }
    return byKey;
  }

  /**
   * "U.S. State Department" joins "State Department" where the sources name it so, unless names
   * with different places before them ("US Treasury", "UK Treasury") would join the same.
   */
  private static void joinWithoutPlace(EntityGroups groups, TreeMap<String, String> places) {
    Set<String> keys = new TreeSet<>();
    groups.forms().forEach(f -> keys.add(Spelling.key(f)));
    TreeMap<String, Set<String>> placesBefore = new TreeMap<>();
    TreeMap<String, List<String>> withPlace = new TreeMap<>();
    for (String key : keys) {
      String[] words = key.split(" ");
      for (int n = 1; n <= Math.min(3, words.length - 2); n++) {
        String place = String.join(" ", List.of(words).subList(0, n));
        String rest = String.join(" ", List.of(words).subList(n, words.length));
        if (places.containsKey(place) && keys.contains(rest)) {
          placesBefore.computeIfAbsent(rest, r -> new TreeSet<>()).add(places.get(place));
          withPlace.computeIfAbsent(rest, r -> new ArrayList<>()).add(key);
        }
      }
    }
    withPlace.forEach((rest, names) -> {
      if (placesBefore.get(rest).size() == 1) {
        names.forEach(name -> groups.union(name, rest));
      }
    });
  }

  /** A name of three words or more that begins exactly one longer name is that name, cut short. */
  private static void joinCutShort(EntityGroups groups) {
    Set<String> keys = new TreeSet<>();
    groups.forms().forEach(f -> keys.add(Spelling.key(f)));
    for (String key : keys) {
      if (key.split(" ").length < 3) {
        continue;
      }
      Set<String> longer = new TreeSet<>();
      keys.stream().filter(k -> k.startsWith(key + " ")).forEach(k -> longer.add(groups.find(k)));
      if (longer.size() == 1) {
        groups.union(key, longer.iterator().next());
      }
    }
  }
}
