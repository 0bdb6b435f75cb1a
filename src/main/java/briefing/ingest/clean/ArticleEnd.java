package briefing.ingest.clean;

import briefing.ingest.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds where the article stops on its page, and marks everything after as noise: the readers'
 * comments, the teasers for other stories, what follows a wire report's closing credit and the
 * advertising at the page's foot. The end may fall inside a paragraph ("… he said. At 9:24 pm
 * on 05 May 2009, ann_c wrote: …"), which is then split in two.
 */
final class ArticleEnd {
  static final String COMMENTS = "readers' comments";
  static final String AFTER_CREDIT = "after the report's closing credit";
  static final String ADVERTISING = "advertising";

  /**
   * Where the article ends: in unit {@code unit}, at character {@code offset} (0: the whole unit
   * goes; its length: only the units after it), and why what follows is noise.
   */
  record Cut(int unit, int offset, String reason) {}

  /** The units once cut, and why each is noise (null where it is not). */
  record Marked(List<Unit> units, String[] noise) {}

  private ArticleEnd() {}

  /** Where the article that starts at unit {@code from} ends, or empty where it runs to the page's end. */
  static Optional<Cut> find(List<Unit> units, String[] noise, int from) {
    long[] after = new long[units.size() + 1];
    for (int j = units.size() - 1; j >= 0; j--) {
      after[j] = after[j + 1] + units.get(j).text().length();
    }
    // whether any unit from j on, noise aside, reads as report text: what may follow a credit
    boolean[] reportFrom = new boolean[units.size() + 1];
    for (int j = units.size() - 1; j >= 0; j--) {
      reportFrom[j] = reportFrom[j + 1] || noise[j] == null && ClosingCredits.readsAsReport(units.get(j).text());
    }
    int before = 0;
    for (int i = Math.max(0, from); i < units.size(); i++) {
      String text = units.get(i).text();
      // a reader's comment header, or the line that shows their comments, opens the comments:
      // the rest of the page is theirs, however much longer than the article it runs
      OptionalInt header = CommentHeaders.find(text);
      if (header.isPresent() && before + header.getAsInt() > 0) {
        return Optional.of(new Cut(i, header.getAsInt(), COMMENTS));
      }
      if (CommentForms.opensComments(text) && before > 0) {
        return Optional.of(new Cut(i, 0, COMMENTS));
      }
      // a short line that may also stand in the article ("Comments", "Related news") ends it
      // only where less text follows than came before
      if (Boilerplate.endsArticle(text) && before > 0 && after[i + 1] < before) {
        return Optional.of(new Cut(i, 0, "after the article: " + noise[i]));
      }
      if (noise[i] == null) {
        OptionalInt credit = ClosingCredits.end(text, reportFrom[i + 1]);
        if (credit.isPresent() && (credit.getAsInt() < text.length() || i + 1 < units.size())) {
          return Optional.of(new Cut(i, credit.getAsInt(), AFTER_CREDIT));
        }
        before += text.length();
      }
    }
    return lastParagraph(noise, from).flatMap(i -> {
      OptionalInt taglines = Taglines.start(units.get(i).text());
      return taglines.isPresent() ? Optional.of(new Cut(i, taglines.getAsInt(), ADVERTISING)) : Optional.empty();
    });
  }

  /**
   * The units with {@code cut} made: the unit it falls in split where it falls, the text after it
   * and every unit after that marked with the cut's reason (a unit already noise keeps its own).
   */
  static Marked mark(List<Unit> units, String[] noise, Cut cut) {
    List<Unit> out = new ArrayList<>(units.subList(0, cut.unit()));
    List<String> reasons = new ArrayList<>(Arrays.asList(noise).subList(0, cut.unit()));
    Unit unit = units.get(cut.unit());
    String head = unit.text().substring(0, cut.offset()).strip();
    String tail = unit.text().substring(cut.offset()).strip();
    if (!head.isEmpty()) {
      out.add(new Unit(unit.kind(), head, unit.line()));
      reasons.add(noise[cut.unit()]);
    }
    if (!tail.isEmpty()) {
      out.add(new Unit(unit.kind(), tail, unit.line()));
      reasons.add(cut.reason());
    }
    for (int j = cut.unit() + 1; j < units.size(); j++) {
      out.add(units.get(j));
      reasons.add(noise[j] == null ? cut.reason() : noise[j]);
    }
    return new Marked(out, reasons.toArray(String[]::new));
  }

  private static Optional<Integer> lastParagraph(String[] noise, int from) {
    for (int i = noise.length - 1; i >= Math.max(0, from); i--) {
      if (noise[i] == null) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
