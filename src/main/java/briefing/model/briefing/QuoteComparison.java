package briefing.model.briefing;

import java.util.List;
import java.util.Objects;

/**
 * One statement as several sources carry it, exactly or paraphrased.
 *
 * @param speaker the person id it is credited to, or null where sources differ or do not say
 * @param versions each source's words, with the words it does not share with the first version
 *     marked
 * @param creditsDiffer true when sources credit it to different speakers
 */
public record QuoteComparison(String speaker, List<Version> versions, boolean creditsDiffer) {
  /** One source's version; {@code words} is the text cut into words, each marked same or changed. */
  public record Version(QuoteRef quote, List<Word> words) {
    public Version {
      Objects.requireNonNull(quote, "quote");
      words = List.copyOf(words);
    }
  }

  /** A word of a version, and whether the other versions have it. */
  public record Word(String text, boolean shared) {}

  public QuoteComparison {
    versions = List.copyOf(versions);
  }
}
