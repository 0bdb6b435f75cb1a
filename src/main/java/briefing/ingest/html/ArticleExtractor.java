package briefing.ingest.html;

import briefing.ingest.html.meta.EmbeddedBody;
import briefing.ingest.html.meta.MetadataReader;
import briefing.ingest.html.meta.PageMetadata;
import briefing.ingest.html.noise.NoiseRemover;
import briefing.model.Block;
import briefing.model.Noise;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads one saved web page into its article text, the noise around it and its metadata. */
public final class ArticleExtractor {
  /** Extracts the article body, the removed noise and the page's metadata from one saved page. */
  public Extraction extract(String html, String baseUri) {
    Document doc = Jsoup.parse(html == null ? "" : html, baseUri == null ? "" : baseUri,
        Parser.htmlParser().setTrackPosition(true));
    PageMetadata metadata = new MetadataReader().read(doc);
    String embedded = EmbeddedBody.read(doc);
    List<Noise> noise = new ArrayList<>();
    Element body = doc.body();
    new NoiseRemover(noise).clean(body);
    List<Element> article = new ContentScorer().findAll(body);
    recordOutside(article, body, noise);
    List<RawBlock> collected = BlockCollector.collect(article, metadata.title());
    List<Block> blocks = new BlockFilter(noise).filter(collected);
    if (EmbeddedArticle.standsIn(embedded, blocks)) {
      // The visible body is a teaser or the first paragraphs; the page's own full text wins.
      blocks.forEach(b -> noise.add(new Noise(Text.shorten(b.text(), NoiseLog.MAX_TEXT), b.line(),
          "shorter than the article body the page embeds")));
      blocks = new BlockFilter(noise).filter(EmbeddedArticle.blocks(embedded));
    }
    noise.sort(Comparator.comparingInt(Noise::line));
    return new Extraction(blocks, noise, metadata);
  }

  /** Records the text beside the article's parts, level by level up to the body, as noise. */
  private static void recordOutside(List<Element> parts, Element body, List<Noise> noise) {
    Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element part : parts) {
      for (Element up = part; up != null && up != body; up = up.parent()) {
        inside.add(up);
      }
    }
    for (Element part : parts) {
      recordOutside(part, body, inside, noise);
    }
  }

  private static void recordOutside(Element part, Element body, Set<Element> inside,
      List<Noise> noise) {
    for (Element inner = part; inner != body && inner.parent() != null;
        inner = inner.parent()) {
      for (Element sibling : inner.parent().children()) {
        String text = Text.fold(sibling.text());
        if (inside.add(sibling) && !text.isEmpty()) {
          noise.add(new Noise(Text.shorten(text, NoiseLog.MAX_TEXT), Lines.of(sibling), "outside the article"));
        }
      }
    }
  }
}
