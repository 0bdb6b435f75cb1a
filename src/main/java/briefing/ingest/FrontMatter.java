package briefing.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The YAML front matter at the top of a content file, split from the body it precedes.
 *
 * @param fields the top-level keys in file order
 * @param body the text after the closing fence (the whole text where there is no front matter)
 * @param bodyLine the 1-based line of the file on which the body starts
 */
public record FrontMatter(List<Field> fields, String body, int bodyLine) {
  /**
   * One top-level key.
   *
   * @param key the key
   * @param values the value, or the items of a list value
   * @param line the 1-based line of the file where the key stands
   */
  public record Field(String key, List<String> values, int line) {
    public Field {
      Objects.requireNonNull(key, "key");
      values = List.copyOf(values);
    }

    /** The value as one string: a list's items joined with ", ". */
    public String value() {
      return String.join(", ", values);
    }
  }

  public FrontMatter {
    fields = List.copyOf(fields);
    Objects.requireNonNull(body, "body");
    if (bodyLine < 1) {
      throw new IllegalArgumentException("bodyLine is 1-based: " + bodyLine);
    }
  }

  public static FrontMatter none(String text) {
    return new FrontMatter(List.of(), text, 1);
  }

  public Optional<Field> field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst();
  }
}
