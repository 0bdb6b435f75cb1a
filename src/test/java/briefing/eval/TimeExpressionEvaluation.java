package briefing.eval;

import briefing.analyze.Analyzer;
import briefing.eval.TimeMlDocument.Timex3;
import briefing.model.Article;
import briefing.model.Block;
import briefing.model.BlockKind;
import briefing.model.Metadata;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.Sentence;
import briefing.model.analysis.TimeMention;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures time expressions against TimeML documents with TempEval-3's measures: relaxed and strict
 * extent F1, value accuracy on relaxed matches, and value F1 (extent matched and value equal).
 *
 * <p>Usage: {@code mvn -q test-compile exec:java@eval-time [-Dexec.args="[--misses] [folder]"]}; the
 * folder defaults to {@code ../shared/data/timeml-dev}. Each document's creation time is the
 * anchor and, as in TempEval-3, is not itself scored. The text of {@code <TEXT>} is analysed as an
 * article with no headline, one block per paragraph.
 *
 * <p>The documents are split by sorted file name: every third one (the 3rd, 6th, ...) is held
 * apart, the rest are the tuning part. Scores are printed for both parts and for all; {@code
 * --misses} lists the tuning part's errors only, so that rules are written from what the tuning
 * part shows and the held-apart figure says how well they carry to text they were not made for.
 */
public final class TimeExpressionEvaluation {
  private static final String DEFAULT_FOLDER = "../shared/data/timeml-dev";
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n\\s*");

  private TimeExpressionEvaluation() {}

  /** Runs the evaluation and prints the scores. */
  public static void main(String[] args) throws IOException {
    boolean misses = false;
    Path folder = Path.of(DEFAULT_FOLDER);
    for (String arg : args) {
      if (arg.equals("--misses")) {
        misses = true;
      } else {
        folder = Path.of(arg);
      }
    }
    System.exit(run(folder, misses, System.out));
  }

  /** Evaluates every {@code .tml} file of the folder; returns 0, or 1 when there is none. */
  static int run(Path folder, boolean misses, PrintStream out) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    if (files.isEmpty()) {
      out.println("no .tml files in " + folder);
      return 1;
    }
    TimexScore tuning = new TimexScore();
    TimexScore heldApart = new TimexScore();
    TimexScore all = new TimexScore();
    Analyzer analyzer = new Analyzer();
    for (int i = 0; i < files.size(); i++) {
      TimeMlDocument doc = TimeMlDocument.read(files.get(i));
      List<Timex3> found = found(analyzer, doc);
      (isHeldApart(i) ? heldApart : tuning).count(doc.name(), doc.gold(), found);
      all.count(doc.name(), doc.gold(), found);
    }
    if (misses) {
      tuning.printMisses(out);
    }
    out.println("== tuning part (two documents in three, by sorted file name)");
    tuning.print(out);
    out.println("== held-apart part (every third document)");
    heldApart.print(out);
    out.println("== all documents");
    all.print(out);
    return 0;
  }

  /** True for the document at {@code index} in file-name order that is held apart from tuning. */
  static boolean isHeldApart(int index) {
    return index % 3 == 2;
  }

  /** The time expressions the analyser finds in a document, with offsets in its text. */
  static List<Timex3> found(Analyzer analyzer, TimeMlDocument doc) {
    List<Block> blocks = new ArrayList<>();
    List<Integer> blockStarts = new ArrayList<>();
    Matcher m = BLANK_LINE.matcher(doc.text());
    int from = 0;
    while (from < doc.text().length()) {
      int to = m.find(from) ? m.start() : doc.text().length();
      String paragraph = doc.text().substring(from, to);
      int lead = paragraph.length() - paragraph.stripLeading().length();
      if (!paragraph.isBlank()) {
        blocks.add(new Block(BlockKind.PARAGRAPH, paragraph.strip(), 0));
        blockStarts.add(from + lead);
      }
      from = to < doc.text().length() ? m.end() : to;
    }
    String id = doc.name().toLowerCase().replaceAll("[^a-z0-9]+", "-");
    Article article = new Article(id, doc.name(), "timeml", Metadata.EMPTY, blocks, List.of(),
        List.of(), "0");
    AnalyzedArticle analyzed = analyzer.analyze(article, doc.anchor());
    Map<String, Integer> sentenceStarts = new HashMap<>();
    for (Sentence s : analyzed.sentences()) {
      sentenceStarts.put(s.id(), blockStarts.get(s.block()) + s.start());
    }
    List<Timex3> found = new ArrayList<>();
    for (TimeMention t : analyzed.times()) {
      int start = sentenceStarts.get(t.span().sentence()) + t.span().start();
      int end = sentenceStarts.get(t.span().sentence()) + t.span().end();
      found.add(new Timex3(start, end, t.kind().name(), t.value(), doc.text().substring(start, end)));
    }
    return found;
  }
}
