package briefing.crossref.people;

import briefing.crossref.Remembered;
import briefing.crossref.Spelling;
import briefing.crossref.people.Newsmaker.Cited;
import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.Quote;
import briefing.text.Countries;
import briefing.text.Datelines;
import briefing.text.FunctionWords;
import briefing.text.Ranks;
import briefing.text.UsStates;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * People the sources describe by role alone ("a spokesperson for the National Security
 * Council"): one person per description, the same description in several sources being one; a
 * description that is a name the article gives someone is theirs, no description.
 */
final class Descriptions {
  /** How many sentences of an article must name its protagonist ({@link #toProtagonists}). */
  private static final int PROTAGONIST_SENTENCES = 3;
  /** How many sentences before a description its person must be named in ({@link #toProtagonists}). */
  private static final int NAMED_BEFORE = 3;
  /** The last sentence of a report's opening, its headline counted: where a lead describes first. */
  private static final int OPENING = 3;
  /** How many sentences after a description its person may be named in with its post ({@link #toNamedRightAfter}). */
  private static final int RIGHT_AFTER = 3;
  /** How many sentences after a description in the opening its person may be named in. */
  private static final int NAMED_AFTER = 2;

  private Descriptions() {}

  /** Every described person of {@code sources}, in the order of their keys. */
  static List<Newsmaker> of(List<Source> sources) {
    TreeMap<String, List<Cited>> byKey = new TreeMap<>();
    for (Source s : sources) {
      // "Jan Brewer Announces Veto": a surname that is a trade is read as one in a headline
      Set<String> names = s.analysis().people().stream().filter(PersonMention::named)
          .map(p -> key(p.name())).collect(Collectors.toSet());
      Set<String> comments = LocalPeople.readersComments(s.analysis());
      for (PersonMention p : s.analysis().people()) {
        if (!p.named() && !(names.contains(key(p.role())) && writtenAsName(p.role()))
            && !comments.contains(p.span().sentence())) {
          byKey.computeIfAbsent(ownKey(s.id(), p), k -> new ArrayList<>()).add(new Cited(
              new Citation(s.id(), p.span().sentence()), p.role(), null, p.role(), p.affiliation()));
        }
      }
    }
    return byKey.values().stream().map(Newsmaker::described).toList();
  }

  /**
   * The key that makes one person of a description's mentions: its words, in every source; but a
   * relation to someone the description does not name ("his mother", "a friend") is a person of
   * each report, since two reports' "his mother" is the mother of whomever each tells of.
   */
  private static String ownKey(String source, PersonMention p) {
    // "Senator Accused of Lying": a headline's or a deck's description is whom the lead goes on
    // to name, who may be another than the "the senator" the report refers back to later
    if (new Citation(source, p.span().sentence()).number() <= OPENING && headlineCase(p.role())) {
      return key(p.role()) + "\theadline\t" + source;
    }
    boolean unanchored = RoleRanking.relational(p.role()) && p.affiliation() == null
        && !POSSESSIVE.matcher(p.role()).find();
    // "the man", "the young woman": whoever each report tells of, never one across reports
    return unanchored || RoleRanking.plain(p.role()) ? key(p.role()) + "\t" + source : key(p.role());
  }

  /** A post named by the head of something alone, as its last word: "the agency's chief". */
  private static final Pattern HEAD = Pattern.compile("(?i)\\b(chief|head|leader|boss)$");

  /** A possessive's ending: "'s" of "the agency's". */
  private static final Pattern SAXON_S = Pattern.compile("['’]s\\b");

  /** A name in the possessive, which anchors a relation: "Hallor's wife". */
  private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}['’]s?\\s");

  /**
   * The descriptions of {@code sources} written after "a" or "an" ("an official said"): someone
   * the sentence brings in, not someone already named. Each as {@link #where}.
   */
  static Set<String> indefinite(List<Source> sources) {
    Set<String> found = new TreeSet<>();
    for (Source s : sources) {
      Map<String, String> texts = new HashMap<>();
      s.analysis().sentences().forEach(x -> texts.put(x.id(), x.text()));
      for (PersonMention p : s.analysis().people()) {
        String text = texts.get(p.span().sentence());
        if (!p.named() && text != null && p.span().start() <= text.length()) {
          String before = text.substring(0, p.span().start()).stripTrailing().toLowerCase(Locale.ROOT);
          if (before.endsWith(" a") || before.endsWith(" an") || before.equals("a") || before.equals("an")
              || p.role().strip().toLowerCase(Locale.ROOT).matches("an? .*")) {
            found.add(where(new Citation(s.id(), p.span().sentence()), p.role()));
          }
        }
      }
    }
    return found;
  }

  /** Whether every word of {@code description} is capitalised, as a name's are: "Jan Brewer". */
  private static boolean writtenAsName(String description) {
    return Stream.of(description.strip().split("\\s+"))
        .allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
  }

  /** Nouns a report may refer back with to anyone it brought in: "the official", "the source". */
  private static final Set<String> ANYONE = Set.of("official", "source", "person");
  /** How many sentences before a second reference its person may have been brought in. */
  private static final int BROUGHT_IN = 3;

  /**
   * {@code people} with each described person whom one report only refers back to, by fewer
   * words ("A former Justice Department prosecutor said … The former official said …"), folded
   * into the one person it brought in, by "a" or "an", up to {@link #BROUGHT_IN} sentences
   * before: the back reference's words are all of that person's own noun phrase (not whom a
   * preposition brings in: "an aide to the governor" is no governor), its noun is theirs or, with
   * another word shared, a noun any person is ({@link #ANYONE}), and the words it leaves out make
   * no other post ("a deputy mayor" is no mayor). Where two were brought in that it fits, it stays
   * a person of its own.
   */
  static List<Newsmaker> toBroughtIn(List<Newsmaker> people, Set<String> indefinite) {
    // who each report brings in by "a" or "an", by article and sentence number, found once: a
    // long story has thousands of descriptions
    Map<String, TreeMap<Integer, List<Newsmaker>>> broughtIn = new HashMap<>();
    for (Newsmaker n : people) {
      for (Cited m : n.named() ? List.<Cited>of() : n.mentions()) {
        if (indefinite.contains(where(m.citation(), m.written()))) {
          broughtIn.computeIfAbsent(m.citation().article(), k -> new TreeMap<>())
              .computeIfAbsent(m.citation().number(), k -> new ArrayList<>()).add(n);
        }
      }
    }
    // each person as folded so far, by the person it was
    Map<Newsmaker, Newsmaker> now = new IdentityHashMap<>();
    Set<Newsmaker> gone = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Newsmaker back : people) {
      List<Cited> mentions = back.mentions();
      if (back.named() || plural(mentions.get(0).written())
          || mentions.stream().map(m -> m.citation().article()).distinct().count() > 1
          || mentions.stream().anyMatch(m -> indefinite.contains(where(m.citation(), m.written())))) {
        continue;
      }
      Cited first = mentions.stream().min(Comparator.comparing(Cited::citation)).orElseThrow();
      int at = first.citation().number();
      List<Newsmaker> before = broughtIn.getOrDefault(first.citation().article(), new TreeMap<>())
          .subMap(at - BROUGHT_IN, true, at - 1, true).values().stream().flatMap(List::stream)
          .filter(n -> n != back).distinct().toList();
      List<String> words = List.of(key(first.written()).split(" "));
      String noun = words.get(words.size() - 1);
      List<String> rest = words.stream().filter(w -> !ANYONE.contains(w) || !w.equals(noun)).toList();
      List<Newsmaker> fits = before.stream().filter(n -> {
        // the person's own noun phrase, not whom a preposition brings in ("an aide to the
        // governor" is no governor), and no word it drops that makes it another post ("a deputy
        // mayor" is no mayor)
        List<String> theirs = List.of(key(n.mentions().get(0).written())
            .split(" (?:to|for|of|at|in|with|from|on) ")[0].split(" "));
        String head = theirs.get(theirs.size() - 1);
        return theirs.containsAll(rest) && theirs.stream().noneMatch(w -> Ranks.contains(w) && !words.contains(w))
            && (head.equals(noun) || ANYONE.contains(noun) && !rest.isEmpty());
      }).toList();
      if (fits.size() == 1) {
        Newsmaker into = fits.get(0);
        List<Cited> all = new ArrayList<>(now.getOrDefault(into, into).mentions());
        all.addAll(mentions);
        now.put(into, new Newsmaker(false, all));
        gone.add(back);
      }
    }
    return people.stream().filter(n -> !gone.contains(n)).map(n -> now.getOrDefault(n, n)).toList();
  }

  /** A description's mention as one string: its article, sentence and words. */
  private static String where(Citation citation, String written) {
    return citation.article() + "\t" + citation.sentence() + "\t" + written;
  }

  /**
   * {@code people} with each described person folded into the one named person it describes: the
   * one whose role is written the same ("the former vice president"), else the one whose roles
   * hold every post word of the description and whose country or organisation is the
   * description's ("Ruritania's foreign minister" for the Ruritanian Foreign Minister), else the
   * one who holds the office it names under another name ({@link #holdsOffice}). Where two fit,
   * or the description is relational ("his counterpart"), it stays a person of its own. A
   * one-word description ("the researcher") joins a person written with that role only in an
   * article that names them, and never after "a" or "an" ({@code indefinite}); a plural one
   * ("officials") is no one person.
   */
  static List<Newsmaker> foldIntoNamed(List<Newsmaker> people, Set<String> indefinite,
      Beside beside) {
    List<Newsmaker> result = new ArrayList<>(toBroughtIn(people, indefinite));
    // what each named person holds, made once per person (a person that takes in a description
    // is a new one, made anew): every description is tried against every person
    Map<Newsmaker, Held> helds = new IdentityHashMap<>();
    // a headline's description first, while the people hold only the posts the reports give
    // them: "the senator" the report refers back to may be another
    List<Newsmaker> headlinesFirst = people.stream()
        .sorted(Comparator.comparing((Newsmaker n) -> !headline(n))).toList();
    for (Newsmaker described : headlinesFirst) {
      // "the woman" names no post: no named person's role can be hers
      if (described.named() || plural(described.mentions().get(0).written())
          || RoleRanking.plain(described.mentions().get(0).written())) {
        continue;
      }
      Cited first = described.mentions().get(0);
      String key = key(first.written());
      // One word and no affiliation says too little beyond its own article, and "an official"
      // there brings in someone new: only "the researcher" may be the researcher it names.
      boolean vague = !key.contains(" ") && first.affiliation() == null;
      Set<String> definite = new TreeSet<>();
      described.mentions().stream()
          .filter(m -> !indefinite.contains(where(m.citation(), m.written())))
          .forEach(m -> definite.add(m.citation().article()));
      List<Newsmaker> near = result.stream().filter(n -> n.named()
          && (!vague || !Collections.disjoint(helds.computeIfAbsent(n, Held::of).sources(), definite))).toList();
      List<Newsmaker> holders = near.stream().filter(n -> helds.computeIfAbsent(n, Held::of).roleKeys()
          .contains(key) && ownerNamed(helds.get(n).owners().get(key), described, result)).toList();
      if (holders.isEmpty() && !RoleRanking.relational(first.written())) {
        Wanted wanted = Wanted.of(first);
        holders = near.stream().filter(n -> wanted.fits(helds.get(n)) || wanted.holdsOffice(helds.get(n))).toList();
      }
      if (holders.size() > 1) {
        // whom the report has just named first; else the sitting holder of the post
        List<Newsmaker> last = namedLastOf(holders, described, beside);
        holders = last.size() == 1 ? last : sitting(holders, first.written(), helds);
      }
      if (holders.size() == 1) {
        Newsmaker holder = holders.get(0);
        List<Cited> mentions = new ArrayList<>(holder.mentions());
        described.mentions().forEach(m -> mentions.add(possessed(m)));
        result.set(result.indexOf(holder), new Newsmaker(true, mentions));
        result.remove(described);
      }
    }
    return toProtagonists(toLawmakers(toClients(toNamedThen(toNamedRightAfter(
        toNamedNext(result, indefinite), indefinite), indefinite, beside)), indefinite, beside),
        indefinite, beside);
  }

  /**
   * {@code people} with each "his client" or "the client" folded into the one person whose
   * lawyer the sentence, or the one before it, names ("Ann Cole's lawyer, Tom Reyes, said his
   * client had acted in good faith": Ann Cole): by the lawyer's role, whose owner is the one named
   * person of the report that name fits, the report's protagonist where several do.
   */
  private static List<Newsmaker> toClients(List<Newsmaker> people) {
    List<Newsmaker> clients = people.stream().filter(d -> !d.named()
        && CLIENT.matcher(d.mentions().get(0).written().strip()).matches()).toList();
    if (clients.isEmpty()) {
      return people;
    }
    // Read once, so that the cost grows with the story, not with its clients times its mentions:
    // whose lawyer each report's sentences name (the owner's last word, by article and sentence
    // number), and each report's named people by the words they are named with there, by their
    // first mention (which folding keeps first).
    Map<String, Map<Integer, Set<String>>> lawyersOf = new HashMap<>();
    Map<String, Map<String, Set<Cited>>> namedWith = new HashMap<>();
    Map<Cited, Newsmaker> current = new HashMap<>();
    for (Newsmaker n : people) {
      if (!n.named()) {
        continue;
      }
      current.put(n.mentions().get(0), n);
      for (Cited m : n.mentions()) {
        String article = m.citation().article();
        Matcher lawyer = m.role() == null ? null : LAWYER.matcher(m.role());
        if (lawyer != null && lawyer.matches()) {
          String owner = lawyer.group(1) != null ? lawyer.group(1) : lawyer.group(2);
          List<String> words = List.of(Spelling.plain(owner).split(" "));
          lawyersOf.computeIfAbsent(article, k -> new HashMap<>())
              .computeIfAbsent(m.citation().number(), k -> new HashSet<>()).add(words.get(words.size() - 1));
        }
        for (String w : words(m.written())) {
          namedWith.computeIfAbsent(article, k -> new HashMap<>())
              .computeIfAbsent(w, k -> new LinkedHashSet<>()).add(n.mentions().get(0));
        }
      }
    }
    Map<String, Newsmaker> about = protagonists(people);
    List<Newsmaker> result = new ArrayList<>(people);
    for (Newsmaker described : clients) {
      Set<Newsmaker> whom = new HashSet<>();
      for (Cited d : described.mentions()) {
        String article = d.citation().article();
        int at = d.citation().number();
        Map<Integer, Set<String>> lawyers = lawyersOf.getOrDefault(article, Map.of());
        Set<String> owners = new HashSet<>(lawyers.getOrDefault(at, Set.of()));
        owners.addAll(lawyers.getOrDefault(at - 1, Set.of()));
        List<Newsmaker> fits = owners.size() != 1 ? List.of()
            : namedWith.getOrDefault(article, Map.of()).getOrDefault(owners.iterator().next(), Set.of())
                .stream().map(current::get).toList();
        Newsmaker protagonist = about.get(article);
        Newsmaker lead = protagonist == null ? null : current.get(protagonist.mentions().get(0));
        whom.add(fits.size() == 1 ? fits.get(0) : lead != null && fits.contains(lead) ? lead : null);
      }
      if (whom.size() == 1 && !whom.contains(null)) {
        Newsmaker into = whom.iterator().next();
        current.put(into.mentions().get(0), foldInto(result, into, described));
      }
    }
    return result;
  }

  /** Someone's client, as their lawyer speaks of them: "his client", "the client", "client" as analysis leaves it. */
  private static final Pattern CLIENT = Pattern.compile("(?i)(?:(?:his|her|their|the) )?client");
  /** A lawyer's role, by whose: "Ann Cole's lawyer", "attorney for Ann Cole". */
  private static final Pattern LAWYER = Pattern.compile("(?i)(?:(.+?)['’]s? (?:defense |defence )?"
      + "(?:lawyer|attorney|counsel|solicitor)|(?:defense |defence )?(?:lawyer|attorney|counsel|solicitor) "
      + "(?:for|of|representing) (.+))");

  /**
   * {@code people} with each person a report describes by a post and names soon after with that
   * post, in one of the next {@link #RIGHT_AFTER} sentences, folded into the one so named ("The
   * mayor's budget director told reporters … 'We have time,' said Tom Hale, the budget
   * director."): a writer's description that the report then puts a name to. Whose post it is
   * ("the mayor's") is not the post, and the named person's role there must hold every other
   * post word of the description, with the same rank. Only a definite description that is no
   * relation ("his wife") and no plural, where every mention of it is followed so by the same one
   * person and by no other who fits, and where no one else the report named with the post
   * before it, as near as that person after, holds it: "the senator" then refers back.
   */
  private static List<Newsmaker> toNamedRightAfter(List<Newsmaker> people, Set<String> indefinite) {
    Map<String, TreeMap<Integer, Set<Newsmaker>>> named = namedBySentence(people);
    // each report's mentions giving a named person a post, with the person
    Map<String, List<Map.Entry<Newsmaker, Cited>>> posts = new HashMap<>();
    for (Newsmaker n : people) {
      for (Cited m : n.named() ? n.mentions() : List.<Cited>of()) {
        if (m.role() != null) {
          posts.computeIfAbsent(m.citation().article(), k -> new ArrayList<>()).add(Map.entry(n, m));
        }
      }
    }
    // each named person as folded so far, by the person it was
    Map<Newsmaker, Newsmaker> now = new IdentityHashMap<>();
    Set<Newsmaker> gone = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Newsmaker described : people) {
      Cited first = described.mentions().get(0);
      if (described.named() || plural(first.written()) || RoleRanking.relational(first.written())
          || RoleRanking.plain(first.written())) {
        continue;
      }
      Set<String> post = POST_WORDS.of(owned(first.written()));
      Set<String> rank = ranks(first.written());
      String owner = ownerOf(first.written());
      if (post.isEmpty()) {
        continue;
      }
      Set<Newsmaker> whom = new HashSet<>();
      for (Cited d : described.mentions()) {
        int at = d.citation().number();
        List<Map.Entry<Newsmaker, Cited>> reported = posts.getOrDefault(d.citation().article(), List.of());
        List<Newsmaker> fits = reported.stream()
            .filter(e -> e.getValue().citation().number() > at
                && e.getValue().citation().number() <= at + RIGHT_AFTER && holds(e.getValue(), post, rank, owner))
            .map(Map.Entry::getKey).distinct().toList();
        // "the senator" right after Sen. Hale was named refers back to him, not to a senator
        // named as many sentences on or more: how far on the one who fits is first named
        int ahead = fits.size() != 1 ? 0 : named.getOrDefault(d.citation().article(), new TreeMap<>())
            .subMap(at, false, at + RIGHT_AFTER, true).entrySet().stream()
            .filter(e -> e.getValue().contains(fits.get(0))).mapToInt(e -> e.getKey() - at).min().orElse(0);
        boolean heldBefore = reported.stream()
            .anyMatch(e -> e.getValue().citation().number() < at && at - e.getValue().citation().number() <= ahead
                && !fits.contains(e.getKey()) && holds(e.getValue(), post, rank, owner));
        whom.add(fits.size() == 1 && !heldBefore && !indefinite.contains(where(d.citation(), d.written()))
            ? fits.get(0) : null);
      }
      foldWhereOne(whom, described, now, gone);
    }
    return folded(people, now, gone);
  }

  /**
   * {@code people} with each person a report describes and then names, as the very next person
   * it names, folded into the one so named ("A new virus may spread, the health agency's chief
   * says." then "Ann Hale said the outbreak …"; "A port official said the ban was a mistake." then
   * "Tom Reyes, a spokesman for the port authority, told reporters …"): the writer's way of
   * bringing someone in by their post and giving the name after. Only where the description's
   * sentence names no one, the next sentence to name anyone comes at most {@link #RIGHT_AFTER}
   * on and names one person, whom the report had not named before, as the one who acts or
   * speaks there (not "hats that once belonged to Ann Hale"); where the report gives that person
   * a role, it shares a word with the description ("port") and holds the office the description
   * names, if any (a spokeswoman is no policy director), at the same rank (a deputy harbour
   * master is not the harbour master). Where an "a" or "an" brings the
   * description in, only in the report's opening, and the report must give the role, since
   * "an official" further on may be anyone. A
   * relation ("his wife"), a plain noun ("the woman") and a plural stay apart, and so does a
   * description whose mentions are not all followed so by the same person.
   */
  private static List<Newsmaker> toNamedThen(List<Newsmaker> people, Set<String> indefinite,
      Beside beside) {
    Map<String, TreeMap<Integer, Set<Newsmaker>>> named = namedBySentence(people);
    Map<Newsmaker, Newsmaker> now = new IdentityHashMap<>();
    Set<Newsmaker> gone = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Newsmaker described : people) {
      Cited first = described.mentions().get(0);
      if (described.named() || plural(first.written()) || RoleRanking.relational(first.written())
          || RoleRanking.plain(first.written()) || wordsOf(first.written(), null).isEmpty()) {
        continue;
      }
      Set<String> words = wordsOf(first.written(), first.affiliation());
      String office = Post.of(owned(first.written()), first.affiliation()).office();
      Set<String> rank = ranks(first.written());
      Set<Newsmaker> whom = new HashSet<>();
      for (Cited d : described.mentions()) {
        String article = d.citation().article();
        TreeMap<Integer, Set<Newsmaker>> byNumber = named.getOrDefault(article, new TreeMap<>());
        int at = d.citation().number();
        var next = byNumber.higherEntry(at);
        boolean brought = indefinite.contains(where(d.citation(), d.written()));
        Newsmaker person = next == null || next.getKey() > at + RIGHT_AFTER
            || byNumber.containsKey(at) || next.getValue().size() != 1 || brought && at > OPENING
            ? null : next.getValue().iterator().next();
        if (person != null) {
          List<Cited> there = person.mentions().stream()
              .filter(m -> m.citation().article().equals(article)).toList();
          boolean before = there.stream().anyMatch(m -> m.form() != null && m.citation().number() < at);
          List<Cited> roles = there.stream().filter(m -> m.role() != null).toList();
          boolean shares = roles.stream()
              .anyMatch(m -> !Collections.disjoint(words, wordsOf(m.role(), m.affiliation()))
                  && ranks(m.role()).equals(rank)
                  && (office == null || office.equals(Post.of(m.role(), m.affiliation()).office())));
          // "Dr Ann Cole of the port authority" is with a body the description may not be with
          boolean elsewhere = there.stream().anyMatch(m -> m.role() == null && m.affiliation() != null
              && !sameBody(first.affiliation(), m.affiliation()));
          if (!beside.acts(person, article, next.getKey()) || before || elsewhere
              || (roles.isEmpty() ? brought : !shares)) {
            person = null;
          }
        }
        whom.add(person);
      }
      foldWhereOne(whom, described, now, gone);
    }
    return folded(people, now, gone);
  }

  /**
   * Whether a description's country or organisation {@code described} (null where it names none)
   * may be the one {@code named} (a named person's): they are kept apart only on evidence, two
   * countries that differ ("Egypt", "the U.S. Centers for Disease Control") or two
   * organisations that share no word where neither is the other's acronym ("the CDC", "the
   * Centers for Disease Control"); a country against an organisation naming none is not known
   * to differ.
   */
  static boolean sameBody(String described, String named) {
    if (described == null) {
      return true;
    }
    String ours = countryIn(described);
    String theirs = countryIn(named);
    if (ours != null && theirs != null) {
      return ours.equals(theirs);
    }
    if (Countries.of(described) != null || Countries.of(named) != null) {
      return true;
    }
    Set<String> a = contentWords(described);
    Set<String> b = contentWords(named);
    return a.stream().anyMatch(b::contains) || abbreviates(described, named) || abbreviates(named, described);
  }

  /** The country {@code body} is or names a word of ("U.S. Coast Guard"), or null. */
  private static String countryIn(String body) {
    String whole = Countries.of(body);
    return whole != null ? whole
        : Stream.of(body.split("\\s+")).map(Countries::of).filter(c -> c != null).findFirst().orElse(null);
  }

  /** A body's words that are no function words, in plain spelling. */
  private static Set<String> contentWords(String body) {
    Set<String> words = new HashSet<>(List.of(Spelling.key(body).split(" ")));
    words.removeIf(w -> w.isEmpty() || FunctionWords.contains(w));
    return words;
  }

  /**
   * Whether {@code acronym} is written as one of {@code name}: its letters in order among the
   * initials of the name's words, the first the initial of the name's first word after any
   * country ("NIAID" of "US National Institute of Allergy and Infectious Diseases").
   */
  private static boolean abbreviates(String acronym, String name) {
    if (!Spelling.maybeAcronym(acronym)) {
      return false;
    }
    String letters = Spelling.letters(acronym);
    List<String> words = Stream.of(name.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
    int first = 0;
    while (first < words.size() - 1 && Countries.of(words.get(first)) != null) {
      first++;
    }
    if (letters.length() < 2 || words.size() - first < 2) {
      return false;
    }
    int matched = 0;
    for (int i = first; i < words.size() && matched < letters.length(); i++) {
      char initial = Character.toUpperCase(words.get(i).charAt(0));
      if (initial == letters.charAt(matched)) {
        matched++;
      } else if (i == first) {
        return false;
      }
    }
    return matched == letters.length();
  }

  /**
   * A role's post words with its affiliation's words: what a description and a role may share.
   * A head of something named by its head noun alone ("the agency's chief") has that noun.
   */
  private static Set<String> wordsOf(String role, String affiliation) {
    Set<String> words = new HashSet<>(POST_WORDS.of(owned(role)));
    Matcher head = HEAD.matcher(role);
    if (words.isEmpty() && head.find()) {
      words.add(head.group(1).toLowerCase(Locale.ROOT));
    }
    if (affiliation != null) {
      words.addAll(POST_WORDS.of(affiliation));
    }
    return words;
  }

  /**
   * Folds {@code described} into the one named person {@code whom} holds, as that person now is
   * ({@code now}), and marks it gone; nothing where {@code whom} holds several or none (null).
   */
  private static void foldWhereOne(Set<Newsmaker> whom, Newsmaker described,
      Map<Newsmaker, Newsmaker> now, Set<Newsmaker> gone) {
    if (whom.size() != 1 || whom.contains(null)) {
      return;
    }
    Newsmaker holder = whom.iterator().next();
    List<Cited> mentions = new ArrayList<>(now.getOrDefault(holder, holder).mentions());
    described.mentions().forEach(m -> mentions.add(possessed(m)));
    now.put(holder, new Newsmaker(true, mentions));
    gone.add(described);
  }

  /** {@code people} without those gone, each named person as folded ({@code now}). */
  private static List<Newsmaker> folded(List<Newsmaker> people, Map<Newsmaker, Newsmaker> now,
      Set<Newsmaker> gone) {
    return people.stream().filter(n -> !gone.contains(n)).map(n -> now.getOrDefault(n, n)).toList();
  }

  /** Whether mention {@code m} gives its person the post {@code post} of rank {@code rank} and owner {@code owner}. */
  private static boolean holds(Cited m, Set<String> post, Set<String> rank, String owner) {
    return m.role() != null && POST_WORDS.of(m.role()).containsAll(post)
        && ranks(m.role()).equals(rank) && sameOwner(owner, m);
  }

  /**
   * Whether a named person's mention {@code m} may hold the post of a description owned by
   * {@code owner} (its possessor's last word, "mayor"; or null): where the role or affiliation
   * says whose post it is ("spokesman for the governor", "Kent Police Chief", "the league's
   * spokesman"), it must name the description's owner.
   */
  private static boolean sameOwner(String owner, Cited m) {
    if (owner == null) {
      return true;
    }
    String role = m.role();
    Matcher possessor = POSSESSIVE.matcher(role);
    String theirs = m.affiliation() != null ? m.affiliation()
        : possessor.find() ? role.substring(0, possessor.start() + 1)
        : null;
    Matcher owning = OWNING.matcher(role);
    if (theirs == null && owning.find()) {
      theirs = role.substring(owning.end());
    }
    return theirs == null || words(theirs).contains(owner);
  }

  /**
   * A word opening whose a post is, in a role: "spokesman for the governor", "principal of Kent
   * High"; not a post's own words ("chief of staff", "secretary of state").
   */
  private static final Pattern OWNING = Pattern.compile(
      "\\s(?:for|of|at|with|to)\\s(?=(?:the|a|an|his|her|their|its)\\s|\\p{Lu})");

  /** The last word of whose a description's post is ("mayor" of "the mayor's budget director"), or null. */
  private static String ownerOf(String description) {
    String rest = owned(description);
    if (rest.equals(description)) {
      return null;
    }
    List<String> words = List.of(Spelling.plain(description.substring(0, description.length() - rest.length()))
        .replaceAll(" s$", "").split(" "));
    return words.get(words.size() - 1);
  }

  /** A description's words after whose it is: "budget director" of "the mayor's budget director". */
  private static String owned(String description) {
    Matcher owner = POSSESSIVE.matcher(description);
    int end = -1;
    while (owner.find()) {
      end = owner.end();
    }
    return end < 0 ? description : description.substring(end);
  }

  /**
   * {@code people} with each person described by party and state alone ("the Arizona
   * Republican", "a Democrat from Ohio") folded into the one person of that party and state the
   * report names before it, by what it sets beside the name ("Sen. Tom Hale, R-Ariz.,"): a second
   * reference to a lawmaker. Where the report names two such, or none, it stays a person of its own.
   */
  private static List<Newsmaker> toLawmakers(List<Newsmaker> people, Set<String> indefinite,
      Beside beside) {
    List<Newsmaker> result = new ArrayList<>(people);
    for (Newsmaker described : people) {
      Cited first = described.mentions().get(0);
      Matcher side = PARTY_AND_STATE.matcher(Cues.formerly(withoutArticle(first.written())));
      if (described.named() || !side.matches()) {
        continue;
      }
      String party = (side.group(2) != null ? side.group(2) : side.group(3)).toLowerCase(Locale.ROOT);
      String state = UsStates.of(side.group(1) != null ? side.group(1) : side.group(4));
      if (state == null) {
        continue;
      }
      Set<Newsmaker> whom = new HashSet<>();
      for (Cited d : described.mentions()) {
        Set<Newsmaker> fits = new HashSet<>();
        for (Newsmaker n : result) {
          for (Cited m : n.named() ? n.mentions() : List.<Cited>of()) {
            String at = m.citation().article() + "\t" + m.written();
            if (m.citation().article().equals(d.citation().article())
                && m.citation().number() <= d.citation().number()
                && party.equals(beside.parties().get(at)) && state.equals(beside.states().get(at))) {
              fits.add(n);
            }
          }
        }
        Newsmaker lawmaker = fits.size() == 1 && !indefinite.contains(where(d.citation(), d.written()))
            ? fits.iterator().next() : null;
        whom.add(lawmaker != null && lastBefore(lawmaker, d, party, result, beside) ? lawmaker : null);
      }
      boolean former = ranks(first.written()).contains("former");
      if (whom.size() != 1 || whom.contains(null) || former && whom.iterator().next().mentions().stream()
          .noneMatch(m -> m.role() != null && ranks(m.role()).contains("former"))) {
        continue;
      }
      foldInto(result, whom.iterator().next(), described);
    }
    return result;
  }

  /**
   * {@code result} with {@code described}'s mentions folded into named person {@code into}: the
   * person they make, which takes {@code into}'s place.
   */
  private static Newsmaker foldInto(List<Newsmaker> result, Newsmaker into, Newsmaker described) {
    List<Cited> mentions = new ArrayList<>(into.mentions());
    mentions.addAll(described.mentions());
    Newsmaker joined = new Newsmaker(true, mentions);
    result.set(result.indexOf(into), joined);
    result.remove(described);
    return joined;
  }

  /**
   * Whether {@code lawmaker} is named shortly before description {@code d}, in the writer's own
   * sentences ({@link Beside#shortlyBefore}), and no one else is named between who may be of
   * {@code party}: the second reference is to whom the report has just named ("Sen. Tom Hale,
   * R-Ariz., … Ann Cole, a Republican state senator, … The Arizona Republican said" is Cole's).
   */
  private static boolean lastBefore(Newsmaker lawmaker, Cited d, String party, List<Newsmaker> people,
      Beside beside) {
    String article = d.citation().article();
    int at = d.citation().number();
    int last = lawmaker.mentions().stream().filter(m -> m.citation().article().equals(article)
        && m.citation().number() <= at).mapToInt(m -> m.citation().number()).max().orElse(-1);
    if (last < 0 || last < at && !beside.shortlyBefore(article, last, at, NAMED_BEFORE)) {
      return false;
    }
    return people.stream().filter(n -> n.named() && n != lawmaker).flatMap(n -> n.mentions().stream())
        .filter(m -> m.citation().article().equals(article) && m.citation().number() > last
            && m.citation().number() < at)
        .map(m -> beside.parties().get(article + "\t" + m.written()))
        .allMatch(theirs -> theirs != null && !theirs.equals(party));
  }

  /** A description by state and party: "Arizona Republican", "former Ohio Democrat", "Democrat from Ohio". */
  private static final Pattern PARTY_AND_STATE = Pattern.compile("(?:former )?(?:([\\p{Lu}][\\p{L}.]*"
      + "(?: [\\p{Lu}][\\p{L}.]*)?) (Democrat|Republican|Independent)|(Democrat|Republican|Independent)"
      + " (?:of|from) ([\\p{Lu}][\\p{L}.]*(?: [\\p{Lu}][\\p{L}.]*)?))");

  /**
   * Of {@code holders}, each fitting {@code description}, those no source calls a former holder
   * of its post, where the description does not say "former" and some holder is left: "the
   * president" is the sitting one, not "former President Brand" whom a report also titles
   * "President Brand".
   */
  private static List<Newsmaker> sitting(List<Newsmaker> holders, String description,
      Map<Newsmaker, Held> helds) {
    Set<String> post = POST_WORDS.of(description);
    if (post.isEmpty() || ranks(description).contains("former")) {
      return holders;
    }
    List<Newsmaker> sitting = holders.stream().filter(n -> helds.computeIfAbsent(n, Held::of).roles()
        .stream().noneMatch(r -> ranks(r).contains("former") && POST_WORDS.of(r).containsAll(post)))
        .toList();
    return sitting.isEmpty() ? holders : sitting;
  }

  /**
   * Whether, where a holder fits a description only by a relation to someone ("Mr. Hallor's
   * wife" for "his wife"), every mention of the description is in a sentence naming that someone
   * or right after one: "Mr. Reyes was released. His wife said …" is Mr. Reyes's wife.
   */
  private static boolean ownerNamed(Set<String> owners, Newsmaker described, List<Newsmaker> people) {
    if (owners == null) {
      return true;
    }
    return described.mentions().stream().allMatch(d -> people.stream().filter(Newsmaker::named)
        .flatMap(n -> n.mentions().stream())
        .anyMatch(m -> m.citation().article().equals(d.citation().article())
            && m.citation().number() <= d.citation().number()
            && m.citation().number() >= d.citation().number() - 1
            && owners.stream().anyMatch(o -> words(m.written()).contains(o))));
  }

  private static Set<String> words(String text) {
    return Set.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
  }

  /**
   * Of {@code holders}, each fitting a description, the one named last before every mention of
   * it, up to {@link #NAMED_BEFORE} sentences before ("Mr. Patrick was asked whether … 'I'm not
   * that cool,' the governor replied", with another governor named further up): a writer refers
   * back to whom they have just named. Not one named in the mention's own sentence, who is
   * someone else ("Romney said the president had flip-flopped"). Else all of them, where none
   * or more than one is.
   */
  private static List<Newsmaker> namedLastOf(List<Newsmaker> holders, Newsmaker described,
      Beside beside) {
    Set<Newsmaker> last = new HashSet<>();
    for (Cited d : described.mentions()) {
      Newsmaker nearest = null;
      int at = -1;
      boolean tied = false;
      for (Newsmaker h : holders) {
        if (h.mentions().stream().anyMatch(m -> m.citation().equals(d.citation()))) {
          continue;
        }
        for (Cited m : h.mentions()) {
          int n = m.citation().number();
          if (!m.citation().article().equals(d.citation().article())
              || !beside.shortlyBefore(d.citation().article(), n, d.citation().number(), NAMED_BEFORE)) {
            continue;
          }
          if (n > at) {
            nearest = h;
            at = n;
            tied = false;
          } else if (n == at && h != nearest) {
            tied = true;
          }
        }
      }
      if (nearest == null) {
        // a headline or lead describing before anyone is named: whom the opening names next
        nearest = namedNextOf(holders, d, beside);
      }
      last.add(tied ? null : nearest);
    }
    return last.size() == 1 && !last.contains(null) ? List.copyOf(last) : holders;
  }

  /**
   * Whether one of {@code roles} holds a word of {@code post}: a headline's description joins
   * whom the opening names next only where the sources give them that post.
   */
  private static boolean sharesPost(List<String> roles, Set<String> post) {
    return roles.stream().anyMatch(r -> POST_WORDS.of(r).stream().anyMatch(post::contains));
  }

  /**
   * Whether a description is written as a headline writes it, every word but a few small ones
   * capitalised and no article before it ("N.C. Congressman", "Governor of Arizona"): a
   * headline's or a deck's, not a lead's "the former governor" or "The MP", which may be someone
   * the report never names.
   */
  private static boolean headlineCase(String description) {
    String[] words = description.strip().split("\\s+");
    // a headline drops the article: "The MP" opens a sentence, not a headline
    return !ARTICLE.matcher(description.strip() + " ").lookingAt()
        && Stream.of(words).allMatch(w -> Character.isUpperCase(w.charAt(0))
            || HEADLINE_SMALL_WORDS.contains(w));
  }

  /**
   * Capitalised words beside the function words ({@link FunctionWords}: "After", "When", "With")
   * that open a clause or phrase before a name: "Despite Sen. Tom Lund's objections", "Like Gov.
   * Tom Lund before her".
   */
  private static final Set<String> OPENING_WORDS = Set.of("like", "unlike", "despite", "without",
      "although", "though", "because", "until", "once", "following", "even", "new");
  /** A possessive right after a name: "'s", "’s". */
  private static final Pattern SAXON = Pattern.compile("['’]s?\\b");
  /**
   * A verb in the passive after a name, past what the writer sets beside it: " (R-Kent), a former
   * agent, was charged", " is expected to be".
   */
  private static final Pattern PASSIVE_AFTER = Pattern.compile("(?:\\s*\\([^)]{1,40}\\))?"
      + "(?:\\s*,[^,;:\"“”]{1,80},)?\\s*(?:is|was|were|are|has been|have been|had been|will be"
      + "|would be)\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}+(?:ed|en|wn|ne)\\b");
  /** A participle after a headline's description: "Accused", "Charged". */
  private static final Pattern PARTICIPLE = Pattern.compile("\\s+\\p{Lu}\\p{Ll}+ed\\b");

  /** Whether {@code described} is a headline's or a deck's description ({@link #ownKey}). */
  private static boolean headline(Newsmaker described) {
    return !described.named() && headlineMention(described.mentions().get(0));
  }

  /** Whether {@code m} is a description a headline or a deck writes, not a name: "Senator Accused …". */
  private static boolean headlineMention(Cited m) {
    return m.form() == null && m.citation().number() <= OPENING && headlineCase(m.written());
  }

  /** Words a headline leaves in lower case: "Governor of Arizona". */
  private static final Set<String> HEADLINE_SMALL_WORDS = Set.of("of", "for", "and", "the", "in",
      "at", "to", "on", "a", "an");

  /**
   * Of {@code holders}, the one named in the first sentence after {@code d} to name any of them,
   * where {@code d} is a headline's ({@link #headlineCase}) in the report's opening, before any
   * of them is named, and that sentence is at most {@link #NAMED_AFTER} on and names only one of
   * them; else null.
   */
  private static Newsmaker namedNextOf(List<Newsmaker> holders, Cited d, Beside beside) {
    int at = d.citation().number();
    if (at > OPENING || !headlineCase(d.written())) {
      return null;
    }
    TreeMap<Integer, Set<Newsmaker>> after = new TreeMap<>();
    for (Newsmaker h : holders) {
      // where a name is written, not a description folded in ("Deputy Mayor Takes Over")
      for (Cited m : h.mentions().stream().filter(m -> m.form() != null).toList()) {
        int n = m.citation().number();
        if (m.citation().article().equals(d.citation().article()) && n <= at + NAMED_AFTER) {
          after.computeIfAbsent(n, k -> new HashSet<>()).add(h);
        }
      }
    }
    var first = after.firstEntry();
    if (first == null || first.getKey() <= at) {
      return null;
    }
    if (first.getValue().size() == 1) {
      return first.getValue().iterator().next();
    }
    // several named: the one the sentence opens with is its subject, the headline's
    return first.getValue().stream()
        .filter(h -> opensFor(h, d, first.getKey(), beside)).findFirst().orElse(null);
  }

  /**
   * Whether {@code person} opens sentence {@code number}, one of several it names, as the subject
   * the headline's description {@code d} is: under a passive headline, only as the passive's
   * subject too, since a lead may open with who acted ("Senator Accused of Lying" over "Sen. Ann
   * Hale accused Sen. Tom Lund …"); and not a former post's description for someone the sources
   * give no former post.
   */
  private static boolean opensFor(Newsmaker person, Cited d, int number, Beside beside) {
    return (beside.passive(d) ? beside.opensPassive(person, d.citation().article(), number)
            : beside.opens(person, d.citation().article(), number))
        && (!ranks(d.written()).contains("former") || person.mentions().stream()
            .anyMatch(m -> m.role() != null && ranks(m.role()).contains("former")));
  }

  /**
   * Whether {@code person} is whom the report's opening names next after mention {@code d} of a
   * description in a headline ({@link #headlineCase}), which comes before it names anyone ("N.C.
   * Congressman Apologizes …" then "North Carolina Rep. Bob Etheridge said …"): a headline's
   * description of its newsmaker. Only the first sentence to name anyone, at most {@link #NAMED_AFTER} on, naming
   * that person alone.
   */
  private static boolean namedNextInOpening(Newsmaker person, Cited d,
      Map<String, TreeMap<Integer, Set<Newsmaker>>> named, Beside beside) {
    int at = d.citation().number();
    if (!headlineCase(d.written())) {
      return false;
    }
    TreeMap<Integer, Set<Newsmaker>> byNumber =
        named.getOrDefault(d.citation().article(), new TreeMap<>());
    var next = byNumber.higherEntry(at);
    return at <= OPENING && byNumber.headMap(at, true).isEmpty() && next != null
        && next.getKey() <= at + NAMED_AFTER && (next.getValue().equals(Set.of(person))
            || next.getValue().contains(person) && opensFor(person, d, next.getKey(), beside));
  }

  /**
   * {@code people} with each person a report's opening describes as one of a group before it
   * names anyone ("One of the most senior Liberals in the assembly said …") folded into the one
   * person the next sentence to name anyone names: a lead that keeps its newsmaker's name for
   * the sentence after. Only where every mention of the description is such a lead. A post
   * ("The former Essex governor said …") may be someone the lead does not go on to name.
   */
  private static List<Newsmaker> toNamedNext(List<Newsmaker> people, Set<String> indefinite) {
    Map<String, TreeMap<Integer, Set<Newsmaker>>> named = namedBySentence(people);
    List<Newsmaker> result = new ArrayList<>(people);
    for (Newsmaker described : people) {
      Cited first = described.mentions().get(0);
      // not "One of the governor's closest advisers", "One of his aides": someone's people are
      // no group that someone is in
      if (described.named() || !ONE_OF.matcher(first.written()).lookingAt()
          || first.written().contains("'s") || first.written().contains("’s")) {
        continue;
      }
      Set<Newsmaker> subjects = new HashSet<>();
      for (Cited m : described.mentions()) {
        int at = m.citation().number();
        TreeMap<Integer, Set<Newsmaker>> byNumber = named.getOrDefault(m.citation().article(), new TreeMap<>());
        var next = byNumber.higherEntry(at);
        boolean lead = at <= OPENING && !indefinite.contains(where(m.citation(), m.written()))
            && byNumber.headMap(at, true).isEmpty()
            && next != null && next.getKey() <= at + NAMED_AFTER && next.getValue().size() == 1;
        subjects.add(lead ? next.getValue().iterator().next() : null);
      }
      if (subjects.size() != 1 || subjects.contains(null) || !result.contains(subjects.iterator().next())) {
        continue;
      }
      foldInto(result, subjects.iterator().next(), described);
    }
    return result;
  }

  /**
   * {@code people} with each described person no named person's role fits folded into the
   * person its articles are about, where that is clear: "The former Dorset senator has a daughter"
   * in a report that names Rick Sorum most, and gives him no post the description's words
   * contradict. A writer's other words for whom the report is about. Only a definite description
   * of two words or more naming a post ("the former Dorset senator", not "the senator" or "a
   * senator"), only where every article that writes it so is about the same person (named in
   * three sentences or more, more than anyone else), and only where that person is named in one
   * of the three sentences before it.
   */
  private static List<Newsmaker> toProtagonists(List<Newsmaker> people, Set<String> indefinite,
      Beside beside) {
    Map<String, Newsmaker> about = protagonists(people);
    if (about.isEmpty()) {
      return people;
    }
    List<Newsmaker> result = new ArrayList<>(people);
    Map<String, TreeMap<Integer, Set<Newsmaker>>> named = namedBySentence(people);
    // each person an article is about as they are now, having taken in descriptions
    Map<Newsmaker, Newsmaker> now = new IdentityHashMap<>();
    for (Newsmaker described : people) {
      if (described.named() || plural(described.mentions().get(0).written())
          || RoleRanking.plain(described.mentions().get(0).written())) {
        continue;
      }
      Cited first = described.mentions().get(0);
      String written = withoutArticle(first.written());
      Set<String> post = POST_WORDS.of(first.written());
      // "the New York Democrat", "the 46-year-old": no post, so none to contradict
      Matcher aged = AGED.matcher(written);
      boolean byAge = aged.matches();
      boolean byPartyOrAge = RoleRanking.namesAParty(written) || byAge;
      if (!byPartyOrAge && (!Cues.formerly(written).contains(" ") || post.isEmpty()
          || RoleRanking.relational(first.written()))) {
        continue;
      }
      Set<Newsmaker> subjects = new HashSet<>();
      for (Cited m : described.mentions()) {
        if (!indefinite.contains(where(m.citation(), m.written()))) {
          subjects.add(about.get(m.citation().article()));
        }
      }
      if (subjects.size() != 1 || subjects.contains(null)) {
        continue;
      }
      Newsmaker protagonist = subjects.iterator().next();
      Newsmaker subject = now.getOrDefault(protagonist, protagonist);
      List<String> roles = subject.mentions().stream().map(Cited::role).filter(r -> r != null).toList();
      boolean holdsPost = sharesPost(roles, post);
      if (!byPartyOrAge && !roles.isEmpty() && !holdsPost
          || !described.mentions().stream().allMatch(d -> namedJustBefore(subject, d, beside)
              || holdsPost && namedNextInOpening(protagonist, d, named, beside))
          || byPartyOrAge && (!described.mentions().stream()
                  .allMatch(d -> namedLast(protagonist, d, named)
                      || holdsPost && namedNextInOpening(protagonist, d, named, beside))
              || !byAge && ofAnotherParty(subject, RoleRanking.party(written), beside.parties())
              || !byAge && ofAnotherChamber(written, roles)
              || byAge && !agedSo(subject, described, aged.group(1), beside.ages()))) {
        continue;
      }
      now.put(protagonist, foldInto(result, subject, described));
    }
    return result;
  }

  /**
   * Whether no one else is given the age {@code age} in the articles of {@code described}'s
   * mentions ("Rick Lund, 34, …": "the 34-year-old" is Lund, whoever was named last), and
   * {@code person} is given no other.
   */
  private static boolean agedSo(Newsmaker person, Newsmaker described, String age,
      Map<String, String> ages) {
    Set<String> forms = new HashSet<>();
    person.mentions().forEach(m -> forms.add(m.written()));
    return described.mentions().stream().allMatch(d -> {
      String given = ages.get(d.citation().article() + "\t" + age);
      return given == null ? ages.entrySet().stream().noneMatch(e -> e.getKey().startsWith(
              d.citation().article() + "\t") && forms.contains(e.getValue()))
          : forms.contains(given);
    });
  }

  /**
   * What the sources set beside named people's names: their age ("Rick Lund, 34, an economics
   * professor"), by article and age (article TAB age), the name as written; and their party
   * ("Ann Brand, a Democrat,", "Ann Brand (D-Wessex)"), by article and name, the party's word.
   */
  record Beside(Map<String, String> ages, Map<String, String> parties, Map<String, String> states,
      Map<String, Set<Integer>> quoted, Map<String, String> openers, Set<String> passiveHeadlines,
      Set<String> passiveOpeners, Set<String> speakers) {
    static Beside of(List<Source> sources) {
      Map<String, String> ages = new TreeMap<>();
      Map<String, String> parties = new TreeMap<>();
      Map<String, String> states = new TreeMap<>();
      Map<String, Set<Integer>> quoted = new HashMap<>();
      Map<String, String> openers = new HashMap<>();
      Set<String> passiveHeadlines = new HashSet<>();
      Set<String> passiveOpeners = new HashSet<>();
      Set<String> speakers = new HashSet<>();
      for (Source s : sources) {
        for (Quote q : s.analysis().quotes()) {
          if (q.speaker() != null) {
            Stream.concat(q.sentences().stream(), Stream.of(q.span().sentence())).forEach(x ->
                speakers.add(s.id() + "\t" + new Citation(s.id(), x).number() + "\t" + q.speaker()));
          }
        }
        Map<String, String> texts = new HashMap<>();
        s.analysis().sentences().forEach(x -> texts.put(x.id(), x.text()));
        quoted.put(s.id(), quotedSentences(s, texts));
        for (PersonMention p : s.analysis().people()) {
          String text = texts.get(p.span().sentence());
          if (text != null && !p.named() && p.span().end() <= text.length()
              && PARTICIPLE.matcher(text.substring(p.span().end())).lookingAt()) {
            passiveHeadlines.add(s.id() + "\t" + new Citation(s.id(), p.span().sentence()).number());
          }
          if (!p.named() || text == null || p.span().end() > text.length()) {
            continue;
          }
          if (opens(text, p.span().start(), p.span().end())) {
            String at = s.id() + "\t" + new Citation(s.id(), p.span().sentence()).number();
            openers.putIfAbsent(at, p.name());
            if (PASSIVE_AFTER.matcher(text.substring(p.span().end())).lookingAt()) {
              passiveOpeners.add(at + "\t" + p.name());
            }
          }
          String after = text.substring(p.span().end());
          Matcher age = AGE_GIVEN.matcher(after);
          if (age.lookingAt()) {
            ages.putIfAbsent(s.id() + "\t" + age.group(1), p.name());
          }
          Matcher party = PARTY_GIVEN.matcher(after);
          if (party.lookingAt()) {
            String word = party.group(1) != null ? party.group(1).toLowerCase(Locale.ROOT)
                : party.group(3).equals("D") ? "democrat" : party.group(3).equals("R") ? "republican"
                : "independent";
            parties.putIfAbsent(s.id() + "\t" + p.name(), word);
            String state = stateOf(party.group(2) != null ? party.group(2) : party.group(4));
            if (state != null) {
              states.putIfAbsent(s.id() + "\t" + p.name(), state);
            }
          }
        }
      }
      return new Beside(ages, parties, states, quoted, openers, passiveHeadlines, passiveOpeners,
          speakers);
    }

    /**
     * Whether the description {@code d} is a headline's subject whose verb is a participle, a
     * passive ("Senator Accused of Lying"): whom the lead opens with is as often who acted on them
     * ("Sen. Ann Hale accused Sen. Tom Lund …").
     */
    boolean passive(Cited d) {
      return passiveHeadlines.contains(d.citation().article() + "\t" + d.citation().number());
    }

    /**
     * Whether {@code person}, opening sentence {@code number} of {@code article}, is its subject
     * in the passive ("Rep. Tom Lund (R-Kent), a former agent, was charged …"), as the
     * headline's passive subject is.
     */
    boolean opensPassive(Newsmaker person, String article, int number) {
      String name = openers.get(article + "\t" + number);
      return name != null && passiveOpeners.contains(article + "\t" + number + "\t" + name)
          && opens(person, article, number);
    }

    /**
     * Whether the name from {@code start} to {@code end} opens {@code text}, after a dateline and
     * nothing but titles and places ("Kent Democratic Rep. Ann Brand …"), and is no one's whose
     * noun follows ("Sen. Tom Lund's successor …"): the sentence's subject.
     */
    private static boolean opens(String text, int start, int end) {
      int from = Datelines.end(text);
      if (start < from || SAXON.matcher(text.substring(end)).lookingAt()) {
        return false;
      }
      String before = text.substring(from, start).strip();
      return before.isEmpty() || Stream.of(before.split("\\s+")).allMatch(w ->
          Character.isUpperCase(w.charAt(0)) && !FunctionWords.contains(w.toLowerCase(Locale.ROOT))
              && !OPENING_WORDS.contains(w.toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether {@code person} opens sentence {@code number} of {@code article} ({@link #opens}) or
     * is credited there with a quotation: what the sentence tells is theirs.
     */
    boolean acts(Newsmaker person, String article, int number) {
      return opens(person, article, number) || person.mentions().stream().anyMatch(m ->
          m.citation().article().equals(article) && m.citation().number() == number
              && (speakers.contains(article + "\t" + number + "\t" + m.written())
                  || m.form() != null && speakers.contains(article + "\t" + number + "\t" + m.form())));
    }

    /**
     * Whether {@code person} is named first in sentence {@code number} of {@code article}, opening
     * it with nothing but a title before the name ("Rep. Ann Brand (D-Kent), who is running to
     * succeed retiring Sen. Tom Lund, faced …"): the sentence's subject, whoever else it names.
     */
    boolean opens(Newsmaker person, String article, int number) {
      String name = openers.get(article + "\t" + number);
      return name != null && person.mentions().stream().anyMatch(m -> m.written().equals(name)
          && m.citation().article().equals(article) && m.citation().number() == number);
    }

    /**
     * Whether sentence {@code before} of {@code article} comes before sentence {@code at} by at
     * most {@code sentences} of the writer's own: a sentence wholly inside a quotation ("This is
     * our war." in a speech quoted over three sentences) is the speaker's, and a description
     * after it still refers back to whom the writer named before the quotation.
     */
    boolean shortlyBefore(String article, int before, int at, int sentences) {
      if (before >= at) {
        return false;
      }
      Set<Integer> inQuotation = quoted.getOrDefault(article, Set.of());
      int writers = 0;
      for (int n = before + 1; n < at && writers < sentences; n++) {
        if (!inQuotation.contains(n)) {
          writers++;
        }
      }
      return writers < sentences;
    }

    /**
     * The numbers of {@code source}'s sentences that lie wholly inside a full quotation, their
     * words all within its marks: the quotation's own sentences after its first, and its first
     * where the quotation opens it.
     */
    private static Set<Integer> quotedSentences(Source source, Map<String, String> texts) {
      Set<Integer> found = new HashSet<>();
      for (Quote q : source.analysis().quotes()) {
        if (q.partial()) {
          continue;
        }
        for (int i = 0; i < q.sentences().size(); i++) {
          String text = texts.get(q.sentences().get(i));
          if (text != null && !outsideQuotation(text, i > 0)) {
            found.add(new Citation(source.id(), q.sentences().get(i)).number());
          }
        }
      }
      return found;
    }

    /** Whether {@code text} has a letter outside quotation marks, read from inside one where {@code open}. */
    private static boolean outsideQuotation(String text, boolean open) {
      boolean inside = open;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"') {
          inside = !inside;
        } else if (c == '“') {
          inside = true;
        } else if (c == '”') {
          inside = false;
        } else if (!inside && Character.isLetter(c)) {
          return true;
        }
      }
      return false;
    }

    /** The state {@code written} names, or its first word does ("Ohio" in "D-Ohio Senate"), or null. */
    private static String stateOf(String written) {
      if (written == null) {
        return null;
      }
      String state = UsStates.of(written);
      return state != null ? state : UsStates.of(written.split("\\s")[0]);
    }
  }

  /** An age set beside a name: "Rick Lund, 34,". */
  private static final Pattern AGE_GIVEN = Pattern.compile(",\\s*(\\d{1,3}),");
  /**
   * A party set beside a name, with the state where one is given: ", a Democrat", ", Republican
   * of Kent", " (D-Wessex)", ", R-Kent,", " (R-N.C.)".
   */
  private static final Pattern PARTY_GIVEN = Pattern.compile("(?:,\\s*(?:an?\\s+)?(Democrat|Republican"
      + "|Independent)\\b(?:\\s+(?:of|from)\\s+(\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?))?"
      + "|\\s*[(,]\\s*([DRI])-(\\p{Lu}[\\p{L}.]*(?:\\s?\\p{Lu}[\\p{L}.]*)?))");
  /** A second reference by age: "46-year-old". */
  private static final Pattern AGED = Pattern.compile("(\\d{1,3})-year-old");

  /**
   * Whether a description by party names a chamber ("the House Democrat", "a Senate
   * Republican") that none of {@code roles}, a person's roles where the sources give any, sits in
   * ("deputy director of the agency"): a lawmaker of that chamber is someone else.
   */
  private static boolean ofAnotherChamber(String description, List<String> roles) {
    Set<String> words = words(description);
    for (Map.Entry<String, Set<String>> chamber : CHAMBERS.entrySet()) {
      if (words.contains(chamber.getKey()) && !roles.isEmpty() && roles.stream()
          .noneMatch(r -> words(Cues.formerly(r)).stream().anyMatch(chamber.getValue()::contains))) {
        return true;
      }
    }
    return false;
  }

  /** A legislature's chambers, by the word a description names each by, and the words of its members' posts. */
  private static final Map<String, Set<String>> CHAMBERS = Map.of(
      "house", Set.of("house", "representative", "rep", "congressman", "congresswoman", "lawmaker",
          "speaker", "whip", "assemblyman", "assemblywoman", "mp"),
      "senate", Set.of("senate", "senator", "sen", "lawmaker"));

  /**
   * Whether any role or affiliation of {@code person}, or what a source sets beside their name
   * ({@code parties}), names a party other than {@code party}.
   */
  private static boolean ofAnotherParty(Newsmaker person, String party, Map<String, String> parties) {
    return person.mentions().stream()
        .flatMap(m -> Stream.of(m.role(), m.affiliation(),
            parties.get(m.citation().article() + "\t" + m.written())))
        .filter(r -> r != null).map(RoleRanking::party)
        .anyMatch(p -> p != null && !p.equals(party));
  }

  /** Each article's named people by the number of the sentence that names them. */
  private static Map<String, TreeMap<Integer, Set<Newsmaker>>> namedBySentence(List<Newsmaker> people) {
    Map<String, TreeMap<Integer, Set<Newsmaker>>> named = new HashMap<>();
    for (Newsmaker n : people) {
      if (n.named()) {
        // where the name is written, not a description folded in
        n.mentions().stream().filter(m -> m.form() != null).forEach(m -> named.computeIfAbsent(
                m.citation().article(), k -> new TreeMap<>())
            .computeIfAbsent(m.citation().number(), k -> new HashSet<>()).add(n));
      }
    }
    return named;
  }

  /**
   * Whether {@code person} is the one named last before mention {@code d} of a description,
   * alone in their sentence, and not in the mention's own: a second reference by party or age
   * ("the Arizona Republican said Sorum must go") is to whom the report has just named, and never
   * to someone the same sentence names.
   */
  private static boolean namedLast(Newsmaker person, Cited d,
      Map<String, TreeMap<Integer, Set<Newsmaker>>> named) {
    TreeMap<Integer, Set<Newsmaker>> byNumber = named.getOrDefault(d.citation().article(), new TreeMap<>());
    var before = byNumber.lowerEntry(d.citation().number());
    return before != null && before.getValue().equals(Set.of(person))
        && !byNumber.getOrDefault(d.citation().number(), Set.of()).contains(person);
  }

  /**
   * Whether {@code subject} is named in one of the few sentences before mention {@code d} of a
   * description, in its article: a writer's other words for someone come soon after the name,
   * not in a part of the page far from it.
   */
  private static boolean namedJustBefore(Newsmaker subject, Cited d, Beside beside) {
    return subject.mentions().stream()
        .anyMatch(m -> m.citation().article().equals(d.citation().article())
            && beside.shortlyBefore(d.citation().article(), m.citation().number(),
                d.citation().number(), NAMED_BEFORE));
  }

  /**
   * The person each article is about: named in more of its sentences than anyone else, and in
   * three or more; articles with no such person are left out.
   */
  private static Map<String, Newsmaker> protagonists(List<Newsmaker> people) {
    Map<String, Newsmaker> best = new HashMap<>();
    Map<String, Integer> most = new HashMap<>();
    Map<String, Integer> second = new HashMap<>();
    for (Newsmaker n : people) {
      if (!n.named()) {
        continue;
      }
      Map<String, Set<String>> sentences = new HashMap<>();
      n.mentions().forEach(m -> sentences.computeIfAbsent(m.citation().article(), k -> new HashSet<>())
          .add(m.citation().sentence()));
      sentences.forEach((article, ids) -> {
        int count = ids.size();
        if (count > most.getOrDefault(article, 0)) {
          second.put(article, most.getOrDefault(article, 0));
          most.put(article, count);
          best.put(article, n);
        } else if (count > second.getOrDefault(article, 0)) {
          second.put(article, count);
        }
      });
    }
    Map<String, Newsmaker> about = new HashMap<>();
    best.forEach((article, n) -> {
      if (most.get(article) >= PROTAGONIST_SENTENCES && most.get(article) > second.getOrDefault(article, 0)) {
        about.put(article, n);
      }
    });
    return about;
  }

  /**
   * A description's mention as its holder's: a possessive's post without what it says of the
   * possessor ("Grove's attorney" for "New Dorset Rep. Alan Grove's attorney"), whose country or
   * organisation is the possessor's, not the holder's.
   */
  private static Cited possessed(Cited m) {
    String post = m.role() == null ? null : Post.whose(m.role());
    return post == null || post.equals(m.role()) ? m
        : new Cited(m.citation(), m.written(), m.form(), post, null);
  }

  /**
   * Whether {@code description} names several people: its head noun, the last word before any
   * "of", "for", "at" or "in", is an English plural ("senior administration officials").
   */
  static boolean plural(String description) {
    String head = description.strip().split("\\s+(of|for|at|in|from|with)\\s+")[0];
    String[] words = head.split("\\s+");
    String last = words[words.length - 1];
    if (last.isEmpty() || words.length > 1 && !Character.isLowerCase(last.charAt(0))) {
      return false; // "the governor of Texas", "a Times"
    }
    String plain = Spelling.plain(last);
    return !FunctionWords.singular(plain).equals(plain) || plain.endsWith("people");
  }

  /**
   * What a description asks of the named person it may be, read once per description: every
   * description is tried against every named person (H1N1, 396 articles: some 180,000 pairs;
   * reading the description anew for each pair was a quarter of merging the people).
   *
   * @param post the description's post words, without its affiliation's
   * @param affiliation its affiliation, plain, or null
   * @param rank its rank words
   * @param office the office it names under whatever name
   */
  private record Wanted(Set<String> post, String affiliation, Set<String> rank, Post office) {
    static Wanted of(Cited description) {
      String affiliation = description.affiliation() == null ? null : Spelling.plain(description.affiliation());
      // "the agency's chief veterinary officer": the possessive's "s" is no part of the word
      Set<String> post = new TreeSet<>(POST_WORDS.of(SAXON_S.matcher(description.written()).replaceAll("")));
      if (affiliation != null) {
        post.removeIf(w -> w.startsWith(affiliation) || affiliation.contains(w));
      }
      return new Wanted(post, affiliation, ranks(description.written()),
          Post.of(description.written(), description.affiliation()));
    }

    /** Whether the description's post words and affiliation are among {@code person}'s. */
    boolean fits(Held person) {
      if (post.isEmpty()) {
        return false;
      }
      if (affiliation != null && !person.affiliations().contains(affiliation)) {
        return false;
      }
      // no role of theirs can hold every post word that their roles together do not
      return person.postWords().containsAll(post)
          && person.roles().stream().anyMatch(r -> ranks(r).equals(rank) && POST_WORDS.of(r).containsAll(post));
    }

    /**
     * Whether the description names, under another name of the same office, a post {@code
     * person} holds ("the top Ruritanian diplomat" for the Ruritanian Foreign Minister, "a
     * Vatican spokesman" for the Vatican's press secretary): the same office and rank, the
     * description's country the person's and its organisation's words among the role's. A
     * description with neither country nor organisation ("the spokesman") says too little to be
     * anyone's.
     */
    boolean holdsOffice(Held person) {
      if (!office.specific() || !person.offices().contains(office.office())) {
        return false;
      }
      return person.posts().stream().anyMatch(p -> office.describes(p, person.countries()));
    }
  }

  /**
   * What a named person's mentions hold that a description is matched against, worked out once
   * per person: their sources, affiliations (plain), roles, the roles' keys and post words, and
   * the posts, offices and countries of those roles.
   */
  private record Held(Set<String> sources, Set<String> affiliations, List<String> roles, Set<String> roleKeys,
      Set<String> postWords, List<Post> posts, Set<String> offices, Set<String> countries,
      Map<String, Set<String>> owners) {
    static Held of(Newsmaker person) {
      Set<String> affiliations = new TreeSet<>();
      Set<String> roleKeys = new HashSet<>();
      // the keys a relation to someone gives, and whom ("wife": "hallor"), where no role gives
      // them outright
      Map<String, Set<String>> owners = new HashMap<>();
      Set<String> outright = new HashSet<>();
      List<String> roles = new ArrayList<>();
      Set<String> countries = new TreeSet<>();
      List<Post> posts = new ArrayList<>();
      for (Cited m : person.mentions()) {
        // a headline's words for them ("Senator Accused of Lying") are no post a report gives
        if (headlineMention(m)) {
          continue;
        }
        if (m.affiliation() != null) {
          affiliations.add(Spelling.plain(m.affiliation()));
          if (Countries.of(m.affiliation()) != null) {
            countries.add(Countries.of(m.affiliation()));
          }
        }
        if (m.role() != null) {
          roles.add(m.role());
          roleKeys.add(key(m.role()));
          outright.add(key(m.role()));
          // "Mr. Hallor's wife" is the wife a report that tells of Mr. Hallor means by "his wife"
          Matcher owner = POSSESSIVE.matcher(m.role());
          if (RoleRanking.relational(m.role()) && owner.find()) {
            String relation = key(m.role().substring(owner.end()));
            roleKeys.add(relation);
            List<String> ownerWords = List.of(m.role().substring(0, owner.start() + 1)
                .toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
            owners.computeIfAbsent(relation, k -> new TreeSet<>()).add(ownerWords.get(ownerWords.size() - 1));
          }
          if (!RoleRanking.relational(m.role())) {
            Post post = Post.of(m.role(), m.affiliation());
            posts.add(post);
            if (post.country() != null) {
              countries.add(post.country());
            }
          }
        }
      }
      Set<String> postWords = new HashSet<>();
      roles.forEach(r -> postWords.addAll(POST_WORDS.of(r)));
      Set<String> offices = new HashSet<>();
      posts.forEach(p -> offices.add(p.office()));
      owners.keySet().removeAll(outright);
      return new Held(person.sources(), affiliations, roles, roleKeys, postWords, posts, offices,
          countries, owners);
    }
  }

  /** The words that make a post another one: a deputy foreign minister is not the foreign minister. */
  private static Set<String> ranks(String role) {
    return RANKS_OF.of(role);
  }

  /**
   * A role's post words and rank words, remembered: each description is tried against every role
   * of every candidate (H1N1: a sixth of merging the people, worked out anew each time).
   */
  private static final Remembered<Set<String>> POST_WORDS = new Remembered<>(role -> Set.copyOf(Cues.words(List.of(role))));
  private static final Remembered<Set<String>> RANKS_OF = new Remembered<>(role -> {
    List<String> words = List.of(Spelling.plain(Cues.formerly(role)).split(" "));
    Set<String> ranks = new TreeSet<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).equals("lt") ? "lieutenant" : words.get(i);
      // a lieutenant governor holds another office than the governor; a lieutenant general, a
      // police lieutenant are what "the general", "the lieutenant" name
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      if (!w.equals("lieutenant") || next.equals("governor") || next.equals("gov")) {
        ranks.add(w);
      }
    }
    ranks.removeIf(w -> !Ranks.contains(w));
    return Set.copyOf(ranks);
  });

  /** "One of the most senior Liberals …": one person of a group, the way a lead brings someone in. */
  private static final Pattern ONE_OF = Pattern.compile("(?i)one of the\\s");

  /** The key descriptions share when they differ only in case, punctuation and a leading article. */
  static String key(String description) {
    return KEYS.of(description);
  }

  /**
   * Keys already worked out: joining descriptions compares each with the roles of every named
   * person, again and again on a long story.
   */
  private static final Remembered<String> KEYS =
      new Remembered<>(description -> Spelling.plain(withoutArticle(description)));
  private static final Pattern ARTICLE = Pattern.compile("(?i)^(a|an|the)\\s+");

  /** {@code description} without a leading "a", "an" or "the". */
  static String withoutArticle(String description) {
    return ARTICLE.matcher(description.strip()).replaceFirst("");
  }
}
