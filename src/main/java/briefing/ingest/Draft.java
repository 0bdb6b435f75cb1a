package briefing.ingest;

import briefing.model.Metadata;
import briefing.model.Noise;
import java.util.List;
import java.util.Objects;

/**
 * What a reader makes of one file before cleaning: its units of text and the metadata the page
 * itself published (empty for formats that publish none).
 *
 * @param units the text, in reading order
 * @param page metadata from the page's own tags
 * @param noise what the reader itself removed (a web page's menus and footers)
 * @param chromeAboveHeadline whether what stands above the headline is page chrome
 */
public record Draft(List<Unit> units, Metadata page, List<Noise> noise, boolean chromeAboveHeadline) {
  public Draft {
    units = List.copyOf(units);
    noise = List.copyOf(noise);
    Objects.requireNonNull(page, "page");
  }
}
