package briefing.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.ingest.html.meta.JsonLd;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonLdTest {
  @Test
  void objectsArraysStringsNumbersAndLiteralsAreRead() {
    Object value = JsonLd.parse("{\"a\": [1, 2.5, true, null, \"x\\u00e9\\n\"], \"b\": {}}")
        .orElseThrow();

    Map<?, ?> map = (Map<?, ?>) value;
    List<?> list = (List<?>) map.get("a");
    assertEquals(1, ((Number) list.get(0)).intValue());
    assertEquals(2.5, ((Number) list.get(1)).doubleValue());
    assertEquals(Boolean.TRUE, list.get(2));
    assertEquals(null, list.get(3));
    assertEquals("xé\n", list.get(4));
    assertEquals(Map.of(), map.get("b"));
  }

  @Test
  void trailingCommasRawLineBreaksAndCommentWrappersAreTolerated() {
    Optional<Object> value = JsonLd.parse("<!-- {\"headline\": \"two\nlines\", \"x\": [1,],} -->");

    assertEquals("two\nlines", ((Map<?, ?>) value.orElseThrow()).get("headline"));
  }

  @Test
  void commentsAndASemicolonAfterTheValueAreTolerated() {
    Optional<Object> value = JsonLd.parse("{/* generated */ \"headline\": \"x\" // end\n};");

    assertEquals("x", ((Map<?, ?>) value.orElseThrow()).get("headline"));
  }

  @Test
  void brokenTextGivesEmptyRatherThanAnException() {
    assertTrue(JsonLd.parse("{\"a\": ").isEmpty());
    assertTrue(JsonLd.parse("{\"a\" 1}").isEmpty());
    assertTrue(JsonLd.parse("[1, 2] trailing").isEmpty());
    assertTrue(JsonLd.parse("\"\\u12\"").isEmpty());
    assertTrue(JsonLd.parse("[".repeat(10_000)).isEmpty());
    assertTrue(JsonLd.parse(null).isEmpty());
  }
}
