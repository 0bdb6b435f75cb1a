package briefing.correct;

import briefing.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One entry of corrections.yaml as written: its section and kind ("people", "merge"), its
 * line and its keys. Reading a value that is missing or of the wrong shape records an error
 * against the value's line, so a kind's factory reads what it needs and checks {@link #failed()}.
 */
public final class Entry {
  private final String file;
  private final String section;
  private final String kind;
  private final int line;
  private final Map<String, Node> values;
  private final List<Diagnostic> problems;
  private boolean failed;

  Entry(String file, String section, String kind, int line, Map<String, Node> values,
      List<Diagnostic> problems) {
    this.file = file;
    this.section = section;
    this.kind = kind;
    this.line = line;
    this.values = values;
    this.problems = problems;
  }

  public int line() {
    return line;
  }

  /** "people: merge", as messages name the kind. */
  public String name() {
    return section + ": " + kind;
  }

  /** The text of the kind's own key ("merge: Tom Lee" gives "Tom Lee"). */
  public String subject() {
    return text(kind);
  }

  /** The text under {@code key}; an error where it is missing, empty or not text. */
  public String text(String key) {
    if (!values.containsKey(key)) {
      error(key, name() + " needs " + key + ": …", "see the format of corrections.yaml in the README");
      return "";
    }
    Optional<String> value = optional(key);
    if (value.isPresent() && value.get().isEmpty()) {
      error(key, key + ": is empty", "write the value after " + key + ":");
    }
    return value.orElse("");
  }

  /** The text under {@code key}, or empty where the key is absent; an error where it is not text. */
  public Optional<String> optional(String key) {
    Node node = values.get(key);
    if (node == null) {
      return Optional.empty();
    }
    if (node instanceof ScalarNode s) {
      return Optional.of(clean(s.getValue()));
    }
    error(key, key + " must be text", "write it on the key's line: " + key + ": …");
    return Optional.empty();
  }

  /** The texts of a list under {@code key} ({@code [a, b]} or one item a line); at least {@code least}. */
  public List<String> texts(String key, int least) {
    Node node = values.get(key);
    List<String> out = new ArrayList<>();
    if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        if (item instanceof ScalarNode s && !clean(s.getValue()).isEmpty()) {
          out.add(clean(s.getValue()));
        } else {
          error(key, key + " must be a list of text", "for example: " + key + ": [first, second]");
          return List.of();
        }
      }
    } else if (node instanceof ScalarNode s && !clean(s.getValue()).isEmpty()) {
      out.add(clean(s.getValue()));
    }
    if (out.size() < least) {
      error(key, name() + " needs a list of at least " + least + " under " + key,
          "for example: " + key + ": [first, second]");
    }
    return out;
  }

  /** Records an error about the value under {@code key} (at its line, else the entry's). */
  public void error(String key, String message, String hint) {
    Node node = values.get(key);
    int at = node == null ? line : node.getStartMark().getLine() + 1;
    problems.add(Diagnostic.error(file, at, message, hint));
    failed = true;
  }

  /**
   * A value as one line of plain text: control characters (a double-quoted "\e[2J") dropped,
   * line breaks of a long note and runs of spaces made one space.
   */
  static String clean(String value) {
    return value.replaceAll("[\\p{Cc}&&[^\\t\\n\\r]]", "").replaceAll("\\s+", " ").strip();
  }

  /** Whether reading the entry found an error: then it is not applied. */
  public boolean failed() {
    return failed;
  }
}
