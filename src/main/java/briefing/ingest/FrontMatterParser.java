package briefing.ingest;

import briefing.model.Diagnostic;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Splits YAML front matter ({@code ---} fences at the top of a file) from the body and reads its
 * top-level keys as strings; values keep their text, so "2022-01-10" stays a string to validate.
 */
public final class FrontMatterParser {
  /** Front matter is a handful of keys; anything larger is a mistake, not metadata. */
  static final int MAX_CHARS = 64 * 1024;
  /** A word starting with "!", at a line's start or after a space: a YAML tag. */
  private static final Pattern TAG = Pattern.compile("(?:^|\\s)!");

  private FrontMatterParser() {}

  /**
   * Parses the front matter of {@code text}; problems go to {@code problems} against {@code file}
   * and the keys read before the problem are kept.
   */
  public static FrontMatter parse(String text, String file, List<Diagnostic> problems) {
    if (!text.startsWith("---")) {
      return FrontMatter.none(text);
    }
    int firstLineEnd = lineEnd(text, 0);
    if (!text.substring(0, firstLineEnd).strip().equals("---")) {
      return FrontMatter.none(text);
    }
    int yamlStart = next(text, firstLineEnd);
    int cursor = yamlStart;
    int line = 2;
    while (cursor < text.length()) {
      int end = lineEnd(text, cursor);
      String fence = text.substring(cursor, end).strip();
      if (fence.equals("---") || fence.equals("...")) {
        String yaml = text.substring(yamlStart, cursor);
        List<FrontMatter.Field> fields = readFields(yaml, file, problems);
        return new FrontMatter(fields, text.substring(next(text, end)), line + 1);
      }
      cursor = next(text, end);
      line++;
    }
    // Scraped text may open with a divider line: without a closing fence it is text, not YAML.
    problems.add(
        Diagnostic.warning(
            file, 1, "starts with --- but no closing --- follows; the whole file is read as text",
            "if this was meant as front matter, end it with a line holding only ---"));
    return FrontMatter.none(text);
  }

  private static List<FrontMatter.Field> readFields(
      String yaml, String file, List<Diagnostic> problems) {
    List<FrontMatter.Field> fields = new ArrayList<>();
    if (yaml.length() > MAX_CHARS) {
      problems.add(
          Diagnostic.error(file, 2, "front matter is larger than " + MAX_CHARS / 1024 + " KiB",
              "keep front matter to the article's title, outlet, url, author and published date"));
      return fields;
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(10);
    options.setCodePointLimit(MAX_CHARS);
    Node root;
    try {
      root = new Yaml(options).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 2 : mark.getLine() + 2;
      String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
      problems.add(
          Diagnostic.error(file, line, "front matter is not valid YAML: " + firstLine(what),
              "write one 'key: value' per line; quote values that hold a colon"));
      return fields;
    } catch (YAMLException e) {
      problems.add(
          Diagnostic.error(file, 2, "front matter is not valid YAML: " + firstLine(e.getMessage()),
              "write one 'key: value' per line, without anchors or aliases"));
      return fields;
    } catch (RuntimeException e) {
      // SnakeYAML rejects some text outside YAMLException: a tag it cannot name ("!%20" reads as
      // a space) throws IllegalArgumentException; untrusted text must not crash the build
      problems.add(
          Diagnostic.error(file, 1 + lineOfTag(yaml),
              "front matter is not valid YAML: " + firstLine(e.getMessage()),
              "quote a value that starts with !, for example: title: \"!Important\""));
      return fields;
    }
    if (root == null) {
      return fields;
    }
    if (!(root instanceof MappingNode mapping)) {
      problems.add(
          Diagnostic.error(file, 2, "front matter must be 'key: value' lines",
              "for example: published: 2022-01-10"));
      return fields;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      int line = tuple.getKeyNode().getStartMark().getLine() + 2;
      Optional<String> key = scalar(tuple.getKeyNode());
      Optional<List<String>> values = values(tuple.getValueNode());
      if (key.isEmpty() || values.isEmpty()) {
        problems.add(
            Diagnostic.error(file, line, "front matter values must be text or a list of text",
                "for example: author: [Jane Doe, John Roe]"));
        continue;
      }
      fields.add(new FrontMatter.Field(key.get(), values.get(), line));
    }
    return fields;
  }

  /** The line of {@code yaml}, from 1, holding the first word that starts with "!": a tag. */
  public static int lineOfTag(String yaml) {
    List<String> lines = yaml.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (TAG.matcher(lines.get(i)).find()) {
        return i + 1;
      }
    }
    return 1;
  }

  private static Optional<List<String>> values(Node node) {
    if (node instanceof ScalarNode) {
      return scalar(node).map(v -> v.isEmpty() ? List.of() : List.of(v));
    }
    if (node instanceof SequenceNode sequence) {
      List<String> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        Optional<String> value = scalar(item);
        if (value.isEmpty()) {
          return Optional.empty();
        }
        items.add(value.get());
      }
      return Optional.of(items);
    }
    return Optional.empty();
  }

  private static Optional<String> scalar(Node node) {
    // A double-quoted YAML value may spell control characters ("\e[2J"): they go here.
    return node instanceof ScalarNode s ? Optional.of(ControlCharacters.strip(s.getValue()).strip()) : Optional.empty();
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  private static int lineEnd(String text, int from) {
    int newline = text.indexOf('\n', from);
    return newline < 0 ? text.length() : newline;
  }

  private static int next(String text, int lineEnd) {
    return Math.min(text.length(), lineEnd + 1);
  }
}
