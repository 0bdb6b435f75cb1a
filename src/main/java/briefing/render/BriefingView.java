package briefing.render;

import briefing.model.Citation;
import briefing.model.analysis.TimeMention.Precision;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Claim;
import briefing.model.briefing.CoverageRow;
import briefing.model.briefing.EditorNote;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import briefing.model.briefing.FigureComparison;
import briefing.model.briefing.Person;
import briefing.model.briefing.QuoteComparison;
import briefing.model.briefing.SourceSummary;
import briefing.text.CalendarWords;
import briefing.text.Countries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The briefing as the templates read it: lookups by id, events grouped for the timeline, and the
 * selections the home page leads with. Holds no text of its own beyond date labels.
 */
public final class BriefingView {
  /** Events of one day (or month, on long stories) under one heading. */
  public record Group(String label, String iso, List<Event> events) {}

  private static final int LONG_STORY_EVENTS = 60;
  /** An ISO date, week, month or quarter as the analysis writes it, a part of a day after it. */
  private static final Pattern ISO_DATE = Pattern.compile(
      "(?<![\\w-])(\\d{4}-(?:W\\d{2}(?:-WE)?|Q[1-4]|\\d{2}(?:-\\d{2})?))(?:T[A-Z]{2})?(?![\\w-])");
  /** How the analysis tells a part of a day is dated by the day: nothing a reader needs. */
  private static final Pattern TIMEML_NIGHT = Pattern.compile(", dated by the day as TimeML does, [^,;]+");
  private final Briefing briefing;
  private final ClaimDifferences differences;
  private final Map<String, Person> people = new LinkedHashMap<>();
  private final Map<String, SourceSummary> sources = new LinkedHashMap<>();
  private final Map<String, Event> events = new LinkedHashMap<>();
  /** Each event's place in the briefing's own order, which is time order at every precision. */
  private final Map<String, Integer> order = new LinkedHashMap<>();

  private final TimelinePages pages;
  /** Each cited sentence's text, by "article#sentence", for the side-by-side comparisons. */
  private final Map<String, String> sentences = new LinkedHashMap<>();
  /** The headlines' sentences, by "article#sentence": a source's account of an event is its body. */
  private final Set<String> headlines = new HashSet<>();
  /** The year the story is told in: dates in it are given without their year. */
  private final int year;
  /** Each outlet's mark, by name. */
  private final Map<String, OutletMark> marks;
  /** Each article's original address, where known, by article id. */
  private final Map<String, String> urls = new LinkedHashMap<>();
  /** The events naming each person, in the briefing's order, by person id. */
  private final Map<String, List<Event>> eventsOf = new HashMap<>();

  BriefingView(Briefing briefing) {
    this(briefing, List.of());
  }

  BriefingView(Briefing briefing, List<SourceView> articles) {
    this.briefing = briefing;
    this.differences = new ClaimDifferences(briefing);
    this.pages = TimelinePages.of(briefing);
    List<String> outlets = new ArrayList<>();
    briefing.sources().forEach(s -> outlets.add(s.outlet()));
    for (SourceView a : articles) {
      outlets.add(a.outlet());
      if (!a.url().isEmpty()) {
        urls.put(a.id(), a.url());
      }
      a.headline().forEach(p -> sentences.putIfAbsent(a.id() + "#" + p.sentence(), p.text()));
      a.headline().forEach(p -> headlines.add(a.id() + "#" + p.sentence()));
      a.blocks().forEach(b -> b.pieces().forEach(
          p -> sentences.putIfAbsent(a.id() + "#" + p.sentence(), p.text())));
    }
    this.marks = OutletMark.of(outlets);
    this.year = briefing.sources().stream().map(SourceSummary::published)
        .filter(p -> p != null && p.matches("\\d{4}.*")).map(p -> Integer.parseInt(p.substring(0, 4)))
        .max(Integer::compare).orElse(-1);
    briefing.people().forEach(p -> people.put(p.id(), p));
    briefing.sources().forEach(s -> sources.put(s.article(), s));
    briefing.events().forEach(e -> order.put(e.id(), order.size()));
    briefing.events().forEach(e -> events.put(e.id(), e));
    briefing.events().forEach(e -> e.people().stream().distinct()
        .forEach(p -> eventsOf.computeIfAbsent(p, k -> new ArrayList<>()).add(e)));
  }

  private Comparator<Event> inTimeOrder() {
    return Comparator.comparingInt((Event e) -> order.getOrDefault(e.id(), Integer.MAX_VALUE))
        .thenComparing(Event::id);
  }

