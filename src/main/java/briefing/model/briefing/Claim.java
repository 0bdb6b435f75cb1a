package briefing.model.briefing;

import briefing.model.Citation;
import java.util.List;
import java.util.Objects;

/**
 * One statement several sources report, each in its own words: the same claim paraphrased, a
 * quote and its paraphrase, a position attributed alike.
 *
 * @param id a stable id for URLs
 * @param summary the version that best stands for all of them
 * @param summaryFrom where the summary was read
 * @param versions each source's sentences that state it (most sources word it once), in
 *     citation order
 */
public record Claim(String id, String summary, Citation summaryFrom, List<Version> versions) {
  /**
   * How one source words the claim.
   *
   * @param text the sentence as the source writes it
   * @param citation where
   */
  public record Version(String text, Citation citation) {
    public Version {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(citation, "citation");
    }
  }

  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(summaryFrom, "summaryFrom");
    versions = List.copyOf(versions);
    if (versions.size() < 2) {
      throw new IllegalArgumentException("a claim is reported by two sources or more");
    }
  }

  /** The distinct articles that report it. */
  public List<String> sources() {
    return versions.stream().map(v -> v.citation().article()).distinct().sorted().toList();
  }
}
