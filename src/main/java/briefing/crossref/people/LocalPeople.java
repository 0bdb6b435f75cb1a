package briefing.crossref.people;

import briefing.crossref.Spelling;
import briefing.crossref.timeline.ReadersComments;
import briefing.model.Source;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The people one article names, each with every mention that names them: a bare surname or
 * "Mr X" joins the one person of that surname its title and sex fit; two full names with
 * different first or middle names stay apart unless their post makes them one ({@link
 * OnePost}), and so do a name with a generation suffix and the same name without it ("Jesse
 * Jackson Jr." and his father, "Jesse Jackson").
 */
final class LocalPeople {
  /**
   * One named mention of a person in one article, at its place in reading order.
   *
   * @param written what the sentence writes right before the name and the name ("... Sen. Reid"),
   *     where titles and honorifics are read from
   */
  record Mention(String article, int order, PersonName name, PersonMention mention, String written) {}

  private LocalPeople() {}

  /**
   * The people named in {@code analysis} (in reading order), skipping anyone whose plain name is
   * in {@code credits}; each person's mentions in reading order, people by first mention. A bare
   * surname that two people of the article could both be is left out: see {@link #owners}.
   */
  static List<List<Mention>> of(String article, AnalyzedArticle analysis, Set<String> credits,
      Posts posts) {
    Map<String, String> texts = new HashMap<>();
    analysis.sentences().forEach(s -> texts.put(s.id(), s.text()));
    HeadlineNames headline = new HeadlineNames(analysis);
    Set<String> comments = readersComments(analysis);
    List<Mention> named = new ArrayList<>();
    for (PersonMention m : analysis.people()) {
      if (comments.contains(m.span().sentence())) {
        continue;
      }
      PersonName name = m.named() ? PersonName.of(m.name()) : null;
      if (name != null) {
        name = headline.read(m, name);
      }
      if (name != null && !credits.contains(Spelling.plain(name.form()))) {
        named.add(new Mention(article, named.size(), name, m, written(m, texts.get(m.span().sentence()))));
      }
    }
    List<List<Mention>> people = new ArrayList<>();
    for (Mention m : named) {
      if (!m.name().bareSurname()) {
        people.stream().filter(p -> fullNames(p).anyMatch(n -> sameName(n, m.name()))
                && (Cues.sameSex(p, m) || sameForm(p, m))).findFirst()
            .or(() -> people.stream().filter(p -> OnePost.samePerson(p, List.of(m))).findFirst())
            .orElseGet(() -> add(people)).add(m);
      }
    }
    markNamesakes(people);
    List<List<Mention>> fullNamed = List.copyOf(people);
    for (Mention m : named) {
      if (m.name().bareSurname()) {
        List<List<Mention>> candidates = owners(fullNamed, m).stream()
            .filter(p -> !posts.heldByAnother(p, m)).toList();
        if (candidates.size() == 1) {
          // Joined despite a weak cue: the pronoun's sex was another person's, so it is dropped.
          candidates.get(0).add(Cues.compatible(candidates.get(0), m) ? m : sexless(m));
        } else if (candidates.isEmpty()) {
          // Only honorifics part two people named by surname alone: a pronoun may be another's.
          people.stream()
              .filter(p -> p.stream().allMatch(x -> x.name().bareSurname())
                  && p.get(0).name().sameSurname(m.name()) && Cues.honorificsAgree(p, m))
              .findFirst().orElseGet(() -> add(people)).add(m);
        }
        // Two or more people fit ("Hallor" after Tom and Ann Hallor): not guessed.
      }
    }
    joinTitledBySurname(people, fullNamed, posts);
    joinNicknames(people, texts);
    people.forEach(p -> p.sort(java.util.Comparator.comparingInt(Mention::order)));
    people.sort(java.util.Comparator.comparingInt(p -> p.get(0).order()));
    return people;
  }

  /**
   * The posts one person holds at a time that the story's articles give people they name in full,
   * by surname: "President Hallor" in an article that names only Ann Hallor in full is the Tom
   * Hallor another article calls President, not her. A post many hold ("Sen.") tells no one apart.
   */
  static final class Posts {
    /** The posts one person holds at a time, by their last word. */
    private static final Set<String> ONE_AT_A_TIME = Set.of("president", "governor", "gov", "mayor",
        "premier", "chancellor", "king", "queen", "pope");
    /** What says a post is held no longer. */
    private static final Pattern FORMER = Pattern.compile(
        "\\b(?:former|ex|late|then|onetime|past)\\b");

    /** Someone named in full who holds such a post: their first name, plain, and the post. */
    private record Holder(String given, String post) {}

    /** The holders of such posts, by surname key. */
    private final Map<String, List<Holder>> bySurname = new HashMap<>();

    /** The posts of everyone {@code sources} name in full with a role. */
    static Posts of(List<Source> sources) {
      Posts posts = new Posts();
      for (Source s : sources) {
        for (PersonMention m : s.analysis().people()) {
          PersonName name = m.named() && oneHolds(m.role()) ? PersonName.of(m.name()) : null;
          if (name != null && !name.bareSurname()) {
            posts.bySurname.computeIfAbsent(name.surnameKey(), k -> new ArrayList<>())
                .add(new Holder(Spelling.plain(name.given()), m.role()));
          }
        }
      }
      return posts;
    }

    /**
     * Whether {@code role} is a post one person holds at a time, held now: "President", "the
     * governor of Wessex"; not "the president's daughter", "former President", "Sen.".
     */
    private static boolean oneHolds(String role) {
      if (role == null) {
        return false;
      }
      String plain = Spelling.plain(role);
      String post = plain.split(" (?:of|for|in) ")[0].strip();
      return !FORMER.matcher(plain).find() && (ONE_AT_A_TIME.contains(post.substring(post.lastIndexOf(' ') + 1))
          || post.endsWith("prime minister"));
    }

    /**
     * Whether {@code bare} is given a post ("President Hallor", or "Mr. Hallor" where the
     * article calls him the president) that {@code person} is not given and someone of that
     * surname with another first name is, in any article.
     */
    boolean heldByAnother(List<Mention> person, Mention bare) {
      if (bare.mention().role() == null || bare.mention().role().isBlank()) {
        return false;
      }
      List<String> roles = person.stream().filter(m -> !m.name().bareSurname())
          .map(m -> m.mention().role()).filter(r -> r != null).toList();
      if (Cues.holds(roles, bare)) {
        return false;
      }
      Set<String> given = fullNames(person).map(n -> Spelling.plain(n.given()))
          .collect(Collectors.toSet());
      return bySurname.getOrDefault(bare.name().surnameKey(), List.of()).stream()
          .anyMatch(h -> !given.contains(h.given()) && Cues.holds(List.of(h.post()), bare));
    }
  }

  /** A nickname the article gives someone: "Mr. Cowan, 43, who is known as Mo". */
  private static final Pattern KNOWN_AS = Pattern.compile(
      "\\b(?:known as|nicknamed)\\s+[\"“]?(\\p{Lu}[\\p{L}'’-]+)\\b");

  /**
   * {@code people} with a one-word name the article gives as someone's nickname ("Mr. Cowan, 43,
   * who is known as Mo" … "nothing on Mo") joined to that someone: the person named last before
   * the words that give it, in their sentence.
   */
  private static void joinNicknames(List<List<Mention>> people, Map<String, String> texts) {
    for (List<Mention> person : List.copyOf(people)) {
      for (Mention m : List.copyOf(person)) {
        String text = texts.get(m.mention().span().sentence());
        if (text == null || m.mention().span().end() > text.length()) {
          continue;
        }
        Matcher known = KNOWN_AS.matcher(text);
        if (!known.find(m.mention().span().end()) || namedBetween(people, m, known.start())) {
          continue;
        }
        String nickname = known.group(1);
        for (List<Mention> other : List.copyOf(people)) {
          if (other != person && other.stream().allMatch(o -> o.name().bareSurname()
              && o.name().form().equals(nickname))) {
            person.addAll(other);
            people.remove(other);
          }
        }
      }
    }
  }

  /** Whether someone else is named after {@code m} and before {@code at} in its sentence. */
  private static boolean namedBetween(List<List<Mention>> people, Mention m, int at) {
    return people.stream().flatMap(List::stream).anyMatch(o -> o != m
        && o.mention().span().sentence().equals(m.mention().span().sentence())
        && o.mention().span().start() > m.mention().span().start() && o.mention().span().start() < at);
  }

  /**
   * The ids of the sentences of the page's readers' comments ({@link ReadersComments}): the
   * names and handles of those who write them, and whom they write of, are no newsmakers.
   */
  static Set<String> readersComments(AnalyzedArticle analysis) {
    List<Sentence> sentences = analysis.sentences();
    return sentences.subList(ReadersComments.from(analysis), sentences.size()).stream()
        .map(Sentence::id).collect(Collectors.toSet());
  }

  private static Mention sexless(Mention m) {
    PersonMention p = m.mention();
    return new Mention(m.article(), m.order(), m.name(),
        new PersonMention(p.name(), p.role(), p.affiliation(), p.span()), m.written());
  }

  /**
   * What the sentence writes before the name, and the name: where a title or honorific is read
   * (forty characters hold "Senate Majority Leader" and the like).
   */
  private static String written(PersonMention m, String sentence) {
    if (sentence == null || m.span().end() > sentence.length()) {
      return m.name();
    }
    return sentence.substring(Math.max(0, m.span().start() - 40), m.span().start()) + m.name();
  }

  /** Whether two full names of one article are one person's: matching, and not a namesake pair. */
  private static boolean sameName(PersonName a, PersonName b) {
    return a.matches(b) && !a.namesakeOf(b) && !b.namesakeOf(a);
  }

  /**
   * Whether {@code person} is already named exactly as {@code m}: one name written twice in one
   * article is one person, whatever a pronoun near one of them suggests of their sex.
   */
  private static boolean sameForm(List<Mention> person, Mention m) {
    return fullNames(person).anyMatch(n -> Spelling.plain(n.form()).equals(Spelling.plain(m.name().form())));
  }

  /**
   * Marks the people named without a suffix whose name another person of the article bears with
   * one: the father of the article's "Jr." is not him in another article either.
   */
  private static void markNamesakes(List<List<Mention>> people) {
    for (List<Mention> person : people) {
      for (List<Mention> other : people) {
        PersonName suffixed = other == person ? null : fullNames(other)
            .filter(n -> fullNames(person).allMatch(mine -> mine.namesakeOf(n))).findFirst().orElse(null);
        if (suffixed != null && fullNames(person).findAny().isPresent()) {
          person.replaceAll(m -> m.name().bareSurname() ? m
              : new Mention(m.article(), m.order(), m.name().namesake(suffixed), m.mention(), m.written()));
          break;
        }
      }
    }
  }

  /**
   * A surname left apart for a title its one bearer in the article was not given by name, where
   * the article gives the bearer that post by the surname elsewhere: "Kathleen Hallor", a former
   * governor; "Secretary Hallor"; "the Senate confirmed Hallor as health secretary". The title
   * was read against the posts written beside the full name only, and a post taken up in the
   * story is often written beside the surname alone.
   */
  private static void joinTitledBySurname(List<List<Mention>> people, List<List<Mention>> fullNamed,
      Posts posts) {
    for (Iterator<List<Mention>> it = people.iterator(); it.hasNext(); ) {
      List<Mention> apart = it.next();
      if (!apart.stream().allMatch(m -> m.name().bareSurname())) {
        continue;
      }
      List<List<Mention>> bearers = fullNamed.stream()
          .filter(p -> fullNames(p).anyMatch(n -> n.sameSurname(apart.get(0).name()))).toList();
      if (bearers.size() != 1) {
        continue;
      }
      List<Mention> bearer = bearers.get(0);
      List<String> given = bearer.stream().filter(m -> m.name().bareSurname())
          .map(m -> m.mention().role()).filter(r -> r != null && !r.isBlank()).toList();
      if (!given.isEmpty() && apart.stream().allMatch(m -> m.mention().role() != null
          && Cues.holds(given, m) && !posts.heldByAnother(bearer, m) && Cues.honorificsAgree(bearer, m)
          && Cues.sameSex(bearer, m))) {
        bearer.addAll(apart);
        it.remove();
      }
    }
  }

  /**
   * The people a bare surname may refer to: those named in full with that surname whose title and
   * sex agree with the mention's ("Mr X" is not Mrs X; "President X" not a person who holds
   * another role), those named before it where any are; else the one person of the article with
   * that surname where only weak cues set the mention apart (a pronoun's sex, a role read from an
   * apposition: "Mr. Corker, a member of the committee"); else the person whose first name it is
   * ("Mr Xi" for "Xi Jinping").
   */
  private static List<List<Mention>> owners(List<List<Mention>> people, Mention bare) {
    List<List<Mention>> before = new ArrayList<>();
    List<List<Mention>> after = new ArrayList<>();
    List<List<Mention>> bearers = new ArrayList<>();
    for (List<Mention> person : people) {
      boolean surname = fullNames(person).anyMatch(n -> n.sameSurname(bare.name()));
      if (surname) {
        bearers.add(person);
      }
      if (surname && Cues.compatible(person, bare)) {
        boolean earlier = person.stream()
            .anyMatch(m -> !m.name().bareSurname() && m.order() < bare.order());
        (earlier ? before : after).add(person);
      }
    }
    if (!before.isEmpty()) {
      return before;
    }
    if (!after.isEmpty()) {
      return after.subList(0, 1); // a following full name only as a fallback: the first
    }
    if (bearers.size() == 1 && !Cues.contradicts(bearers.get(0), bare)) {
      return bearers;
    }
    String word = bare.name().surnameKey();
    for (List<Mention> person : people) {
      if (fullNames(person).anyMatch(n -> Spelling.phonetic(n.given()).equals(word))) {
        return List.of(person);
      }
    }
    return List.of();
  }

  private static java.util.stream.Stream<PersonName> fullNames(List<Mention> person) {
    return person.stream().map(Mention::name).filter(n -> !n.bareSurname());
  }

  private static List<Mention> add(List<List<Mention>> people) {
    List<Mention> person = new ArrayList<>();
    people.add(person);
    return person;
  }
}