  public Briefing data() {
    return briefing;
  }

  /** Which timeline page holds each event. */
  public TimelinePages pages() {
    return pages;
  }

  /** The address of event {@code id} from the site root: "timeline.html#id" or its day's page. */
  public String href(String id) {
    return pages.href(id);
  }

  /** The visual timeline's lanes. */
  public List<TimelineChart.Lane> chart() {
    return TimelineChart.of(briefing, pages, this::phrase);
  }

  /** The words of the sentence {@code citation} points at, or "" where it is not known. */
  public String sentence(Citation citation) {
    return sentences.getOrDefault(citation.article() + "#" + citation.sentence(), "");
  }

  /** One source's own sentence for a fact, beside the others'. */
  public record Version(Citation citation, String text) {}

  /** An event several sources report, with each source's sentence. */
  public record Compared(Event event, List<Version> versions, int more) {}

  /**
   * The {@code n} best-ranked events two or more sources report, in time order, each with the
   * first sentence of each source (at most {@code max} sources) whose text is known: the words of
   * it that report the event, where it reports another too.
   */
  public List<Compared> sideBySide(int n, int max) {
    return briefing.events().stream().filter(e -> e.sources().size() >= 2)
        .sorted(Comparator.comparingDouble(Event::rank).reversed().thenComparing(Event::id))
        .limit(n).sorted(inTimeOrder()).map(e -> {
          List<Version> versions = cited(e.citations(), Integer.MAX_VALUE).shown().stream()
              .map(c -> new Version(c, e.excerpt(c).orElseGet(() -> sentence(c))))
              .filter(v -> !v.text().isBlank()).toList();
          return new Compared(e, versions.subList(0, Math.min(max, versions.size())),
              Math.max(0, versions.size() - max));
        }).filter(c -> c.versions().size() >= 2).toList();
  }

  /** One source's words for a claim: its sentences that follow one another, read together. */
  public record Passage(Citation citation, List<String> texts) {}

  /**
   * {@code claim}'s versions, each source's consecutive sentences as one passage: a quotation a
   * report cut into sentences ("I am the mayor." "But I am also a father.") reads as one.
   */
  public List<Passage> passages(Claim claim) {
    List<Passage> passages = new ArrayList<>();
    Citation last = null;
    for (Claim.Version v : claim.versions()) {
      if (last != null && v.citation().article().equals(last.article())
          && v.citation().number() == last.number() + 1) {
        Passage p = passages.remove(passages.size() - 1);
        List<String> texts = new ArrayList<>(p.texts());
        texts.add(v.text());
        passages.add(new Passage(p.citation(), texts));
      } else {
        passages.add(new Passage(v.citation(), List.of(v.text())));
      }
      last = v.citation();
    }
    return passages;
  }

  /** The disputed figures, dates and credits read from the sentences that state {@code claim}. */
  public List<ClaimDifferences.Difference> differences(Claim claim) {
    return differences.of(claim);
  }

  /** The {@code n} claims the most sources report, most first. */
  public List<Claim> topClaims(int n) {
    return briefing.claims().stream()
        .sorted(Comparator.comparingInt((Claim c) -> -c.sources().size()).thenComparing(Claim::id))
        .limit(n).toList();
  }

  /** What the page says of the story in one line, for search engines and link previews. */
  public String description() {
    StringBuilder text = new StringBuilder();
    for (Event e : corroborated(3)) {
      if (text.length() > 0 && text.length() + e.summary().length() >= 200) {
        break;
      }
      text.append(text.length() > 0 ? " " : "").append(e.summary());
    }
    if (text.length() == 0) {
      text.append(briefing.title()).append(": a briefing from ").append(briefing.sources().size())
          .append(" sources.");
    }
    return text.length() <= 200 ? text.toString()
        : text.substring(0, 197).replaceAll("\\s+\\S*$", "") + "…";
  }

  /** A month of a split timeline: its days, each with how many events it holds. */
  public record Month(String label, String iso, int events, List<Day> days) {}

  /** A page of a split timeline as the index lists it. */
  public record Day(String label, String iso, String path, int events) {}

