package briefing.analyze.time;

import briefing.model.analysis.TimeMention.Precision;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** How fine a TimeML value is: "2022-01-10" is a day, "2022-W02" a week, "199X" a decade, "19" a century. */
final class Precisions {
  private static final Map<Pattern, Precision> FORMS = new LinkedHashMap<>();

  static {
    FORMS.put(Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}(:\\d{2}){0,2}"), Precision.TIME);
    FORMS.put(Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[A-Z]{2}"), Precision.PART_OF_DAY);
    FORMS.put(Pattern.compile("\\d{4}-\\d{2}-\\d{2}"), Precision.DAY);
    FORMS.put(Pattern.compile("\\d{4}-W\\d{2}(-WE)?"), Precision.WEEK);
    FORMS.put(Pattern.compile("\\d{4}-\\d{2}"), Precision.MONTH);
    FORMS.put(Pattern.compile("\\d{4}-(Q[1-4]|SP|SU|FA|WI|H[12])"), Precision.QUARTER);
    FORMS.put(Pattern.compile("\\d{4}"), Precision.YEAR);
    FORMS.put(Pattern.compile("\\d{3}X"), Precision.DECADE);
    FORMS.put(Pattern.compile("\\d{2}(XX)?"), Precision.CENTURY);
  }

  private Precisions() {}

  /** The precision of {@code value}; {@link Precision#NONE} for null and for what is not a point. */
  static Precision of(String value) {
    if (value == null) {
      return Precision.NONE;
    }
    for (Map.Entry<Pattern, Precision> form : FORMS.entrySet()) {
      if (form.getKey().matcher(value).matches()) {
        return form.getValue();
      }
    }
    return Precision.NONE;
  }
}
