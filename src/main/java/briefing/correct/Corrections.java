package briefing.correct;

import briefing.model.Article;
import briefing.model.Content;
import briefing.model.Diagnostic;
import briefing.model.briefing.Briefing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The editor's corrections, read from {@code content/corrections.yaml} and applied on every
 * build: {@link #correct(Content, List)} right after ingest, {@link #correct(Briefing, List)}
 * right after cross-referencing. A correction that matches nothing is a warning naming its
 * line, so that a rebuild never drops one silently.
 */
public final class Corrections {
  /** The file's name inside the content folder. */
  public static final String FILE = "corrections.yaml";
  private static final String STALE_HINT =
      "the sources or their reading changed since it was written: update the correction or delete it";

  private final String file;
  private final List<SourceCorrection> sources;
  private final List<BriefingCorrection> briefing;

  Corrections(String file, List<SourceCorrection> sources, List<BriefingCorrection> briefing) {
    this.file = file;
    this.sources = List.copyOf(sources);
    this.briefing = List.copyOf(briefing);
  }

  /**
   * Reads {@code corrections.yaml} in {@code content} (named {@code shown} in messages); no
   * file is no corrections. Its mistakes go to {@code problems} as errors.
   */
  public static Corrections read(Path content, String shown, List<Diagnostic> problems) {
    String file = shown + "/" + FILE;
    List<SourceCorrection> sources = new ArrayList<>();
    List<BriefingCorrection> briefing = new ArrayList<>();
    for (Object c : CorrectionsReader.read(content.resolve(FILE), file, problems)) {
      if (c instanceof SourceCorrection s) {
        sources.add(s);
      }
      if (c instanceof BriefingCorrection b) {
        briefing.add(b);
      }
    }
    return new Corrections(file, sources, briefing);
  }

  /** How many corrections there are. */
  public int size() {
    return (int) java.util.stream.Stream.concat(sources.stream(), briefing.stream()).distinct().count();
  }

  /** {@code content} with the editor's outlets and dates set on its articles (origin "editor"). */
  public Content correct(Content content, List<Diagnostic> problems) {
    if (sources.isEmpty()) {
      return content;
    }
    List<Article> articles = new ArrayList<>(content.articles());
    for (SourceCorrection c : sources) {
      report(c.line(), guarded(() -> c.apply(content, articles)), problems);
    }
    return new Content(content.editorial(), articles, content.folder());
  }

  /**
   * {@code briefing} with every correction applied in the file's order, then its coverage,
   * namings and source counts made consistent; the same briefing where there are none.
   */
  public Briefing correct(Briefing briefing, List<Diagnostic> problems) {
    if (this.briefing.isEmpty()) {
      return briefing;
    }
    Edit edit = new Edit(briefing);
    for (BriefingCorrection c : this.briefing) {
      report(c.line(), guarded(() -> c.apply(edit)), problems);
    }
    return edit.briefing();
  }

  private void report(int line, Optional<String> unmatched, List<Diagnostic> problems) {
    unmatched.ifPresent(why -> problems.add(Diagnostic.warning(file, line,
        "stale correction: " + why, STALE_HINT)));
  }

  /** A fault in one correction costs that correction, never the build. */
  private static Optional<String> guarded(java.util.function.Supplier<Optional<String>> apply) {
    try {
      return apply.get();
    } catch (RuntimeException e) {
      return Optional.of("it could not be applied (" + e + ")");
    }
  }
}
