package briefing.render;

import briefing.model.analysis.TimeMention;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.EditorNote;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import briefing.work.RecordJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/** The briefing as {@code briefing.json}: the records' fields in declaration order, LF endings. */
final class BriefingJson {
  private static final ObjectMapper MAPPER = RecordJson.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .addMixIn(Briefing.class, BriefingFields.class)
      .addMixIn(Event.class, EventFields.class)
      .addMixIn(EventDate.class, EventDateValue.class)
      .build();

  /**
   * The editor's corrections, and the sentences telling the brief's main happening more fully,
   * appear only where there are some: a briefing without any reads as before.
   */
  private abstract static class BriefingFields {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<EditorNote> notes;
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<String> pinned;
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<String> keyDates;
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<Event.Excerpt> briefDetail;
  }

  /** An event's date as its ISO value, with its precision beside it, as the README gives them. */
  @JsonPropertyOrder({"id", "date", "precision"})
  private abstract static class EventFields {
    @JsonProperty("precision")
    abstract TimeMention.Precision precision();
  }

  private abstract static class EventDateValue {
    @JsonValue
    abstract String value();
  }

  /** Jackson's default layout, with LF line ends whatever the system's. */
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));

  private BriefingJson() {}

  static byte[] write(Briefing briefing) {
    try {
      // straight to UTF-8, lines ended with LF on every system (no string of the whole file to
      // copy twice: briefing.json was a third of the exports of a long story)
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
      MAPPER.writer(PRETTY).writeValue(out, briefing);
      out.write('\n');
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("the briefing could not be written as JSON", e);
    }
  }
}
