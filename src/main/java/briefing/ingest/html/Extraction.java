package briefing.ingest.html;

import briefing.ingest.html.meta.PageMetadata;
import briefing.model.Block;
import briefing.model.Noise;
import java.util.List;
import java.util.Objects;

/**
 * What the reader took from one saved page.
 *
 * @param blocks the article's text in reading order
 * @param noise the regions removed as page noise, in page order
 * @param metadata what the page says about itself
 */
public record Extraction(List<Block> blocks, List<Noise> noise, PageMetadata metadata) {
  public Extraction {
    blocks = List.copyOf(blocks);
    noise = List.copyOf(noise);
    Objects.requireNonNull(metadata, "metadata");
  }
}
