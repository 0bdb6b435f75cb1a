package briefing.cli;

import briefing.ingest.html.meta.MetadataReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fetched page as briefing saves it: the page's own bytes, with the address it came from and
 * the time it was fetched written into its {@code <head>} as meta tags, which the HTML reader
 * reads (a web page cannot carry front matter and still open in a browser).
 */
final class SavedPage {
  private static final Pattern HEAD = Pattern.compile("<head(?:\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML = Pattern.compile("<html(?:\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);

  private SavedPage() {}

  /**
   * The page with the two meta tags inserted right after {@code <head>} (or {@code <html>}, or
   * at the start), on the same line, so every line of the page keeps its number.
   */
  static byte[] annotate(byte[] page, URI url, Instant fetched) {
    String tags = "<meta name=\"" + MetadataReader.FETCHED_URL + "\" content=\"" + attribute(url.toASCIIString())
        + "\"><meta name=\"" + MetadataReader.FETCHED_AT + "\" content=\""
        + fetched.truncatedTo(ChronoUnit.SECONDS) + "\">";
    // ISO-8859-1 maps each byte to one char and back, so the page's own bytes, in whatever
    // encoding, come back unchanged; only UTF-16 needs decoding for the tags to be inserted.
    Charset charset = utf16(page);
    String text = new String(page, charset);
    int at = insertionPoint(text);
    String annotated = text.substring(0, at) + tags + text.substring(at);
    return annotated.getBytes(charset);
  }

  private static int insertionPoint(String text) {
    Matcher head = HEAD.matcher(text);
    if (head.find()) {
      return head.end();
    }
    Matcher html = HTML.matcher(text);
    if (html.find()) {
      return html.end();
    }
    // A page without <html> or <head>: the tags still open its implied head, after a doctype.
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<!doctype")) {
      int end = text.indexOf('>');
      return end < 0 ? 0 : end + 1;
    }
    return text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0; // after a UTF-8 byte-order mark
  }

  private static Charset utf16(byte[] page) {
    if (page.length >= 2 && (page[0] == (byte) 0xFE && page[1] == (byte) 0xFF
        || page[0] == (byte) 0xFF && page[1] == (byte) 0xFE)) {
      return StandardCharsets.UTF_16;
    }
    return StandardCharsets.ISO_8859_1;
  }

  private static String attribute(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
