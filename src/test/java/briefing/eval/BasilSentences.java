package briefing.eval;

import briefing.model.Source;
import briefing.model.analysis.Sentence;
import java.io.PrintStream;
import java.util.List;

/**
 * Lists the sentences of the BASIL events' articles as briefing numbers them, one a line
 * ({@code event<TAB>article<TAB>s12<TAB>text}), for writing the event-linking gold by hand.
 *
 * <p>Usage: {@code mvn -q test-compile exec:java@eval-events-list [-Dexec.args="[--all] [FOLDER...]"]};
 * without folders, the gold's eight events ({@link BasilStories#goldFolders}); {@code --all}
 * every event.
 */
public final class BasilSentences {
  private BasilSentences() {}

  /** Prints the sentences. */
  public static void main(String[] args) {
    List<String> folders = List.of(args).contains("--all") ? BasilStories.folders(BasilStories.DATA)
        : args.length > 0 ? List.of(args) : BasilStories.goldFolders(BasilStories.DATA);
    PrintStream out = System.out;
    for (BasilStories.Story story : BasilStories.load(BasilStories.DATA, folders)) {
      for (Source source : story.sources()) {
        for (Sentence s : source.analysis().sentences()) {
          out.println(story.folder() + "\t" + source.id() + "\t" + s.id() + "\t"
              + s.text().replaceAll("\\s+", " ").strip());
        }
      }
    }
    System.exit(0);
  }
}
