package briefing.ingest.html.meta;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;

/**
 * The JSON-LD that pages embed, read by Jackson with the leniency pages need.
 *
 * <p>Objects become {@code Map<String, Object>} (in page order), arrays {@code List<Object>},
 * and literals their Java values. It accepts what pages get wrong and a browser would shrug at:
 * raw line breaks inside strings, trailing commas, comments, an HTML comment or CDATA wrapper
 * around the script, a semicolon after the value.
 */
public final class JsonLd {
  /** Deeper nesting than this is not JSON-LD a page means; it is refused rather than recursed. */
  private static final int MAX_DEPTH = 64;
  /** Longer strings than this are no headline or name: a page's JSON-LD is refused whole. */
  private static final int MAX_STRING = 1_000_000;

  private static final ObjectMapper LENIENT = JsonMapper.builder(
          JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).build())
              .build())
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private JsonLd() {}

  /** Parses one JSON value, or returns empty when the text is not JSON. */
  public static Optional<Object> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(LENIENT.readValue(unwrap(text), Object.class));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private static String unwrap(String text) {
    String trimmed = text.strip();
    for (String[] wrapper : new String[][] {{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"//<![CDATA[", "//]]>"}}) {
      if (trimmed.startsWith(wrapper[0]) && trimmed.endsWith(wrapper[1])) {
        trimmed = trimmed.substring(wrapper[0].length(), trimmed.length() - wrapper[1].length()).strip();
      }
    }
    return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}
