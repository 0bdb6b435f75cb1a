package briefing.eval;

import briefing.crossref.CastOfPeople;
import briefing.model.Source;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.Sentence;
import briefing.model.briefing.Attested;
import briefing.model.briefing.Person;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The cases a checker judges in one briefing's cast: each merged person (named in two or more
 * articles, or under two or more written forms) and each pair of people left apart who share a
 * surname, with the evidence to judge them by: every form written, the roles each article gives
 * it, and a sentence or two.
 */
final class NameCases {
  /** Sentences shown per written form. */
  private static final int EXAMPLES = 3;
  private static final int SENTENCE = 260;

  /**
   * One case.
   *
   * @param corpus "basil" or "h1n1"
   * @param kind "merged" or "apart"
   * @param draw what the sample is drawn by: the story and the names shown, so that a change in
   *     who a person's mentions are leaves the case in the sample but unjudged
   * @param key the verdict's key: {@code draw} and a digest of every (article, form) it holds
   * @param evidence lines for the checker
   */
  record Case(String corpus, String kind, String draw, String key, List<String> evidence) {}

  private final String corpus;
  private final String story;
  private final Map<String, Source> sources = new TreeMap<>();
  private final CastOfPeople cast;
  /** Each person's written forms: form to the articles that write it so. */
  private final Map<String, Map<String, Set<String>>> forms = new TreeMap<>();

  private NameCases(String corpus, String story, List<Source> sources, CastOfPeople cast) {
    this.corpus = corpus;
    this.story = story;
    this.cast = cast;
    sources.forEach(s -> this.sources.put(s.id(), s));
    // The cast maps both the name as written and its plain form; only what the article writes counts.
    cast.byMention().forEach((article, names) -> names.forEach((written, id) -> {
      if (writes(this.sources.get(article), written)) {
        forms.computeIfAbsent(id, k -> new TreeMap<>())
            .computeIfAbsent(written, k -> new TreeSet<>()).add(article);
      }
    }));
  }

  /** The merged people and the same-surname pairs of one story's cast. */
  static List<Case> of(String corpus, String story, List<Source> sources, CastOfPeople cast) {
    NameCases c = new NameCases(corpus, story, sources, cast);
    List<Case> cases = new ArrayList<>();
    List<Person> named = cast.people().stream().filter(p -> !p.spellings().isEmpty()).toList();
    for (Person p : named) {
      Map<String, Set<String>> written = c.forms.getOrDefault(p.id(), Map.of());
      Set<String> articles = new TreeSet<>();
      written.values().forEach(articles::addAll);
      if (articles.size() >= 2 || p.spellings().size() >= 2 || written.size() >= 2) {
        String draw = corpus + "/" + story + "/merged/" + p.name();
        List<String> evidence = new ArrayList<>();
        evidence.add("[merged] " + p.name() + " — " + articles.size() + " article(s); roles "
            + p.roles().stream().map(Attested::value).limit(4).toList());
        evidence.addAll(c.evidence(p, "  "));
        cases.add(new Case(corpus, "merged", draw, draw + "#" + c.digest(p), evidence));
      }
    }
    for (int i = 0; i < named.size(); i++) {
      for (int j = i + 1; j < named.size(); j++) {
        Person a = named.get(i);
        Person b = named.get(j);
        if (!BasilPeopleEvaluation.surname(BasilPeopleEvaluation.plain(a.name()))
            .equals(BasilPeopleEvaluation.surname(BasilPeopleEvaluation.plain(b.name())))) {
          continue;
        }
        if (a.name().compareTo(b.name()) > 0) {
          Person t = a;
          a = b;
          b = t;
        }
        String draw = corpus + "/" + story + "/apart/" + a.name() + " + " + b.name();
        List<String> evidence = new ArrayList<>();
        evidence.add("[apart] " + a.name() + " / " + b.name());
        evidence.add("  A: " + a.name() + " roles " + a.roles().stream().map(Attested::value).limit(4).toList());
        evidence.addAll(c.evidence(a, "    "));
        evidence.add("  B: " + b.name() + " roles " + b.roles().stream().map(Attested::value).limit(4).toList());
        evidence.addAll(c.evidence(b, "    "));
        cases.add(new Case(corpus, "apart", draw,
            draw + "#" + c.digest(a) + c.digest(b), evidence));
      }
    }
    return cases;
  }

  /** Each written form of {@code p}: its articles, the roles given there, a few sentences. */
  private List<String> evidence(Person p, String indent) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Set<String>> form : forms.getOrDefault(p.id(), Map.of()).entrySet()) {
      String written = form.getKey();
      List<String> articles = List.copyOf(form.getValue());
      Set<String> roles = new TreeSet<>();
      for (String article : articles) {
        for (PersonMention m : sources.get(article).analysis().people()) {
          if (written.equals(m.named() ? m.name() : m.role()) && m.role() != null) {
            roles.add(m.role());
          }
        }
      }
      lines.add(indent + "\"" + written + "\" in " + articles.size() + " article(s)"
          + (articles.size() <= 4 ? " " + articles : "") + (roles.isEmpty() ? "" : "; roles "
          + roles.stream().limit(4).collect(Collectors.joining(" | "))));
      for (String article : spread(articles)) {
        lines.add(indent + "  " + article + ": " + sentence(article, written));
      }
    }
    return lines;
  }

  private static boolean writes(Source source, String written) {
    return source != null && source.analysis().people().stream()
        .anyMatch(m -> written.equals(m.named() ? m.name() : m.role()));
  }

  /** Up to {@link #EXAMPLES} articles, first, last and middle. */
  private static List<String> spread(List<String> articles) {
    if (articles.size() <= EXAMPLES) {
      return articles;
    }
    return List.of(articles.get(0), articles.get(articles.size() / 2), articles.get(articles.size() - 1));
  }

  /** The first sentence of {@code article} that writes {@code written}, shortened. */
  private String sentence(String article, String written) {
    Source s = sources.get(article);
    String id = s.analysis().people().stream()
        .filter(m -> written.equals(m.named() ? m.name() : m.role()))
        .map(m -> m.span().sentence()).findFirst().orElse(null);
    String text = s.analysis().sentences().stream().filter(x -> x.id().equals(id))
        .map(Sentence::text).findFirst().orElse("?");
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() > SENTENCE ? text.substring(0, SENTENCE) + "…" : text;
  }

  /** Six hex digits of a digest of every (article, form) of {@code p}. */
  private String digest(Person p) {
    StringBuilder all = new StringBuilder();
    forms.getOrDefault(p.id(), Map.of()).forEach((form, articles) ->
        articles.forEach(a -> all.append(a).append('\t').append(form).append('\n')));
    return hex(all.toString()).substring(0, 6);
  }

  /** The SHA-256 of {@code s}, in hex. */
  static String hex(String s) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
