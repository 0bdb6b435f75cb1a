package briefing.cli.serve;

import briefing.model.Diagnostic;
import briefing.model.Site;
import java.util.List;

/**
 * What the server shows after a build.
 *
 * @param version counts the builds, so that open pages know when to reload
 * @param site the last site that built, or null before any did
 * @param errors why the latest build failed; empty when it built
 */
record Snapshot(long version, Site site, List<Diagnostic> errors) {
  Snapshot {
    errors = List.copyOf(errors);
  }

  boolean failed() {
    return !errors.isEmpty();
  }
}
