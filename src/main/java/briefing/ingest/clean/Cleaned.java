package briefing.ingest.clean;

import briefing.model.Block;
import briefing.model.Credit;
import briefing.model.Metadata;
import briefing.model.Noise;
import java.util.List;

/**
 * An article's text after cleaning.
 *
 * @param blocks the article's blocks in reading order
 * @param credits photo and other credits found in captions
 * @param noise what was removed, with why
 * @param detected the metadata the text itself states (title, outlet, byline, dateline, date)
 */
public record Cleaned(List<Block> blocks, List<Credit> credits, List<Noise> noise, Metadata detected) {
  public Cleaned {
    blocks = List.copyOf(blocks);
    credits = List.copyOf(credits);
    noise = List.copyOf(noise);
  }
}
