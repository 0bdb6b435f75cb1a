package briefing.ingest.html;

import briefing.model.Noise;
import java.util.List;

/** Gathers dropped blocks into noise entries, one per run of blocks dropped for the same reason. */
public final class NoiseLog {
  /** Noise is shown to users folded away; a few lines of each region say enough. */
  public static final int MAX_TEXT = 300;

  private final List<Noise> noise;
  private final StringBuilder text = new StringBuilder();
  private String reason;
  private int line;

  NoiseLog(List<Noise> noise) {
    this.noise = noise;
  }

  /** Adds a dropped block, starting a new entry when the reason changes. */
  void add(RawBlock block, String why) {
    if (!why.equals(reason)) {
      flush();
      reason = why;
      line = block.line();
    }
    if (text.length() <= MAX_TEXT) {
      text.append(text.length() == 0 ? "" : " · ").append(block.text());
    }
  }

  /** Records the entry being gathered, if any. */
  void flush() {
    if (reason != null && text.length() > 0) {
      noise.add(new Noise(Text.shorten(text.toString(), MAX_TEXT), line, reason));
    }
    reason = null;
    text.setLength(0);
  }
}
