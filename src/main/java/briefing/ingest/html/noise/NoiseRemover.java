package briefing.ingest.html.noise;

import briefing.ingest.html.ContentMarkers;
import briefing.ingest.html.Lines;
import briefing.ingest.html.NoiseLog;
import briefing.ingest.html.Text;
import briefing.ingest.html.TextMass;
import briefing.model.Noise;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Removes boilerplate regions from a page, recording each one it removes as noise. */
public final class NoiseRemover {
  /** Markup that never holds article text and is dropped without a word. */
  public static final String SILENT = "script, style, noscript, template, svg, iframe, object, "
      + "embed, canvas, button, select, option, input, textarea, link, meta, map, audio, video, "
      + "source, picture";
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  /**
   * Markup that a page shows as text, escaped once too often: a {@code <noscript>} fallback, or an
   * image, frame or media tag with its attributes. A bare mention such as "the <script> tag" is
   * text and stays.
   */
  private static final Pattern SHOWN_MARKUP = Pattern.compile("(?is)<noscript\\b[^<>]*>.*?"
      + "(?:</noscript\\s*>|$)|</?noscript\\s*>|<(?:img|iframe|source|picture|video|audio|embed"
      + "|object|track)\\b[^<>]*=[^<>]*/?>(?:\\s*</(?:iframe|picture|video|audio|object)>)?");
  /**
   * A teaser for another story: a headline that links away and a blurb. Some publishers call an
   * article's own standfirst a teaser, which links nowhere, so the link share decides.
   */
  private static final Pattern TEASER = Pattern.compile(
      "(?i)(?:^|[\\s_-])(?:teasers?|touts?|story-?cards?|teaser-?list)(?:$|[\\s_-])");
  private static final double TEASER_LINKS = 0.2;
  /** A region with this share of the page's plain text is the page itself, whatever its class. */
  private static final double MOST_OF_PAGE = 0.5;

  /** A paragraph this long in a header is an article's lead, not a site's tagline. */
  private static final int LEAD = 100;

  private final List<Noise> noise;
  private Set<Element> holders;
  private Microdata microdata;
  private TextMass mass;
  private int pagePlain;

  public NoiseRemover(List<Noise> noise) {
    this.noise = noise;
  }

  /** Removes the boilerplate below the given root, keeping whatever holds the article. */
  public void clean(Element root) {
    removeSilently(root);
    stripShownMarkup(root);
    holders = ContentMarkers.holders(root);
    microdata = new Microdata(root);
    mass = new TextMass(root);
    pagePlain = Math.max(1, mass.plain(root));
    visit(root);
  }

  private static void removeSilently(Element root) {
    // Some blog engines ship the article as an HTML template inside a script; that is markup.
    for (Element template : root.select("script[type~=(?i)text/(template|html|x-template)]")) {
      if (template.data().contains("<p")) {
        template.after(template.data());
      }
    }
    root.select(SILENT).remove();

    root.select("*").forEach(element -> element.childNodes().stream()
        .filter(node -> node instanceof Comment).toList().forEach(Node::remove));
  }

  private void stripShownMarkup(Element root) {
    for (Element element : root.getAllElements()) {
      for (TextNode text : element.textNodes()) {
        String whole = text.getWholeText();
        if (whole.indexOf('<') < 0) {
          continue;
        }
        Matcher matcher = SHOWN_MARKUP.matcher(whole);
        if (matcher.find()) {
          noise.add(new Noise(Text.shorten(Text.fold(matcher.group()), NoiseLog.MAX_TEXT),
              Lines.of(text), "markup shown as text"));
          text.text(matcher.replaceAll(" "));
        }
      }
    }
  }

  private void visit(Element element) {
    for (Element child : List.copyOf(element.children())) {
      String reason = reason(child);
      if (reason != null && !protect(child, reason)) {
        record(child, reason);
        child.remove();
      } else {
        visit(child);
      }
    }
  }

  private String reason(Element element) {
    if (element.hasAttr("hidden") || HIDDEN_STYLE.matcher(element.attr("style")).find()) {
      return "hidden text";
    }
    String printed = microdata.reason(element);
    if (printed != null) {
      return printed;
    }
    if (TEASER.matcher(element.className()).find() && mass.linkDensity(element) >= TEASER_LINKS) {
      return "related links";
    }
    String reason = BoilerplateRules.byTagOrRole(element);
    return reason != null ? reason : BoilerplateRules.byClassOrId(element);
  }

  private boolean protect(Element element, String reason) {
    if (holders.contains(element)) {
      return true;
    }
    // An article's own header holds its lead paragraph; a site's header holds links.
    if (reason.equals("page header") && hasLead(element)) {
      return true;
    }
    return !reason.equals("comments")
        && mass.plain(element) > MOST_OF_PAGE * pagePlain;
  }

  private boolean hasLead(Element element) {
    for (Element paragraph : element.getElementsByTag("p")) {
      if (mass.plain(paragraph) >= LEAD && mass.linkDensity(paragraph) < 0.3) {
        return true;
      }
    }
    return false;
  }

  private void record(Element element, String reason) {
    String text = Text.fold(element.text());
    if (!text.isEmpty()) {
      noise.add(new Noise(Text.shorten(text, NoiseLog.MAX_TEXT), Lines.of(element), reason));
    }
  }
}
