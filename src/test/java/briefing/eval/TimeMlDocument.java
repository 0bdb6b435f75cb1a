package briefing.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * One TimeML document: the plain text of its {@code <TEXT>}, its creation day and its gold time
 * expressions with their offsets in that text.
 *
 * @param name the file name
 * @param anchor the document creation time's day, the anchor for relative expressions
 * @param text the text of the {@code <TEXT>} element, tags removed, entities decoded
 * @param gold the {@code TIMEX3} elements inside the text, in order (the creation time is outside)
 */
record TimeMlDocument(String name, LocalDate anchor, String text, List<Timex3> gold) {

  /**
   * A time expression as annotated, or as a system found it.
   *
   * @param start where it starts in the document's text
   * @param end where it ends, exclusive
   * @param type DATE, TIME, DURATION or SET
   * @param value the normalised value, or null
   */
  record Timex3(int start, int end, String type, String value, String text) {}

  /** Reads a {@code .tml} file. */
  static TimeMlDocument read(Path file) throws IOException {
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    org.jsoup.nodes.Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
    Element dct = doc.selectFirst("DCT > TIMEX3");
    LocalDate anchor = dct == null ? null : LocalDate.parse(dct.attr("value").substring(0, 10));
    Element body = doc.selectFirst("TEXT");
    StringBuilder text = new StringBuilder();
    List<Timex3> gold = new ArrayList<>();
    if (body != null) {
      collect(body, text, gold);
    }
    return new TimeMlDocument(file.getFileName().toString(), anchor, text.toString(), List.copyOf(gold));
  }

  private static void collect(Node node, StringBuilder text, List<Timex3> gold) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        text.append(t.getWholeText());
      } else if (child instanceof Element e) {
        int start = text.length();
        collect(e, text, gold);
        if (e.tagName().equals("TIMEX3")) {
          String value = e.attr("value");
          gold.add(new Timex3(start, text.length(), e.attr("type"), value.isEmpty() ? null : value,
              text.substring(start)));
        }
      }
    }
  }
}
