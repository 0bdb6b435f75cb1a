package briefing.eval;

import briefing.crossref.CrossReference;
import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.Sentence;
import briefing.model.briefing.Event;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists the sentences of the BASIL events' articles as briefing numbers them, one a line
 * ({@code event<TAB>article<TAB>s12<TAB>text}), for writing the event-linking gold by hand.
 *
 * <p>Usage: {@code mvn -q test-compile exec:java@eval-events-list [-Dexec.args="[--all] [--events]
 * [--single] [--h1n1=STORIES] [FOLDER...]"]}; without folders, the gold's eight events
 * ({@link BasilStories#goldFolders}); {@code --all} every event; {@code --h1n1=STORIES} the H1N1
 * slices a stories file names ({@link H1n1Slices}) instead. With {@code --events}, instead of the sentences, the briefing's
 * events that cite two or more outlets, the main event (as {@link EventLinkEvaluation#main}
 * chooses it) marked with {@code *}, each followed by the sentences it cites
 * ({@code story<TAB>event<TAB>article s12<TAB>text}), for checking merges by hand; with
 * {@code --single}, the events of one outlet too, for finding a happening told apart.
 */
public final class BasilSentences {
  private BasilSentences() {}

  /** Prints the sentences. */
  public static void main(String[] args) {
    List<String> flags = List.of(args);
    List<String> named = flags.stream().filter(a -> !a.startsWith("--")).toList();
    List<String> folders = flags.contains("--all") ? BasilStories.folders(BasilStories.DATA)
        : !named.isEmpty() ? named : BasilStories.goldFolders(BasilStories.DATA);
    PrintStream out = System.out;
    List<BasilStories.Story> stories = flags.stream().filter(a -> a.startsWith("--h1n1="))
        .findFirst().map(a -> H1n1Slices.load(Path.of(a.substring("--h1n1=".length()))))
        .orElseGet(() -> BasilStories.load(BasilStories.DATA, folders));
    for (BasilStories.Story story : stories) {
      if (flags.contains("--events")) {
        events(story, out, flags.contains("--single") ? 1 : 2);
        continue;
      }
      for (Source source : story.sources()) {
        for (Sentence s : source.analysis().sentences()) {
          out.println(story.folder() + "\t" + source.id() + "\t" + s.id() + "\t"
              + s.text().replaceAll("\\s+", " ").strip());
        }
      }
    }
    System.exit(0);
  }

  /** The story's events citing two or more outlets, each with the sentences it cites. */
  private static void events(BasilStories.Story story, PrintStream out, int outlets) {
    Map<Citation, String> text = new HashMap<>();
    for (Source source : story.sources()) {
      for (Sentence s : source.analysis().sentences()) {
        text.put(new Citation(source.id(), s.id()), s.text().replaceAll("\\s+", " ").strip());
      }
    }
    List<Event> events = CrossReference.link(story.editorial(), story.sources()).events();
    Event main = EventLinkEvaluation.main(events);
    for (Event e : events) {
      if (e.sources().size() < outlets) {
        continue;
      }
      out.println(story.folder() + "\t" + (e == main ? "*" : "") + e.id() + "\t" + e.date().value()
          + " " + e.kind() + " " + e.sources() + " people " + e.people());
      for (Citation c : e.citations()) {
        out.println(story.folder() + "\t" + e.id() + "\t" + c.article() + " " + c.sentence() + "\t"
            + text.get(c));
      }
    }
  }
}
