package briefing.ingest.html.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small, tolerant JSON reader for the JSON-LD that pages embed.
 *
 * <p>Objects become {@code Map<String, Object>} (insertion order), arrays {@code List<Object>},
 * numbers {@code Double}, and {@code true}/{@code false}/{@code null} their Java values. It accepts
 * what pages get wrong and a browser would shrug at: raw line breaks inside strings, trailing
 * commas, an HTML comment or CDATA wrapper around the script.
 */
public final class JsonLd {
  /** Deeper nesting than this is not JSON-LD a page means; it is refused rather than recursed. */
  private static final int MAX_DEPTH = 64;

  private final String text;
  private int pos;
  private int depth;

  private JsonLd(String text) {
    this.text = text;
  }

  /** Parses one JSON value, or returns empty when the text is not JSON. */
  public static Optional<Object> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    JsonLd reader = new JsonLd(unwrap(text));
    try {
      reader.skipSpace();
      Object value = reader.value();
      reader.skipSpace();
      return reader.pos == reader.text.length() || reader.text.charAt(reader.pos) == ';'
          ? Optional.ofNullable(value)
          : Optional.empty();
    } catch (IllegalStateException | IndexOutOfBoundsException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String unwrap(String text) {
    String trimmed = text.strip();
    for (String[] wrapper : new String[][] {{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"//<![CDATA[", "//]]>"}}) {
      if (trimmed.startsWith(wrapper[0]) && trimmed.endsWith(wrapper[1])) {
        trimmed = trimmed.substring(wrapper[0].length(), trimmed.length() - wrapper[1].length()).strip();
      }
    }
    return trimmed;
  }

  private Object value() {
    if (++depth > MAX_DEPTH) {
      throw new IllegalStateException("nested too deeply at " + pos);
    }
    char c = text.charAt(pos);
    Object value = switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      default -> literal();
    };
    depth--;
    return value;
  }

  private Map<String, Object> object() {
    Map<String, Object> map = new LinkedHashMap<>();
    pos++;
    while (true) {
      skipSpace();
      if (peek() == '}') {
        pos++;
        return map;
      }
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      map.put(key, value());
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else if (peek() != '}') {
        throw new IllegalStateException("expected , or } at " + pos);
      }
    }
  }

  private List<Object> array() {
    List<Object> list = new ArrayList<>();
    pos++;
    while (true) {
      skipSpace();
      if (peek() == ']') {
        pos++;
        return list;
      }
      list.add(value());
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else if (peek() != ']') {
        throw new IllegalStateException("expected , or ] at " + pos);
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> out.append(e);
      }
    }
  }

  private Object literal() {
    int start = pos;
    while (pos < text.length() && "{}[],:\"".indexOf(text.charAt(pos)) < 0
        && !Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
    String word = text.substring(start, pos);
    switch (word) {
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      case "null":
        return null;
      default:
        if (word.isEmpty()) {
          throw new IllegalStateException("unexpected character at " + pos);
        }
        return Double.valueOf(word);
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    return text.charAt(pos);
  }

  private void expect(char c) {
    if (text.charAt(pos) != c) {
      throw new IllegalStateException("expected " + c + " at " + pos);
    }
    pos++;
  }
}
