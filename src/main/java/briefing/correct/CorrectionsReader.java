package briefing.correct;

import briefing.ingest.FrontMatterParser;
import briefing.model.Diagnostic;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Reads corrections.yaml: sections ("people:") of entries, each entry a mapping whose first key
 * names its kind ("- merge: [A, B]"). Every mistake is an error with the file and line; an entry
 * with a mistake is left out, and the build fails.
 */
final class CorrectionsReader {
  /** A corrections file is read by people; anything larger is a mistake. */
  static final long MAX_BYTES = 1024 * 1024;
  private static final String HINT = "see the format of corrections.yaml in the README";

  private CorrectionsReader() {}

  /** The corrections in {@code path} (shown as {@code file}), in the file's order; none where it does not exist. */
  static List<Object> read(Path path, String file, List<Diagnostic> problems) {
    if (!Files.exists(path)) {
      return List.of();
    }
    if (Files.isSymbolicLink(path) && !inside(path)) {
      // As for articles: briefing reads only what lies in the content folder.
      problems.add(Diagnostic.warning(file, 0, "is a link to a file outside the content folder; skipped",
          "copy the file into the content folder instead of linking to it"));
      return List.of();
    }
    Optional<String> text = text(path, file, problems);
    if (text.isEmpty()) {
      return List.of();
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(10);
    Node root;
    try {
      root = new Yaml(options).compose(new StringReader(text.get()));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String what = e.getProblem() != null ? e.getProblem() : String.valueOf(e.getMessage());
      problems.add(Diagnostic.error(file, mark == null ? 1 : mark.getLine() + 1,
          "not valid YAML: " + what.strip().lines().findFirst().orElse(""),
          "quote text that holds a colon or starts with a special character; " + HINT));
      return List.of();
    } catch (YAMLException e) {
      problems.add(Diagnostic.error(file, 1, "not valid YAML: " + e.getMessage(), HINT));
      return List.of();
    } catch (RuntimeException e) {
      // SnakeYAML rejects some text outside YAMLException: a tag it cannot name ("!%20" reads as
      // a space) throws IllegalArgumentException; untrusted text must not crash the build
      problems.add(Diagnostic.error(file, FrontMatterParser.lineOfTag(text.get()),
          "not valid YAML: " + e.getMessage(), "quote text that starts with !; " + HINT));
      return List.of();
    }
    if (root == null) {
      return List.of();
    }
    if (!(root instanceof MappingNode sections)) {
      problems.add(Diagnostic.error(file, line(root), "must be sections such as 'people:' holding lists of corrections", HINT));
      return List.of();
    }
    List<Object> corrections = new ArrayList<>();
    for (NodeTuple section : sections.getValue()) {
      String name = section.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
      if (!Kinds.sections().contains(name)) {
        problems.add(Diagnostic.error(file, line(section.getKeyNode()), "unknown section '" + name + "'",
            "the sections are " + String.join(", ", Kinds.sections())));
        continue;
      }
      Node list = section.getValueNode();
      if (list instanceof ScalarNode s && s.getValue().isEmpty()) {
        continue; // "people:" with nothing under it yet
      }
      if (!(list instanceof SequenceNode entries)) {
        problems.add(Diagnostic.error(file, line(list), name + ": must be a list, each correction starting with '- '",
            HINT));
        continue;
      }
      for (Node entry : entries.getValue()) {
        Object correction = entry(file, name, entry, problems);
        if (correction != null) {
          corrections.add(correction);
        }
      }
    }
    return corrections;
  }

  private static Object entry(String file, String section, Node node, List<Diagnostic> problems) {
    if (!(node instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
      problems.add(Diagnostic.error(file, line(node), section + ": each correction is 'key: value' lines",
          "for example: - " + Kinds.keys(section).get(0) + ": …"));
      return null;
    }
    Map<String, Node> values = new LinkedHashMap<>();
    for (NodeTuple t : mapping.getValue()) {
      values.put(t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?", t.getValueNode());
    }
    String key = values.keySet().iterator().next();
    Optional<Kinds.Kind> kind = Kinds.of(section, key);
    if (kind.isEmpty()) {
      problems.add(Diagnostic.error(file, line(node), "unknown kind of correction '" + section + ": " + key + "'",
          "an entry under " + section + ": starts with one of " + String.join(", ", Kinds.keys(section))));
      return null;
    }
    boolean failed = false;
    for (NodeTuple t : mapping.getValue()) {
      String other = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
      if (!other.equals(key) && !kind.get().others().contains(other)) {
        problems.add(Diagnostic.error(file, line(t.getKeyNode()),
            "'" + other + "' is not a key of " + section + ": " + key,
            kind.get().others().isEmpty() ? section + ": " + key + " takes no other key"
                : "its keys are " + String.join(", ", kind.get().others().stream().sorted().toList())));
        failed = true;
      }
    }
    Entry entry = new Entry(file, section, key, line(node), values, problems);
    Object correction = kind.get().read().apply(entry);
    return failed || entry.failed() ? null : correction;
  }

  private static Optional<String> text(Path path, String file, List<Diagnostic> problems) {
    try {
      if (Files.size(path) > MAX_BYTES) {
        problems.add(Diagnostic.error(file, 0, "is larger than 1 MB", "keep only corrections in it"));
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(path);
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      problems.add(Diagnostic.error(file, 0, "is not UTF-8 text", "save it as UTF-8"));
    } catch (IOException e) {
      problems.add(Diagnostic.error(file, 0, "cannot be read (" + e.getMessage() + ")", ""));
    }
    return Optional.empty();
  }

  private static boolean inside(Path path) {
    try {
      Path folder = path.toAbsolutePath().getParent();
      return folder != null && path.toRealPath().startsWith(folder.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }
}
