package briefing.crossref;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A form of a string worked out once and remembered: cross-referencing reads the same names and
 * descriptions again and again, comparing each with its neighbours (on H1N1, 396 articles,
 * working them out anew was a third of cross-referencing). Forgets everything when full, so a
 * long-running server stays bounded; safe to share between threads.
 *
 * @param <V> the form
 */
public final class Remembered<V> {
  private static final int MOST = 100_000;

  private final Map<String, V> forms = new ConcurrentHashMap<>();
  private final Function<String, V> work;

  /** Remembers what {@code work} makes of each string; {@code work} never returns null. */
  public Remembered(Function<String, V> work) {
    this.work = work;
  }

  /** The form of {@code s}, worked out where it is not remembered. */
  public V of(String s) {
    V known = forms.get(s);
    if (known != null) {
      return known;
    }
    if (forms.size() >= MOST) {
      forms.clear();
    }
    V form = work.apply(s);
    forms.put(s, form);
    return form;
  }
}
