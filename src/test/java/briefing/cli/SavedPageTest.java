package briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Where a fetched page's address and fetch time go, whatever the page's encoding and shape. */
class SavedPageTest {
  private static final URI URL = URI.create("https://example.org/a?b=1&c=%222%22");
  private static final Instant AT = Instant.parse("2024-05-06T07:08:09.123Z");
  private static final String TAGS = "<meta name=\"briefing:url\" content=\"https://example.org/a?b=1&amp;c=%222%22\">"
      + "<meta name=\"briefing:fetched\" content=\"2024-05-06T07:08:09Z\">";

  private static String annotate(byte[] page, java.nio.charset.Charset charset) {
    return new String(SavedPage.annotate(page, URL, AT), charset);
  }

  @Test
  void theTagsOpenTheHeadOnItsOwnLine() {
    assertEquals("<html>\n<HEAD lang=x>" + TAGS + "\n<title>t</title>",
        annotate("<html>\n<HEAD lang=x>\n<title>t</title>".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
  }

  @Test
  void aPageWithoutAHeadGetsThemAfterHtmlOrTheDoctype() {
    assertEquals("<html>" + TAGS + "<header>x</header>",
        annotate("<html><header>x</header>".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    assertEquals("<!DOCTYPE html>" + TAGS + "<p>x",
        annotate("<!DOCTYPE html><p>x".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
  }

  @Test
  void thePagesOwnBytesAreKeptInAnyEncoding() {
    byte[] latin = "<head>caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("<head>" + TAGS + "caf\u00e9", annotate(latin, StandardCharsets.ISO_8859_1));
    byte[] bom = "\uFEFF<p>\u00e9".getBytes(StandardCharsets.UTF_8);
    assertEquals("\uFEFF" + TAGS + "<p>\u00e9", annotate(bom, StandardCharsets.UTF_8));
    byte[] utf16 = "<head>\u00e9".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);
    assertEquals("<head>" + TAGS + "\u00e9", annotate(withBom, StandardCharsets.UTF_16));
  }
}
