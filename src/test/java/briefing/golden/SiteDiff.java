package briefing.golden;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What differs between an expected and a built folder, file by file, as lines a reader can act
 * on: the files missing, the files extra, and for each different file where it first differs.
 */
final class SiteDiff {
  /** Characters of a differing line shown either side of the first differing character. */
  private static final int CONTEXT = 60;

  private SiteDiff() {}

  /**
   * Compares two folders given as relative path to bytes; returns one line per missing, extra or
   * different file, sorted by path, or an empty list when they are identical.
   */
  static List<String> between(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    List<String> problems = new ArrayList<>();
    TreeSet<String> paths = new TreeSet<>(expected.keySet());
    paths.addAll(actual.keySet());
    for (String path : paths) {
      byte[] want = expected.get(path);
      byte[] got = actual.get(path);
      if (got == null) {
        problems.add("missing: " + path + " (expected, not built)");
      } else if (want == null) {
        problems.add("extra:   " + path + " (built, not expected)");
      } else if (!Arrays.equals(want, got)) {
        problems.add("differs: " + path + ": " + firstDifference(want, got));
      }
    }
    return problems;
  }

  /** Where two different files first differ: the line for text, the byte offset otherwise. */
  static String firstDifference(byte[] want, byte[] got) {
    Optional<String> wantText = text(want);
    Optional<String> gotText = text(got);
    if (wantText.isEmpty() || gotText.isEmpty()) {
      int at = Arrays.mismatch(want, got);
      return "binary, " + want.length + " bytes expected, " + got.length + " built, first differing byte at " + at;
    }
    String[] wantLines = wantText.get().split("\n", -1);
    String[] gotLines = gotText.get().split("\n", -1);
    for (int i = 0; i < Math.max(wantLines.length, gotLines.length); i++) {
      String a = i < wantLines.length ? wantLines[i] : null;
      String b = i < gotLines.length ? gotLines[i] : null;
      if (a == null || b == null || !a.equals(b)) {
        int column = a == null || b == null ? 0 : mismatch(a, b);
        return "line " + (i + 1) + (column > 0 ? ", column " + (column + 1) : "")
            + "\n    expected: " + shown(a, column) + "\n    built:    " + shown(b, column);
      }
    }
    return "the same lines, different bytes"; // unreachable for valid UTF-8, kept for safety
  }

  private static int mismatch(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return n;
  }

  /** The line around {@code column}, with carriage returns and tabs made visible. */
  private static String shown(String line, int column) {
    if (line == null) {
      return "(no such line: the file ends before)";
    }
    int from = Math.max(0, column - CONTEXT);
    int to = Math.min(line.length(), column + CONTEXT);
    String piece = line.substring(from, to).replace("\r", "\\r").replace("\t", "\\t");
    return (from > 0 ? "…" : "") + piece + (to < line.length() ? "…" : "");
  }

  /** The bytes as UTF-8 text, or empty when they are not valid UTF-8 or hold a NUL. */
  private static Optional<String> text(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
