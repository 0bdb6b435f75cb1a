package briefing.eval;

import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-made gold of {@code basil-events.tsv}: for each sentence of the gold's BASIL events,
 * the happening it reports ("-" for none).
 */
final class EventGold {
  /** The label of a sentence that reports no happening. */
  static final String NONE = "-";

  /** One gold line: a sentence, its happening, and the words it starts with. */
  record Row(String folder, String article, String sentence, String label, String firstWords) {
    Citation citation() {
      return new Citation(article, sentence);
    }
  }

  private EventGold() {}

  /** The gold's rows, in file order; {@code #} lines are comments. */
  static List<Row> read(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 5) {
        throw new IllegalStateException(file + ":" + number + ": expected 5 tab-separated cells, found "
            + cells.length);
      }
      rows.add(new Row(cells[0], cells[1], cells[2], cells[3], cells[4]));
    }
    return rows;
  }

  /** The gold's event folders, in file order. */
  static List<String> folders(List<Row> rows) {
    return rows.stream().map(Row::folder).distinct().toList();
  }

  /**
   * Each sentence's label for one event, after checking that the gold still matches the
   * sentences as briefing numbers them: every sentence labelled once, each starting with the
   * gold's first words. Throws, naming every mismatch, where the numbering drifted.
   */
  static Map<Citation, String> labels(List<Row> rows, BasilStories.Story story) {
    Map<Citation, String> text = new LinkedHashMap<>();
    for (Source source : story.sources()) {
      for (Sentence s : source.analysis().sentences()) {
        text.put(new Citation(source.id(), s.id()), normal(s.text()));
      }
    }
    Map<Citation, String> labels = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Row row : rows) {
      if (!row.folder().equals(story.folder())) {
        continue;
      }
      Citation c = row.citation();
      String sentence = text.get(c);
      if (sentence == null) {
        problems.add(c.article() + " " + c.sentence() + ": no such sentence");
      } else if (!sentence.startsWith(normal(row.firstWords()))) {
        problems.add(c.article() + " " + c.sentence() + ": gold starts \"" + row.firstWords()
            + "\", the sentence is \"" + sentence + "\"");
      }
      if (labels.put(c, row.label()) != null) {
        problems.add(c.article() + " " + c.sentence() + ": labelled twice");
      }
    }
    text.keySet().stream().filter(c -> !labels.containsKey(c))
        .forEach(c -> problems.add(c.article() + " " + c.sentence() + ": not in the gold"));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the gold no longer matches the sentences of "
          + story.folder() + " (did sentence splitting change? relabel with exec:java@eval-events-list):\n  "
          + String.join("\n  ", problems));
    }
    return labels;
  }

  private static String normal(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
