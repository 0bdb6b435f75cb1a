package briefing.cli;

import briefing.ingest.ControlCharacters;
import briefing.model.Diagnostic;

/**
 * Text from files (names, front matter values) made safe to print to a terminal: control
 * characters are shown escaped, ESC as {@code \e} and the others as {@code \xNN}, so that a
 * file named with an escape sequence cannot recolour, clear or retitle the user's terminal.
 */
final class Terminal {
  private Terminal() {}

  /** The text with each control character written as an escape. */
  static String escape(String text) {
    return ControlCharacters.escape(text);
  }

  /** Lines of text, each escaped; the line ends stay. */
  static String escapeLines(String text) {
    return String.join("\n", java.util.Arrays.stream(text.split("\n", -1)).map(Terminal::escape).toList());
  }

  /** The diagnostic as printed: its file, message and hint escaped. */
  static String format(Diagnostic d) {
    return new Diagnostic(d.severity(), escape(d.file()), d.line(), d.column(), escape(d.message()),
        escape(d.hint())).format();
  }
}
