package briefing.correct;

import briefing.crossref.Coverage;
import briefing.crossref.Namings;
import briefing.model.Citation;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Claim;
import briefing.model.briefing.CoverageRow;
import briefing.model.briefing.EditorNote;
import briefing.model.briefing.Event;
import briefing.model.briefing.FigureComparison;
import briefing.model.briefing.MentionLink;
import briefing.model.briefing.Naming;
import briefing.model.briefing.Organisation;
import briefing.model.briefing.Person;
import briefing.model.briefing.Place;
import briefing.model.briefing.QuoteComparison;
import briefing.model.briefing.SourceSummary;
import briefing.text.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A briefing being corrected: its parts as lists each correction changes in place, with the
 * moves several kinds share (an id that changes everywhere it is used, a person found by name).
 * {@link #briefing()} makes the briefing again with its coverage, namings and source counts
 * recounted, so no correction has to.
 */
public final class Edit {
  final String title;
  public final List<SourceSummary> sources;
  public final List<Person> people;
  public final List<Organisation> organisations;
  final List<Place> places;
  public final List<Event> events;
  public final List<FigureComparison> figures;
  public final List<QuoteComparison> quotes;
  public final List<Claim> claims;
  public final List<String> brief;
  /** The sentences telling the brief's main happening more fully, as cross-referencing chose them. */
  private final List<Event.Excerpt> briefDetail;
  final List<Naming> namings;
  final List<CoverageRow> coverage;
  public final List<MentionLink> links;
  public final List<EditorNote> notes;
  public final List<String> pinned;
  public final List<String> keyDates;
  private final List<String> hiddenTopics = new ArrayList<>();

  public Edit(Briefing b) {
    title = b.title();
    sources = new ArrayList<>(b.sources());
    people = new ArrayList<>(b.people());
    organisations = new ArrayList<>(b.organisations());
    places = new ArrayList<>(b.places());
    events = new ArrayList<>(b.events());
    figures = new ArrayList<>(b.figures());
    quotes = new ArrayList<>(b.quotes());
    claims = new ArrayList<>(b.claims());
    brief = new ArrayList<>(b.brief());
    briefDetail = b.briefDetail();
    namings = new ArrayList<>(b.namings());
    coverage = new ArrayList<>(b.coverage());
    links = new ArrayList<>(b.links());
    notes = new ArrayList<>(b.notes());
    pinned = new ArrayList<>(b.pinned());
    keyDates = new ArrayList<>(b.keyDates());
  }

  /**
   * The briefing as corrected: events in date order (the earlier order kept within a date),
   * people's namings and the coverage rows of events and people made again from them, figure
   * rows only for figures still shown, and each source's counts recounted. The sentences telling
   * the brief's main happening more fully stay only as far as the brief's first event still cites
   * them: a hidden main happening takes them with it.
   */
  public Briefing briefing() {
    List<Event> ordered = events.stream().sorted(Comparator.comparing(Event::date)).toList();
    List<CoverageRow> figureRows = coverage.stream()
        .filter(r -> r.kind().equals("figure") && !hiddenTopics.contains(r.id())
            || r.kind().equals("claim"))
        .toList();
    List<CoverageRow> rows = Coverage.of(ordered, people, figureRows);
    List<Naming> names = new ArrayList<>();
    people.forEach(p -> Namings.of(p).ifPresent(names::add));
    List<String> organisationIds = organisations.stream().map(Organisation::id).toList();
    namings.stream().filter(n -> n.kind().equals("place")
        || n.kind().equals("organisation") && organisationIds.contains(n.id())).forEach(names::add);
    Set<Citation> mainCites = brief.isEmpty() ? Set.of() : ordered.stream()
        .filter(e -> e.id().equals(brief.get(0))).flatMap(e -> e.citations().stream())
        .collect(Collectors.toSet());
    return new Briefing(title, Coverage.recounted(sources, rows), people, organisations, places,
        ordered, distinct(brief), figures, quotes, claims, names, rows, links, notes, distinct(pinned), distinct(keyDates),
        briefDetail.stream().filter(d -> mainCites.contains(d.citation())).toList());
  }

  /** Records that the figure comparison on {@code topic} was hidden, so its coverage row goes too. */
  public void hideTopic(String topic) {
    hiddenTopics.add(topic);
  }

  /** Adds a note for readers about the {@code kind} with {@code id}. */
  public void note(String kind, String id, String text) {
    notes.add(new EditorNote(kind, id, text));
  }

  /**
   * The person an editor names: by id, else by shown name, else by a spelling the sources use
   * (case and dots aside); empty where none matches, or where a spelling matches several.
   */
  public Optional<Person> person(String name) {
    String key = plain(name);
    for (Predicate<Person> test : List.<Predicate<Person>>of(
        p -> p.id().equals(name),
        p -> plain(p.name()).equals(key),
        p -> p.spellings().stream().anyMatch(s -> plain(s.value()).equals(key)))) {
      List<Person> found = people.stream().filter(test).toList();
      if (found.size() == 1) {
        return Optional.of(found.get(0));
      }
      if (found.size() > 1) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** How readers know the article {@code id}: its outlet, else its headline, else the id. */
  public String outlet(String id) {
    return sources.stream().filter(s -> s.article().equals(id))
        .map(s -> s.outlet() != null && !s.outlet().isBlank() ? s.outlet() : s.title())
        .findFirst().orElse(id);
  }

  /** The event with {@code id}. */
  public Optional<Event> event(String id) {
    return events.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** Replaces {@code old} with {@code now} where it stands. */
  public <T> void replace(List<T> list, T old, T now) {
    list.set(list.indexOf(old), now);
  }

  /**
   * Makes every use of the person id {@code from} one of {@code to} (null: no one): the words
   * that name them, the events they take part in or announced, the quotes credited to them.
   */
  public void movePerson(String from, String to) {
    moveLinks(MentionLink.Kind.PERSON, from, to, c -> true);
    events.replaceAll(e -> {
      List<String> who = e.people().stream().map(id -> id.equals(from) ? to : id)
          .filter(Objects::nonNull).distinct().toList();
      String by = from.equals(e.announcedBy()) ? to : e.announcedBy();
      return e.withPeople(who, by);
    });
    quotes.replaceAll(q -> from.equals(q.speaker())
        ? new QuoteComparison(to, q.versions(), q.creditsDiffer()) : q);
    renameNotes("person", from, to);
  }

  /** Makes every use of the event id {@code from} one of {@code to} (null: none). */
  public void moveEvent(String from, String to) {
    moveLinks(MentionLink.Kind.EVENT, from, to, c -> true);
    pinned.replaceAll(id -> id.equals(from) ? to : id);
    pinned.removeIf(Objects::isNull);
    keyDates.replaceAll(id -> id.equals(from) ? to : id);
    keyDates.removeIf(Objects::isNull);
    brief.replaceAll(id -> id.equals(from) ? to : id);
    brief.removeIf(Objects::isNull);
    renameNotes("event", from, to);
  }

  /**
   * Ties the words of {@code kind} linked to {@code from} in the sentences {@code where} accepts
   * to {@code to} instead, or unlinks them where {@code to} is null.
   */
  public void moveLinks(MentionLink.Kind kind, String from, String to, Predicate<Citation> where) {
    List<MentionLink> moved = new ArrayList<>();
    for (MentionLink l : links) {
      if (l.kind() == kind && l.id().equals(from) && where.test(l.citation())) {
        if (to != null) {
          moved.add(new MentionLink(l.citation(), l.start(), l.end(), kind, to));
        }
      } else {
        moved.add(l);
      }
    }
    links.clear();
    links.addAll(moved);
  }

  /** An id for a new person or event, unique among {@code taken}, made from {@code name}. */
  public static String freshId(String name, List<String> taken) {
    String base = Slugs.ofName(name, "x");
    String id = base;
    for (int n = 2; taken.contains(id) || id.equals("index"); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private void renameNotes(String kind, String from, String to) {
    notes.replaceAll(n -> n.kind().equals(kind) && n.id().equals(from)
        ? new EditorNote(kind, to == null ? from : to, n.text()) : n);
    if (to == null) {
      notes.removeIf(n -> n.kind().equals(kind) && n.id().equals(from));
    }
  }

  /** A name as an editor may write it: case, dots and extra spaces aside. */
  public static String plain(String name) {
    return name.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ").strip();
  }

  private static List<String> distinct(List<String> ids) {
    return ids.stream().distinct().toList();
  }
}
