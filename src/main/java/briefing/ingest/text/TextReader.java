package briefing.ingest.text;

import briefing.ingest.ArticleReader;
import briefing.ingest.Draft;
import briefing.ingest.Unit;
import briefing.model.BlockKind;
import briefing.model.Diagnostic;
import briefing.model.Metadata;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads scraped plain text: each line is a unit, except that hard-wrapped paragraphs are joined,
 * HTML fragments are parsed into their paragraphs, and over-long lines are split at sentences.
 */
public final class TextReader implements ArticleReader {
  @Override
  public String format() {
    return "text";
  }

  @Override
  public List<String> extensions() {
    return List.of("txt", "text");
  }

  @Override
  public Draft read(String body, int firstLine, String file, List<Diagnostic> problems) {
    List<Unit> units = new ArrayList<>();
    String[] lines = body.split("\n", -1);
    int groupStart = 0;
    for (int i = 0; i <= lines.length; i++) {
      if (i == lines.length || lines[i].isBlank()) {
        addGroup(lines, groupStart, i, firstLine, units);
        groupStart = i + 1;
      }
    }
    return new Draft(units, Metadata.EMPTY, List.of(), true);
  }

  /** Adds the units of lines {@code from..to}, a run of lines with no blank line between. */
  private static void addGroup(String[] lines, int from, int to, int firstLine, List<Unit> units) {
    int start = from;
    boolean wrapped = HardWrap.isWrapped(lines, from, to);
    StringBuilder paragraph = new StringBuilder();
    for (int i = from; i < to; i++) {
      paragraph.append(lines[i].strip()).append(' ');
      if (!HardWrap.continues(lines, i, from, to, wrapped)) {
        addLine(paragraph.toString(), firstLine + start, units);
        paragraph.setLength(0);
        start = i + 1;
      }
    }
  }

  private static void addLine(String line, int lineNumber, List<Unit> units) {
    if (HtmlFragments.isMarkup(line)) {
      units.addAll(HtmlFragments.units(line, lineNumber));
      return;
    }
    for (String part : LongLines.split(Unit.fold(line))) {
      units.add(new Unit(BlockKind.PARAGRAPH, part, lineNumber));
    }
  }
}
