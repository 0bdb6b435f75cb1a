package briefing.correct;

import java.util.Optional;

/** One of the editor's corrections of the cross-referenced briefing: one entry of corrections.yaml. */
public interface BriefingCorrection {
  /** The line of corrections.yaml the entry starts on, for messages. */
  int line();

  /**
   * Applies the correction to {@code edit}; returns why it matched nothing ("no person is named
   * 'Tom Lee'"), leaving {@code edit} as it was, or empty where it applied.
   */
  Optional<String> apply(Edit edit);
}
