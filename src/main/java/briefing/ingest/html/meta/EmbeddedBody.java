package briefing.ingest.html.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article text a page carries outside its visible markup: the {@code articleBody} of
 * its JSON-LD article, or an article body held as a string in one of its scripts (the state a
 * script-built page is rendered from).
 *
 * <p>The text is returned as the page holds it, possibly with HTML markup; the caller turns it
 * into plain text.
 */
public final class EmbeddedBody {
  /** Shorter strings are summaries or teasers, not a body. */
  private static final int MIN_BODY = 400;
  /** A script string under one of these keys is a body when it holds paragraphs of markup. */
  private static final Pattern SCRIPT_KEY = Pattern.compile(
      "\"(articleBody|body|content|html|bodyHtml|contentHtml|text)\"\\s*:\\s*\"");
  private static final Pattern PARAGRAPH_MARKUP =
      Pattern.compile("(?i)<p[\\s>]|\\\\u003cp[\\s>]|&lt;p[\\s&]");

  private EmbeddedBody() {}

  /** The longest article body the page embeds, or null when it embeds none. */
  public static String read(Document doc) {
    String best = null;
    for (String candidate : candidates(doc)) {
      if (candidate.length() >= MIN_BODY && (best == null || candidate.length() > best.length())) {
        best = candidate;
      }
    }
    return best;
  }

  private static List<String> candidates(Document doc) {
    List<String> found = new ArrayList<>();
    for (Element script : doc.getElementsByTag("script")) {
      String data = script.data();
      if (script.attr("type").toLowerCase(java.util.Locale.ROOT).contains("ld+json")) {
        JsonLd.parse(data).ifPresent(value -> articleBodies(value, found));
      } else if (data.length() > MIN_BODY) {
        Matcher matcher = SCRIPT_KEY.matcher(data);
        while (matcher.find()) {
          int end = closingQuote(data, matcher.end());
          String literal = data.substring(matcher.end(), end);
          boolean named = matcher.group(1).equals("articleBody");
          if (literal.length() >= MIN_BODY
              && (named || PARAGRAPH_MARKUP.matcher(literal).find())) {
            JsonLd.parse("\"" + literal + "\"")
                .filter(String.class::isInstance).map(String.class::cast).ifPresent(found::add);
          }
          matcher.region(end, data.length());
        }
      }
    }
    return found;
  }

  /** The index of the quote that closes the JavaScript string starting at {@code from}. */
  private static int closingQuote(String data, int from) {
    int i = from;
    while (i < data.length() && data.charAt(i) != '"') {
      i += data.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i, data.length());
  }

  private static void articleBodies(Object value, List<String> found) {
    List<java.util.Map<?, ?>> objects = new ArrayList<>();
    LinkedData.flatten(value, objects, 0);
    for (java.util.Map<?, ?> object : objects) {
      if (LinkedData.isArticle(object) && object.get("articleBody") instanceof String body) {
        found.add(body);
      }
    }
  }
}