  /** The index of a split timeline: each month and its days' pages, in time order. */
  public List<Month> months() {
    Map<String, List<TimelinePages.Day>> byMonth = new LinkedHashMap<>();
    for (TimelinePages.Day d : pages.days()) {
      byMonth.computeIfAbsent(d.key().length() >= 7 && !d.key().contains("W") && !d.key().contains("Q")
          ? d.key().substring(0, 7) : d.key().substring(0, 4), k -> new ArrayList<>()).add(d);
    }
    List<Month> out = new ArrayList<>();
    byMonth.forEach((key, days) -> out.add(new Month(dateLabel(key, precisionOf(key)), key,
        days.stream().mapToInt(d -> d.events().size()).sum(),
        days.stream().map(d -> new Day(dateLabel(d.key(), d.events().get(0).precision()), d.key(),
            d.path(), d.events().size())).toList())));
    return out;
  }

  /** The events of one page of a split timeline, grouped as the timeline groups them. */
  public List<Group> groups(List<Event> events) {
    return group(events, false);
  }

  /**
   * When an event happened, in words a reader uses: "on Monday 10 January", "some time in
   * December 2021", "the week of 17 January", "the weekend of 22 January"; the year is said
   * where it is not the story's. A statement made apart, which no report dates, is "reported
   * on" its reports' day.
   */
  public String phrase(Event e) {
    // a statement no report dates is known only by the day it was reported
    return (e.statement() ? "reported " : "") + when(e);
  }

  private String when(Event e) {
    LocalDate first = e.date().first();
    String year = first.getYear() == this.year ? "" : " " + first.getYear();
    return switch (e.precision()) {
      case DAY, PART_OF_DAY, TIME -> "on " + CalendarWords.longDate(first).replaceAll(" \\d{4}$", "") + year;
      case WEEK -> (e.date().weekend() ? "the weekend of " : "the week of ")
          + first.getDayOfMonth() + " "
          + CalendarWords.monthAndYear(YearMonth.from(first)).replaceAll(" \\d{4}$", "") + year;
      case MONTH -> "some time in " + CalendarWords.monthAndYear(YearMonth.from(first));
      case QUARTER -> "some time in the " + QUARTERS[(first.getMonthValue() - 1) / 3]
          + " quarter of " + first.getYear();
      case YEAR -> "some time in " + first.getYear();
      default -> "some time around " + e.date().value();
    };
  }

  private static final String[] QUARTERS = {"first", "second", "third", "fourth"};

  /** The event with {@code id}, or null. */
  public Event event(String id) {
    return events.get(id);
  }

  /**
   * A fact of the coverage matrix as the page shows it: an event by its date in words ("Weekend
   * of 12 June 2010: …"), where the matrix and its CSV give the ISO value; else its label.
   */
  public String rowLabel(CoverageRow row) {
    Event e = "event".equals(row.kind()) ? event(row.id()) : null;
    return e == null ? row.label() : dateLabel(e.date().value(), e.precision()) + ": " + e.summary();
  }

  /** The part of the coverage matrix the comparisons page shows. */
  public CoverageView coverage() {
    return CoverageView.of(briefing);
  }

  /** How much each source reports and shares with the others. */
  public CoverageChart coverageChart() {
    return CoverageChart.of(briefing, this::outlet);
  }

  /** Which outlet published how many articles when; drawn on long stories only. */
  public CoverageDays coverageDays() {
    return CoverageDays.of(briefing.sources(), this::outlet);
  }

  /** The first citation of each source, at most {@code max} of them, and how many more sources. */
  public record Cited(List<Citation> shown, int more) {}

  /**
   * {@code citations} as a page lists them: each source once, in order, at most {@code max}; a
   * source by the first sentence of its body cited, its headline only where none is, since the
   * body is the source's own account, and a sentence of no words only where nothing else is
   * ({@link #rank}).
   */
  public Cited cited(List<Citation> citations, int max) {
    Map<String, Citation> first = new LinkedHashMap<>();
    for (Citation c : citations) {
      Citation kept = first.get(c.article());
      if (kept == null) {
        first.put(c.article(), c);
      } else if (rank(c) < rank(kept)) {
        first.replace(c.article(), c);
      }
    }
    List<Citation> all = List.copyOf(first.values());
    return new Cited(all.subList(0, Math.min(max, all.size())), Math.max(0, all.size() - max));
  }

  /**
   * How late a citation is shown for its source: a body sentence first, then a headline, then a
   * sentence of no words (a lone closing quotation mark a report's splitting left on its own).
   */
  private int rank(Citation c) {
    String text = sentence(c);
    if (!text.isEmpty() && text.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return 2;
    }
    return isHeadline(c) ? 1 : 0;
  }

  private boolean isHeadline(Citation c) {
    return headlines.contains(c.article() + "#" + c.sentence());
  }

