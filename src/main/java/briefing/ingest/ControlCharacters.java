package briefing.ingest;

import briefing.model.Credit;
import briefing.model.Metadata;
import briefing.model.Noise;
import briefing.model.Sourced;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes control characters (ESC, BEL, backspace, the C1 controls, …) from text read from a
 * file: in a page they are invisible at best, and in a terminal, a CSV cell or a calendar line
 * they are escape sequences and line breaks that someone else's file should not get to write.
 * Tab, line feed, carriage return and form feed stay: they are white space.
 */
public final class ControlCharacters {
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r\\f]]+");

  private ControlCharacters() {}

  /** The text without control characters other than white space. */
  public static String strip(String text) {
    return text == null || !CONTROL.matcher(text).find() ? text : CONTROL.matcher(text).replaceAll("");
  }

  /**
   * The text with each control character written as an escape, ESC as {@code \e} and the others
   * as {@code \xNN}: for a file's name, which is shown as it is but must not run as an escape
   * sequence in a terminal or hide in a page.
   */
  public static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isISOControl(c) && c != '\u2028' && c != '\u2029') {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      switch (c) {
        case '\u001B' -> out.append("\\e");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(String.format(Locale.ROOT, c <= 0xFF ? "\\x%02X" : "\\u%04X", (int) c));
      }
    }
    return out == null ? text : out.toString();
  }

  /** Every text field of the metadata without control characters. */
  static Metadata strip(Metadata m) {
    return new Metadata(text(m.title()), text(m.outlet()), text(m.url()),
        m.authors() == null ? null : Sourced.of(m.authors().value().stream().map(ControlCharacters::strip).toList(),
            m.authors().origin(), strip(m.authors().evidence())),
        m.published() == null ? null : Sourced.of(m.published().value(), m.published().origin(),
            strip(m.published().evidence())),
        text(m.dateline()), text(m.language()));
  }

  static List<Noise> stripNoise(List<Noise> noise) {
    return noise.stream().map(n -> new Noise(strip(n.text()), n.line(), strip(n.reason()))).toList();
  }

  static List<Credit> stripCredits(List<Credit> credits) {
    return credits.stream().filter(c -> !strip(c.name()).isBlank())
        .map(c -> new Credit(strip(c.name()), strip(c.role()), strip(c.agency()))).toList();
  }

  private static Sourced<String> text(Sourced<String> value) {
    return value == null ? null : Sourced.of(strip(value.value()), value.origin(), strip(value.evidence()));
  }
}
