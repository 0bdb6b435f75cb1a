package briefing.eval;

import briefing.ingest.Ingest;
import briefing.ingest.html.ArticleExtractor;
import briefing.ingest.html.Extraction;
import briefing.ingest.html.PageDecoder;
import briefing.ingest.html.meta.JsonLd;
import briefing.model.Block;
import briefing.model.BlockKind;
import briefing.model.Diagnostic;
import briefing.model.Noise;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the HTML reader against saved pages with snippets that must, and must not, be kept.
 *
 * <p>Usage: {@code mvn -q test-compile exec:java@eval-html [-Dexec.args="[--failures] [--dump
 * page.html] [folder]"]}; the folder defaults to {@code ../shared/data/html-extraction-dev}. The
 * scores follow trafilatura's tests/comparison.py: a kept snippet is a true positive, a missing
 * one a false negative, a present unwanted snippet a false positive, an absent one a true
 * negative.
 *
 * <p>The pages are split by sorted file name: every third one (the 3rd, 6th, ...) is held apart,
 * the rest are the tuning part. Scores are printed for both parts and for all; {@code --failures}
 * lists the tuning part's failures only, so that rules are written from what the tuning part
 * shows and the held-apart figure says how well they carry to pages they were not made for.
 */
public final class HtmlExtractionEvaluation {
  private static final String DEFAULT_FOLDER = "../shared/data/html-extraction-dev";

  private HtmlExtractionEvaluation() {}

  /** Runs the evaluation and prints the scores. */
  public static void main(String[] args) throws IOException {
    boolean failures = false;
    String dump = null;
    Path folder = Path.of(DEFAULT_FOLDER);
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--failures" -> failures = true;
        case "--dump" -> dump = args[++i];
        default -> folder = Path.of(args[i]);
      }
    }
    System.exit(run(folder, failures, dump, System.out));
  }

  /** What one way of reading a page keeps and removes. */
  record Reading(List<Block> blocks, List<Noise> noise, Object metadata) {}

  /** The two readings measured: the extractor alone, and the product's whole ingest path. */
  enum Mode {
    EXTRACTOR {
      @Override
      Reading read(Path file, String url) throws IOException {
        Extraction e = new ArticleExtractor().extract(PageDecoder.decode(Files.readAllBytes(file)), url);
        return new Reading(e.blocks(), e.noise(), e.metadata());
      }
    },
    ARTICLE {
      @Override
      Reading read(Path file, String url) {
        List<Diagnostic> problems = new ArrayList<>();
        return Ingest.standard().readArticle(file, file.getFileName().toString(), problems)
            .map(a -> new Reading(a.blocks(), a.noise(), a.metadata()))
            .orElse(new Reading(List.of(), List.of(), problems));
      }
    },
    /** The article's running text only: captions are shown apart from it, as figures. */
    ARTICLE_TEXT {
      @Override
      Reading read(Path file, String url) throws IOException {
        Reading whole = ARTICLE.read(file, url);
        return new Reading(whole.blocks().stream().filter(b -> b.kind() != BlockKind.CAPTION).toList(),
            whole.noise(), whole.metadata());
      }
    };

    abstract Reading read(Path file, String url) throws IOException;
  }

  /** Evaluates every page of the folder, printing scores; returns 0, or 1 when unreadable. */
  static int run(Path folder, boolean failures, String dump, PrintStream out) throws IOException {
    int status = 0;
    for (Mode mode : Mode.values()) {
      out.println("== " + switch (mode) {
        case EXTRACTOR -> "the HTML extractor alone (captions included)";
        case ARTICLE -> "briefing's article: HTML reader, then the cleaner (captions included)";
        case ARTICLE_TEXT -> "briefing's article text without its captions (shown apart as figures)";
      });
      status |= run(folder, failures, dump, out, mode);
    }
    return status;
  }

  static int run(Path folder, boolean failures, String dump, PrintStream out, Mode mode)
      throws IOException {
    Path expectationsFile = folder.resolve("expectations.json");
    Object parsed = JsonLd.parse(Files.readString(expectationsFile, StandardCharsets.UTF_8))
        .orElse(null);
    if (!(parsed instanceof Map<?, ?> expectations)) {
      out.println("cannot read " + expectationsFile);
      return 1;
    }
    Score tuning = new Score();
    Score heldApart = new Score();
    Score all = new Score();
    List<String> errors = new ArrayList<>();
    long start = System.nanoTime();
    int index = -1;
    for (Map.Entry<String, Object> entry : sorted(expectations).entrySet()) {
      String page = entry.getKey();
      boolean held = isHeldApart(++index);
      if (dump != null && !page.equals(dump)) {
        continue;
      }
      Score part = held ? heldApart : tuning;
      Map<?, ?> expected = (Map<?, ?>) entry.getValue();
      List<String> mustContain = strings(expected.get("must_contain"));
      List<String> mustNotContain = strings(expected.get("must_not_contain"));
      String text;
      Reading extraction = null;
      try {
        String url = expected.get("url") instanceof String u ? u : "";
        extraction = mode.read(folder.resolve("pages").resolve(page), url);
        text = fold(String.join("\n", extraction.blocks().stream().map(Block::text).toList()));
        if (page.equals(dump)) {
          extraction.blocks().forEach(b -> out.println(b.kind() + " " + b.line() + ": " + b.text()));
          extraction.noise().forEach(n -> out.println("NOISE " + n.line() + " " + n.reason()
              + ": " + n.text()));
          out.println(extraction.metadata());
        }
      } catch (IOException | RuntimeException e) {
        errors.add(page + ": " + e);
        text = "";
      }
      List<String> pageFailures = new ArrayList<>();
      for (String snippet : mustContain) {
        boolean found = text.contains(fold(snippet));
        part.count(true, found);
        all.count(true, found);
        if (!found) {
          String where = "";
          if (extraction != null) {
            for (var n : extraction.noise()) {
              if (fold(n.text()).contains(fold(snippet))) {
                where = " [" + n.reason() + "]";
                break;
              }
            }
          }
          pageFailures.add("  missing:  " + snippet + where);
        }
      }
      for (String snippet : mustNotContain) {
        boolean found = text.contains(fold(snippet));
        part.count(false, found);
        all.count(false, found);
        if (found) {
          pageFailures.add("  unwanted: " + snippet + where(extraction, snippet));
        }
      }
      if (failures && !held && !pageFailures.isEmpty()) {
        out.println(page);
        pageFailures.forEach(out::println);
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    int pages = expectations.size();
    out.println("-- tuning part (two pages in three, by sorted file name): " + (pages - pages / 3)
        + " pages");
    tuning.print(out);
    out.println("-- held-apart part (every third page): " + pages / 3 + " pages");
    heldApart.print(out);
    out.println("-- all pages: " + pages);
    all.print(out);
    out.printf("time:       %.1f s%n", millis / 1000.0);
    out.println("errors:     " + errors.size());
    errors.forEach(e -> out.println("  " + e));
    return 0;
  }

  /** True for the page at {@code index} in file-name order that is held apart from tuning. */
  static boolean isHeldApart(int index) {
    return index % 3 == 2;
  }

  /** Says which block holds an unwanted snippet, as "[block 3 of 40 PARAGRAPH]". */
  private static String where(Reading extraction, String snippet) {
    if (extraction == null) {
      return "";
    }
    List<Block> blocks = extraction.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      if (fold(blocks.get(i).text()).contains(fold(snippet))) {
        return " [block " + (i + 1) + " of " + blocks.size() + " " + blocks.get(i).kind() + "]";
      }
    }
    return " [across blocks]";
  }

  private static Map<String, Object> sorted(Map<?, ?> map) {
    Map<String, Object> sorted = new TreeMap<>();
    map.forEach((key, value) -> sorted.put(String.valueOf(key), value));
    return sorted;
  }

  private static List<String> strings(Object value) {
    List<String> strings = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(strings::add);
    }
    return strings;
  }

  /** Folds whitespace and normalises to NFC, as the reader does, so that both sides compare. */
  static String fold(String text) {
    String folded =
        text.replaceAll("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+", " ").strip();
    return Normalizer.normalize(folded, Normalizer.Form.NFC);
  }
}
