package briefing.render;

import briefing.text.FunctionWords;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * How readers tell an outlet at a glance: a monogram of one or two letters on one of a fixed set
 * of colours. Both follow from the outlet's name alone, so an outlet looks the same on every page
 * and in every build of the same story; the name is always printed beside them, so the colour is
 * never the only cue.
 *
 * @param monogram one or two capitals ("VA" for "Voice of Alder", "R" for "Riverton")
 * @param colour which of the theme's {@link #COLOURS} colours, from 0
 */
public record OutletMark(String monogram, int colour) {
  /**
   * How many colours the theme's stylesheet defines ({@code .om.c0} to {@code .om.c7}), each
   * chosen so that its monogram reads at WCAG AA contrast in light and in dark mode.
   */
  static final int COLOURS = 8;

  /** The CSS classes of the mark: "om c3". */
  public String css() {
    return "om c" + colour;
  }

  /**
   * The marks of {@code outlets}, by name. Each outlet takes the colour its name hashes to; where
   * an outlet earlier in alphabetical order took it and colours are left, the next free one, so
   * that a story of a few outlets shows each in a colour of its own.
   */
  static Map<String, OutletMark> of(Collection<String> outlets) {
    Map<String, OutletMark> marks = new TreeMap<>();
    boolean[] taken = new boolean[COLOURS];
    int free = COLOURS;
    TreeSet<String> names = new TreeSet<>();
    outlets.stream().filter(o -> o != null && !o.isBlank()).forEach(names::add);
    for (String outlet : names) {
      int colour = hash(outlet) % COLOURS;
      if (free > 0) {
        while (taken[colour]) {
          colour = (colour + 1) % COLOURS;
        }
        taken[colour] = true;
        free--;
      }
      marks.put(outlet, new OutletMark(monogram(outlet), colour));
    }
    return marks;
  }

  /**
   * The outlet's initials: the first letters of its first two words that are not function words
   * ("The Harbour Herald" is "HH", "News 24" is "N2"); of a single word, its first letter and the
   * next capital after it ("UPX" is "UP", "NewsWire" is "NW", "Riverton" is "R").
   */
  static String monogram(String outlet) {
    List<String> words = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (String w : outlet.strip().split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        all.add(w);
        if (!FunctionWords.contains(w.toLowerCase(Locale.ROOT))) {
          words.add(w);
        }
      }
    }
    if (words.isEmpty()) {
      words = all;
    }
    if (words.isEmpty()) {
      return first(outlet.strip());
    }
    if (words.size() >= 2) {
      return first(words.get(0)) + first(words.get(1));
    }
    String word = words.get(0);
    int second = word.offsetByCodePoints(0, 1);
    for (int i = second; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
      if (Character.isUpperCase(word.codePointAt(i))) {
        return first(word) + first(word.substring(i));
      }
    }
    return first(word);
  }

  /** The first character of {@code text}, upper-cased: "n" gives "N". */
  private static String first(String text) {
    if (text.isEmpty()) {
      return "";
    }
    return new String(Character.toChars(text.codePointAt(0))).toUpperCase(Locale.ROOT);
  }

  /** A hash of the name that every Java runtime computes alike, case aside. */
  private static int hash(String outlet) {
    CRC32 crc = new CRC32();
    crc.update(outlet.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() & Integer.MAX_VALUE);
  }
}
