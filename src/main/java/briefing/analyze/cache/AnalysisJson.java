package briefing.analyze.cache;

import briefing.model.analysis.AnalyzedArticle;
import briefing.work.RecordJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** An {@link AnalyzedArticle} as JSON and back; reading is strict, so damage is noticed. */
public final class AnalysisJson {
  private static final ObjectMapper MAPPER = RecordJson.strict()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private AnalysisJson() {}

  public static String write(AnalyzedArticle analysis) {
    try {
      return MAPPER.writeValueAsString(analysis).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an analysis could not be written as JSON", e);
    }
  }

  /** Reads an analysis back; throws {@link IllegalArgumentException} for anything malformed. */
  public static AnalyzedArticle read(String json) {
    try {
      return MAPPER.readValue(json, AnalyzedArticle.class);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalArgumentException("not a valid analysis: " + message(e), e);
    }
  }

  private static String message(Exception e) {
    return e instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(e.getMessage());
  }
}
