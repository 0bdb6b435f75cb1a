package briefing.crossref.claims;

import briefing.crossref.ComparisonWords;
import briefing.crossref.DisjointSets;
import briefing.crossref.Ids;
import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.Quote;
import briefing.model.briefing.Claim;
import briefing.text.UniqueIds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Statements several sources report. Two sentences of different sources make one claim when
 * the words they share are rare enough in the story to say the same thing ({@link Likeness});
 * claims are joined a pair at a time, strongest first, one sentence per source, and then widened
 * by the further sentences that match two of their members. Only sentences sharing a rare word
 * are compared, so the cost grows with the story, not with its square.
 */
public final class Claims {
  /** The rarest words of a sentence that key its comparisons. */
  private static final int KEYS = 6;
  /** A word in more sentences than this keys no comparison: it is the story's, not a claim's. */
  private static final int COMMON = 40;
  /** The least share of the pairs between two groups' sentences that must match to join them. */
  static final double LINKED = 0.2;
  /** A clause of this many content words or fewer says nothing of its own: "Dunmore seized". */
  static final int STUB = 2;

  private Claims() {}

  record Pair(int a, int b, double score) {}

  /** The claims of {@code sources}, most sources first, then in citation order. */
  public static List<Claim> find(List<Source> sources) {
    List<Statement> statements = Statements.of(sources);
    Likeness likeness = new Likeness(statements);
    Map<Citation, Set<String>> named = namedSpeakers(sources);
    int n = statements.size();
    List<Pair> pairs = new ArrayList<>();
    Map<String, List<Integer>> byKey = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      if (!statements.get(i).comparable()) {
        continue;
      }
      int index = i;
      // a word no other sentence uses can key no comparison
      statements.get(i).words().stream()
          .filter(w -> likeness.frequency(w) > 1 && likeness.frequency(w) <= COMMON)
          .sorted(Comparator.comparingInt(likeness::frequency).thenComparing(w -> w))
          .limit(KEYS).forEach(w -> byKey.computeIfAbsent(w, k -> new ArrayList<>()).add(index));
    }
    // Each pair is compared once, under the first key both hold (keys numbered in key order);
    // articles as numbers. A set of the pairs seen was a quarter of finding claims on H1N1.
    Map<String, Integer> articleNumbers = new HashMap<>();
    int[] articleOf = new int[n];
    for (int i = 0; i < n; i++) {
      articleOf[i] = articleNumbers.computeIfAbsent(statements.get(i).citation().article(), k -> articleNumbers.size());
    }
    // keys and holders as arrays of ints: H1N1 scores some 450,000 pairs, and looks at more
    int[][] keysOf = new int[n][KEYS];
    int[] keyCount = new int[n];
    int[][] holding = new int[byKey.size()][];
    int key = 0;
    for (List<Integer> holders : byKey.values()) {
      holding[key] = holders.stream().mapToInt(Integer::intValue).toArray();
      for (int h : holding[key]) {
        keysOf[h][keyCount[h]++] = key;
      }
      key++;
    }
    for (key = 0; key < holding.length; key++) {
      int[] holders = holding[key];
      for (int x = 0; x < holders.length; x++) {
        for (int y = x + 1; y < holders.length; y++) {
          int a = holders[x];
          int b = holders[y];
          if (articleOf[a] == articleOf[b]
              || firstShared(keysOf[a], keyCount[a], keysOf[b], keyCount[b]) != key) {
            continue;
          }
          if (speakersDiffer(named.get(statements.get(a).citation()),
              named.get(statements.get(b).citation()))) {
            continue;
          }
          Likeness.Score score = likeness.score(a, b);
          // a quotation whose pieces lengthen a sentence too short to compare alone matches
          // only closely: two words alike ("make progress") are not the same quotation
          if (score.same() && (score.cosine() >= Likeness.NAMED
              || statements.get(a).continued().isEmpty() && statements.get(b).continued().isEmpty())) {
            pairs.add(new Pair(a, b, score.strength()));
          }
        }
      }
    }
    pairs.sort(Comparator.comparingDouble((Pair p) -> -p.score()).thenComparingInt(Pair::a)
        .thenComparingInt(Pair::b));
    DisjointSets<Integer> groups =
        new DisjointSets<>(i -> statements.get(i).citation().article());
    joinLinked(groups, pairs);
    List<Claim> claims = new ArrayList<>();
    UniqueIds ids = Ids.forListedPages();
    List<Integer> indexes = IntStream.range(0, n).boxed().toList();
    List<List<Integer>> found = DisjointSets.groups(groups, indexes).stream()
        .filter(g -> g.size() >= 2).map(g -> (List<Integer>) new ArrayList<>(g)).toList();
    widen(found, pairs, statements);
    found = joinedByOneStatement(found, statements);
    // most sources first, so that a claim many report words itself first
    found = found.stream().sorted(Comparator.comparingLong((List<Integer> g) -> -g.stream()
            .map(i -> statements.get(i).citation().article()).distinct().count())
        .thenComparing(g -> statements.get(g.get(0)).citation())).toList();
    Set<Citation> standing = new HashSet<>();
    for (List<Integer> group : found) {
      // The version most like the others stands for them, not a quote, nor a sentence that
      // already stands for another claim (one sentence stating two claims); between equals (two
      // versions always are) the shorter, which states the claim with the least else.
      Map<Integer, Double> central = new HashMap<>();
      group.forEach(s -> central.put(s, centrality(s, group, likeness) - (statements.get(s).quoted() ? 1 : 0)));
      Statement summary = statements.get(group.stream()
          .max(Comparator.comparing((Integer s) -> !standing.contains(statements.get(s).citation()))
              .thenComparingDouble(central::get)
              .thenComparing(s -> statements.get(s).text().length(), Comparator.reverseOrder())
              .thenComparing(s -> statements.get(s).citation(), Comparator.reverseOrder()))
          .orElseThrow());
      standing.add(summary.citation());
      List<String> written = ComparisonWords.written(summary.text());
      claims.add(new Claim(ids.next(String.join(" ", written.subList(0, Math.min(6, written.size())))),
          summary.text(), summary.citation(), versions(group, statements)));
    }
    claims.sort(Comparator.comparingInt((Claim c) -> -c.sources().size())
        .thenComparing(c -> c.versions().get(0).citation()));
    return distinct(claims);
  }

  /**
   * The surnames of the people each sentence quotes, by the sentence: the last word of a
   * speaker named ("Ann Hallor" → "hallor"), not a description ("the mayor"), which may be anyone.
   */
  private static Map<Citation, Set<String>> namedSpeakers(List<Source> sources) {
    Map<Citation, Set<String>> named = new HashMap<>();
    for (Source source : sources) {
      for (Quote q : source.analysis().quotes()) {
        String speaker = q.speaker();
        if (speaker == null || speaker.isEmpty() || !Character.isUpperCase(speaker.charAt(0))) {
          continue;
        }
        String[] words = speaker.split("\\s+");
        String surname = words[words.length - 1].replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
        q.sentences().forEach(id -> named.computeIfAbsent(new Citation(source.id(), id),
            k -> new TreeSet<>()).add(surname));
      }
    }
    return named;
  }

  /**
   * True where two sentences quote named people and none of the one's is the other's: words of
   * different people are not one claim, however alike ("'It was a fair hearing,' Hallor said" and
   * "'It was no fair hearing,' Brand said").
   */
  private static boolean speakersDiffer(Set<String> a, Set<String> b) {
    return a != null && b != null && a.stream().noneMatch(b::contains);
  }

  /**
   * The sentences of a claim's statements, each once, in citation order: a quotation that runs
   * through several sentences states the claim in each of them.
   */
  private static List<Claim.Version> versions(List<Integer> group, List<Statement> statements) {
    Map<Citation, Claim.Version> versions = new TreeMap<>();
    for (int i : group) {
      Statement s = statements.get(i);
      versions.putIfAbsent(s.citation(), new Claim.Version(s.text(), s.citation()));
      s.continued().forEach(v -> versions.putIfAbsent(v.citation(), v));
    }
    return List.copyOf(versions.values());
  }

  /** The least number the first {@code m} of {@code a} and {@code n} of {@code b}, both increasing, hold; -1 where none. */
  private static int firstShared(int[] a, int m, int[] b, int n) {
    int i = 0;
    int j = 0;
    while (i < m && j < n) {
      int x = a[i];
      int y = b[j];
      if (x == y) {
        return x;
      }
      if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return -1;
  }

  /**
   * Joins the statements of each pair, strongest first, one sentence per source, where the two
   * groups are linked enough: at least {@link #LINKED} of the pairs one could draw between their
   * members match. Joining on any one matching pair chains: on a big story, sentences that each
   * share a few rare words with the next made one "claim" of thousands of sentences that say
   * different things.
   */
  static void joinLinked(DisjointSets<Integer> groups, List<Pair> pairs) {
    int n = pairs.stream().mapToInt(p -> Math.max(p.a(), p.b())).max().orElse(-1) + 1;
    int[] degree = new int[n];
    for (Pair p : pairs) {
      degree[p.a()]++;
      degree[p.b()]++;
    }
    int[][] matches = new int[n][];
    for (int i = 0; i < n; i++) {
      matches[i] = new int[degree[i]];
      degree[i] = 0;
    }
    for (Pair p : pairs) {
      matches[p.a()][degree[p.a()]++] = p.b();
      matches[p.b()][degree[p.b()]++] = p.a();
    }
    // each statement's group as a label of this method's own, and each label's members; a join
    // relabels the smaller group, so relabelling costs n log n in all
    int[] label = new int[n];
    List<List<Integer>> members = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      label[i] = i;
      members.add(new ArrayList<>(List.of(i)));
    }
    for (Pair p : pairs) {
      int x = label[p.a()];
      int y = label[p.b()];
      if (x == y) {
        continue;
      }
      List<Integer> xs = members.get(x);
      List<Integer> ys = members.get(y);
      int small = xs.size() <= ys.size() ? x : y;
      int large = small == x ? y : x;
      long links = 0;
      for (int m : members.get(small)) {
        for (int o : matches[m]) {
          if (label[o] == large) {
            links++;
          }
        }
      }
      if (links < LINKED * xs.size() * ys.size() || !groups.joinIfApart(p.a(), p.b())) {
        continue;
      }
      for (int m : members.get(small)) {
        label[m] = large;
      }
      members.get(large).addAll(members.get(small));
      members.set(small, List.of());
    }
  }

  /**
   * How like the other members of its group statement {@code s} is, rounded so that the order
   * in which a sum is taken cannot decide between two versions.
   */
  private static double centrality(int s, List<Integer> group, Likeness likeness) {
    double sum = group.stream().filter(o -> o != s)
        .mapToDouble(o -> likeness.score(Math.min(s, o), Math.max(s, o)).similarity()).sum();
    return Math.round(sum * 1e6) / 1e6;
  }

  /**
   * The claims, without one whose sentences another claim cites all of: two clauses of
   * sentences that also match whole say nothing the whole sentences do not. A claim that cites
   * the same sentences of two sources as one before it states that claim again (a quotation
   * matched apart from the sentence that reports it): its other sentences join that one.
   */
  private static List<Claim> distinct(List<Claim> claims) {
    List<Claim> kept = new ArrayList<>();
    // what each kept claim cited as found, and as it grew: a claim is compared with the first
    // only, so that joins do not chain from one claim to the next through what others brought
    List<Set<Citation>> found = new ArrayList<>();
    List<Set<Citation>> cited = new ArrayList<>();
    Map<Citation, Set<Integer>> citing = new HashMap<>();
    for (Claim c : claims) {
      Set<Citation> mine = new HashSet<>(c.versions().stream().map(Claim.Version::citation).toList());
      Set<Integer> candidates = new TreeSet<>();
      mine.forEach(m -> candidates.addAll(citing.getOrDefault(m, Set.of())));
      int same = -1;
      for (int k : candidates) {
        Set<Citation> shared = new HashSet<>(mine);
        shared.retainAll(found.get(k));
        if (shared.size() == mine.size() || shared.stream().map(Citation::article).distinct().count() >= 2) {
          same = k;
          break;
        }
      }
      if (same < 0) {
        for (Citation m : mine) {
          citing.computeIfAbsent(m, x -> new HashSet<>()).add(kept.size());
        }
        kept.add(c);
        found.add(mine);
        cited.add(new HashSet<>(mine));
      } else if (!cited.get(same).containsAll(mine)) {
        Claim k = kept.get(same);
        Set<Citation> theirs = cited.get(same);
        List<Claim.Version> versions = new ArrayList<>(k.versions());
        c.versions().stream().filter(v -> theirs.add(v.citation())).forEach(versions::add);
        versions.sort(Comparator.comparing(Claim.Version::citation));
        kept.set(same, new Claim(k.id(), k.summary(), k.summaryFrom(), versions));
      }
    }
    return kept;
  }

  /**
   * The claims, those that hold the same statement made one: the same words of one sentence
   * state one claim, however the widening reached them from two sides (a sentence that states two
   * claims does so in two clauses, each a statement of its own).
   */
  static List<List<Integer>> joinedByOneStatement(List<List<Integer>> claims,
      List<Statement> statements) {
    // A statement that exactly two claims hold joins the later to the earlier, where the earlier
    // was joined to none before it: one step, never a chain. A statement many claims hold (a line
    // a big story repeats in many reports) joins nothing; chaining through such lines made one
    // "claim" of thousands of sentences on H1N1.
    int[] same = sameWords(statements);
    Map<Integer, List<Integer>> claimsOf = new HashMap<>();
    for (int c = 0; c < claims.size(); c++) {
      for (int s : claims.get(c)) {
        List<Integer> holders = claimsOf.computeIfAbsent(same[s], k -> new ArrayList<>());
        if (holders.isEmpty() || holders.get(holders.size() - 1) != c) {
          holders.add(c);
        }
      }
    }
    int[] joinedTo = new int[claims.size()];
    Map<Integer, List<Integer>> byFirst = new TreeMap<>();
    for (int c = 0; c < claims.size(); c++) {
      int into = c;
      for (int s : claims.get(c)) {
        List<Integer> holders = claimsOf.get(same[s]);
        int other = holders.get(0) == c ? holders.get(holders.size() - 1) : holders.get(0);
        if (holders.size() == 2 && other < c && joinedTo[other] == other) {
          into = Math.min(into, other);
        }
      }
      joinedTo[c] = into;
      byFirst.computeIfAbsent(into, k -> new ArrayList<>()).add(c);
    }
    List<List<Integer>> groups = List.copyOf(byFirst.values());
    List<List<Integer>> merged = new ArrayList<>();
    for (List<Integer> group : groups) {
      TreeSet<Integer> members = new TreeSet<>();
      group.forEach(c -> members.addAll(claims.get(c)));
      // a sentence once, however many of its statements the claims held; a quotation that runs
      // on is kept beside its first sentence, for the sentences it brings
      Set<Citation> cited = new HashSet<>();
      merged.add(members.stream().filter(m -> cited.add(statements.get(m).citation())
          || !statements.get(m).continued().isEmpty()).toList());
    }
    return merged;
  }

  /**
   * Each statement as the words it holds, by the index of the statement that stands for them: a
   * clause that is the only one of its sentence with words enough to state a claim, beside
   * clauses of no more than {@link #STUB} words ("flooded the valley in 2015 after the vote"
   * beside "Dunmore seized"), holds the words of its whole sentence.
   * Statements of one sentence come together, the whole first.
   */
  static int[] sameWords(List<Statement> statements) {
    int[] same = new int[statements.size()];
    int whole = -1;
    for (int i = 0; i <= statements.size(); i++) {
      if (i == statements.size() || statements.get(i).whole()) {
        int comparable = -1;
        int count = 0;
        for (int p = whole + 1; whole >= 0 && p < i; p++) {
          if (statements.get(p).comparable()) {
            comparable = p;
          }
          count += statements.get(p).words().size() > STUB ? 1 : 0;
        }
        if (count == 1 && comparable >= 0) {
          same[comparable] = whole;
        }
        whole = i;
      }
      if (i < statements.size()) {
        same[i] = i;
      }
    }
    return same;
  }

  /**
   * Adds to each claim the further sentences that state it, each matching two of its members (of
   * other sources, as every match is), and at least {@link #LINKED} of those it was found with:
   * a source may word a claim twice (a quote and the sentence that reports it), and one sentence
   * may state two claims, where the first joins keep one sentence per source and one claim per
   * sentence. One match is not enough: that is how a sentence about the same things but saying
   * another of them would creep in; nor are two of a claim of a hundred (on H1N1 they grew one
   * claim to 261 sentences that say many things, 151 without).
   */
  static void widen(List<List<Integer>> claims, List<Pair> pairs, List<Statement> statements) {
    Map<Integer, List<Integer>> claimsOf = new HashMap<>();
    for (int c = 0; c < claims.size(); c++) {
      for (int m : claims.get(c)) {
        claimsOf.computeIfAbsent(m, k -> new ArrayList<>()).add(c);
      }
    }
    Map<List<Integer>, Set<Integer>> matched = new TreeMap<>(Comparator
        .comparing((List<Integer> k) -> k.get(0)).thenComparing(k -> k.get(1)));
    for (Pair p : pairs) {
      for (int[] sm : new int[][] {{p.a(), p.b()}, {p.b(), p.a()}}) {
        for (int c : claimsOf.getOrDefault(sm[1], List.of())) {
          matched.computeIfAbsent(List.of(sm[0], c), k -> new TreeSet<>()).add(sm[1]);
        }
      }
    }
    List<Set<Citation>> cited = claims.stream().map(g -> (Set<Citation>) new HashSet<>(
        g.stream().map(i -> statements.get(i).citation()).toList())).toList();
    int[] found = claims.stream().mapToInt(List::size).toArray();
    matched.forEach((key, members) -> {
      int s = key.get(0);
      if (members.size() >= Math.max(2, LINKED * found[key.get(1)])
          && cited.get(key.get(1)).add(statements.get(s).citation())) {
        claims.get(key.get(1)).add(s);
      }
    });
    claims.forEach(c -> c.sort(Comparator.naturalOrder()));
  }
}
