package briefing;

import briefing.config.Settings;
import briefing.ingest.Ingest;
import briefing.model.Diagnostic;
import briefing.render.RenderException;
import briefing.render.Renderer;
import briefing.render.Site;
import briefing.render.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The stages in order: ingest, render; publishing is the caller's last step. */
public final class Pipeline {
  /** The site built (empty where errors stopped the build) and every problem found. */
  public record Outcome(Optional<Site> site, int articles, List<Diagnostic> diagnostics) {
    public Outcome {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  private Pipeline() {}

  /** Reads the content and renders the site in memory; writes nothing. */
  public static Outcome run(Settings settings) {
    Ingest.Result read = Ingest.standard().read(settings.content(), Settings.shown(settings.content()));
    List<Diagnostic> problems = new ArrayList<>(read.diagnostics());
    Site site = null;
    try {
      site = new Renderer(new Theme(settings.templates())).render(read);
    } catch (RenderException e) {
      problems.add(Diagnostic.error(
          Settings.shown(settings.templates().resolve(e.template())), e.line(),
          "template error: " + e.getMessage().strip().lines().findFirst().orElse(""),
          "fix the template, or delete it to fall back to the bundled theme"));
    }
    boolean failed = problems.stream().anyMatch(Diagnostic::isError);
    return new Outcome(failed ? Optional.empty() : Optional.ofNullable(site), read.articles().size(), problems);
  }
}
