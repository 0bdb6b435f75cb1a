package briefing.work;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** JSON for briefing's records, as the files a build keeps and publishes hold them. */
public final class RecordJson {
  private RecordJson() {}

  /** A mapper of the record components only: helper methods such as isHeadline() are not data. */
  public static JsonMapper.Builder builder() {
    return JsonMapper.builder()
        .visibility(PropertyAccessor.GETTER, Visibility.NONE)
        .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, Visibility.ANY);
  }

  /**
   * As {@link #builder}, reading strictly: a missing component, a null for a number or anything
   * after the value is damage, so a damaged file kept between builds is noticed.
   */
  public static JsonMapper.Builder strict() {
    return builder()
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }
}