  /** Why a quote is credited to its speaker, in a sentence for readers, from the rule that credited it. */
  public String credit(String rule) {
    return QuoteCredits.explain(rule);
  }

  /** The summary of source {@code article}, or null. */
  public SourceSummary source(String article) {
    return sources.get(article);
  }

  /** The mark readers know outlet {@code outlet} by, or null for a name that is no outlet's. */
  public OutletMark mark(String outlet) {
    return marks.get(outlet);
  }

  /** The address of article {@code article} where it was first published, or "" where unknown. */
  public String url(String article) {
    return urls.getOrDefault(article, "");
  }

  /** The events that name person {@code id} among their people, in the briefing's order. */
  public List<Event> eventsOf(String id) {
    return eventsOf.getOrDefault(id, List.of());
  }

  /** The person with {@code id}, or null. */
  public Person person(String id) {
    return people.get(id);
  }

  /**
   * The country or organisation to show in brackets after a person's role, or null where the
   * role already names it, in its words or as its country's adjective ("Russian President",
   * "professor at Kent College"); "Nigerian President" does not name Niger.
   */
  public String affiliationAside(Person p) {
    String affiliation = p.affiliation();
    if (affiliation == null || affiliation.isBlank()) {
      return null;
    }
    if (p.roles().isEmpty()) {
      return affiliation;
    }
    String role = p.roles().get(0).value();
    if (Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(affiliation) + "(?![\\p{L}\\p{N}])")
        .matcher(role).find()) {
      return null;
    }
    String country = Countries.of(affiliation);
    for (String word : role.split("[^\\p{L}.'’-]+")) {
      if (country != null && country.equals(Countries.of(word))) {
        return null;
      }
    }
    return affiliation;
  }

  /** The short name of a source for citations: its outlet, else its headline. */
  public String outlet(String article) {
    SourceSummary s = sources.get(article);
    if (s == null) {
      return article;
    }
    return s.outlet() != null && !s.outlet().isBlank() ? s.outlet() : s.title();
  }

  /** The story's own events, grouped by day (by month when the story is long), in date order. */
  public List<Group> story() {
    return group(of(Event.Kind.STORY));
  }

  public List<Group> announced() {
    return group(of(Event.Kind.ANNOUNCED));
  }

  public List<Group> background() {
    return group(of(Event.Kind.BACKGROUND));
  }

  /**
   * The key dates: the events the editor chose, in their order; else the best-ranked events of
   * the story itself, in date order.
   */
  public List<Event> keyEvents(int n) {
    if (!briefing.keyDates().isEmpty()) {
      return briefing.keyDates().stream().map(this::event).filter(Objects::nonNull).toList();
    }
    return briefing.events().stream().filter(e -> e.kind() != Event.Kind.BACKGROUND)
        .sorted(Comparator.comparingDouble(Event::rank).reversed().thenComparing(Event::id))
        .limit(n).sorted(inTimeOrder()).toList();
  }

  /**
   * The story in brief: the events the editor pinned, in date order, then the brief
   * cross-referencing chose (the main happening first, then the rest in time order), up to
   * {@code n} in all; else the key ones.
   */
  public List<Event> corroborated(int n) {
    List<Event> pinned = briefing.pinned().stream().map(this::event).filter(Objects::nonNull)
        .sorted(inTimeOrder()).toList();
    List<Event> chosen = briefing.brief().stream().map(this::event).filter(Objects::nonNull)
        .filter(e -> !pinned.contains(e)).limit(Math.max(0, n - pinned.size())).toList();
    if (pinned.isEmpty() && chosen.isEmpty()) {
      return keyEvents(n);
    }
    List<Event> brief = new ArrayList<>(pinned);
    brief.addAll(chosen);
    return brief;
  }

  /**
   * The sentences that tell {@code e} more fully in the story in brief, where it is the brief's
   * main happening: the reports' own opening sentences for it, each linked to its source.
   */
  public List<Event.Excerpt> briefDetail(Event e) {
    return !briefing.brief().isEmpty() && briefing.brief().get(0).equals(e.id())
        ? briefing.briefDetail() : List.of();
  }

  /** What the editor says about the {@code kind} ("person", "event", "figure", "source") with {@code id}. */
  public List<String> notes(String kind, String id) {
    return briefing.notes().stream().filter(note -> note.kind().equals(kind) && note.id().equals(id))
        .map(EditorNote::text).toList();
  }

  /** The people most sources mention, most first. */
  public List<Person> mainPeople(int n) {
    return briefing.people().stream().limit(n).toList();
  }

  public List<FigureComparison> conflicts() {
    return briefing.figures().stream()
        .filter(f -> f.verdict() != FigureComparison.Verdict.AGREE).toList();
  }

  public List<FigureComparison> agreements() {
    return briefing.figures().stream()
        .filter(f -> f.verdict() == FigureComparison.Verdict.AGREE).toList();
  }

  /** Quotes the sources credit to different speakers. */
  public List<QuoteComparison> disputedQuotes() {
    return briefing.quotes().stream().filter(QuoteComparison::creditsDiffer).toList();
  }

  /** Events the sources date differently ({@link Event#datedDifferently}). */
  public List<Event> disputedDates() {
    return briefing.events().stream().filter(Event::datedDifferently).toList();
  }

  /** For people: "Monday 10 January 2022", "January 2022", "2014", by the date's precision. */
  public String label(String iso, Precision precision) {
    return dateLabel(iso, precision);
  }

  /**
   * A date a source gives, as people read it ("Saturday 8 January 2022", "Weekend of 8 January
   * 2022"), its precision read from the ISO value; the value itself where it is none.
   */
  public String reading(String iso) {
    return readable(iso);
  }

  /**
   * How a date was read, in words for readers: the dates it names as people write them ("Week of
   * 1 October 2012", not "2012-W40"), without the note on how a night is dated.
   */
  public String derivation(String how) {
    Matcher m = ISO_DATE.matcher(TIMEML_NIGHT.matcher(how).replaceAll(""));
    StringBuilder plain = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(plain, Matcher.quoteReplacement(readable(m.group(1))));
    }
    m.appendTail(plain);
    return plain.toString();
  }

  /** As {@link #reading}. */
  static String readable(String iso) {
    return EventDate.parse(iso).map(d -> dateLabel(iso, d.precision())).orElse(iso);
  }

  /** A value for {@code <time datetime>}, or "" where the ISO value is no valid HTML date. */
  public String datetime(String iso) {
    return htmlDate(iso);
  }

  /** As {@link #label}. */
  static String dateLabel(String iso, Precision precision) {
    if (iso.matches("\\d{4}-W\\d{2}(-WE)?")) {
      return EventDate.parse(iso).map(d -> (d.weekend() ? "Weekend of " : "Week of ")
          + d.first().getDayOfMonth() + " " + CalendarWords.monthAndYear(YearMonth.from(d.first())))
          .orElse(iso);
    }
    if (iso.matches("\\d{4}-Q[1-4]")) {
      String q = QUARTERS[iso.charAt(6) - '1'];
      return Character.toUpperCase(q.charAt(0)) + q.substring(1) + " quarter of " + iso.substring(0, 4);
    }
    try {
      return switch (precision) {
        case DAY, PART_OF_DAY, TIME -> CalendarWords.longDate(LocalDate.parse(iso.substring(0, 10)))
            + (precision == Precision.TIME && iso.length() >= 16 ? ", " + iso.substring(11, 16) : "");
        case MONTH -> CalendarWords.monthAndYear(YearMonth.parse(iso.substring(0, 7)));
        default -> iso;
      };
    } catch (DateTimeParseException | IndexOutOfBoundsException e) {
      return iso;
    }
  }

  static String htmlDate(String iso) {
    return iso.matches("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2})?)?)?") ? iso : "";
  }

  private List<Event> of(Event.Kind kind) {
    return briefing.events().stream().filter(e -> e.kind() == kind).toList();
  }

  private List<Group> group(List<Event> events) {
    return group(events, briefing.events().size() > LONG_STORY_EVENTS);
  }

  private List<Group> group(List<Event> events, boolean byMonth) {
    Map<String, List<Event>> groups = new LinkedHashMap<>();
    events.stream().sorted(inTimeOrder()).forEach(e -> {
      String key = key(e, byMonth);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    });
    List<Group> out = new ArrayList<>();
    groups.forEach((key, list) -> out.add(new Group(dateLabel(key, precisionOf(key)), key, list)));
    return out;
  }

  /** The day ("2022-01-10") or month an event is shown under; weeks, quarters, years as they are. */
  private static String key(Event e, boolean byMonth) {
    return e.date().day()
        .map(day -> byMonth ? YearMonth.from(day).toString() : day.toString())
        .orElse(e.date().value());
  }

  private static Precision precisionOf(String key) {
    return key.length() == 10 ? Precision.DAY : key.length() == 7 ? Precision.MONTH : Precision.YEAR;
  }
}
