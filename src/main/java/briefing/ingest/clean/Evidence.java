package briefing.ingest.clean;

import briefing.model.Metadata;
import briefing.model.Origin;
import briefing.model.Published;
import briefing.model.Sourced;
import briefing.text.Datelines;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the text says about its own article, gathered while cleaning and weighed at the end:
 * a byline beats a dateline for the outlet, a stamped date beats a dateline for the day.
 */
final class Evidence {
  private Sourced<String> title;
  private Sourced<String> bylineOutlet;
  private Sourced<String> datelineOutlet;
  private Sourced<String> titleOutlet;
  private Sourced<String> copyrightOutlet;
  private Sourced<List<String>> authors;
  private Sourced<String> dateline;
  private NewsDate stampedDate;
  private String stampedText;
  private MonthDay datelineDay;
  private String datelineText;
  private final List<LocalDate> fullDates = new ArrayList<>();
  private final List<Integer> copyrightYears = new ArrayList<>();

  void title(String headline, String evidence) {
    title = Sourced.of(headline, Origin.TEXT, evidence);
  }

  void titleOutlet(String site, String evidence) {
    titleOutlet = Sourced.of(site, Origin.TEXT, evidence);
  }

  void byline(Bylines.Byline byline, String evidence) {
    if (byline.outlet() != null && bylineOutlet == null) {
      bylineOutlet = Sourced.of(byline.outlet(), Origin.TEXT, evidence);
    }
    if (!byline.authors().isEmpty() && authors == null) {
      authors = Sourced.of(List.copyOf(byline.authors()), Origin.TEXT, evidence);
    }
  }

  void dateline(Datelines.Dateline found) {
    if (found.agency() != null && datelineOutlet == null) {
      datelineOutlet = Sourced.of(found.agency(), Origin.TEXT, found.text());
    }
    if (found.place() != null && dateline == null) {
      dateline = Sourced.of(LineWords.unshout(found.place()), Origin.TEXT, found.text());
    }
    if (found.date() != null && datelineDay == null) {
      NewsDates.find(found.date()).stream().findFirst().ifPresent(d -> {
        datelineDay = d.day();
        datelineText = found.text();
        d.year().ifPresent(y -> fullDates.add(d.day().atYear(y)));
      });
    }
  }

  void stampedDate(NewsDate date, String line) {
    if (stampedDate == null) {
      stampedDate = date;
      stampedText = line;
    }
  }

  void copyright(String holder, int year, String line) {
    copyrightYears.add(year);
    if (holder != null && !holder.isBlank() && copyrightOutlet == null) {
      copyrightOutlet = Sourced.of(holder.strip(), Origin.TEXT, line);
    }
  }

  /** Remembers the full dates of the article's own text, to give year-less dates their year. */
  void textDates(String text) {
    for (NewsDate date : NewsDates.find(text)) {
      date.year().ifPresent(y -> fullDates.add(date.day().atYear(y)));
    }
  }

  Metadata metadata() {
    return new Metadata(
        title, first(bylineOutlet, datelineOutlet, titleOutlet, copyrightOutlet),
        null, authors, published().orElse(null), dateline, null);
  }

  private Optional<Sourced<Published>> published() {
    if (stampedDate != null) {
      Optional<LocalDate> day = stampedDate.hasYear()
          ? Optional.of(stampedDate.day().atYear(stampedDate.year().getAsInt()))
          : Years.complete(stampedDate.day(), anchors());
      return day.map(d -> Sourced.of(new Published(d, stampedDate.time()), Origin.TEXT, stampedText));
    }
    if (datelineDay != null) {
      return Years.complete(datelineDay, anchors())
          .map(d -> Sourced.of(Published.on(d), Origin.TEXT, datelineText));
    }
    return Optional.empty();
  }

  private List<LocalDate> anchors() {
    if (!fullDates.isEmpty()) {
      return fullDates;
    }
    return copyrightYears.stream().map(y -> LocalDate.of(y, 7, 1)).toList();
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
