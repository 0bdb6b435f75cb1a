package briefing.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
  @Test
  void anOutletCreditedAsAuthorIsNoPersonAndATrailingOutletIsDropped() {
    assertEquals(List.of(), HtmlReader.people(List.of("BBC News"), "BBC News"));
    assertEquals(List.of("Jane Roe"), HtmlReader.people(List.of("Jane Roe, CNN"), "CNN"));
    assertEquals(List.of("Jane Roe", "John Doe"), HtmlReader.people(List.of("Jane Roe", "John Doe", "Jane Roe"), null));
  }
}
