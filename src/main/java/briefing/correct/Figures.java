package briefing.correct;

import briefing.model.briefing.FigureComparison;
import java.util.List;

/** Figure comparisons as the editor names them: by their topic, as the comparisons page shows it. */
final class Figures {
  private Figures() {}

  static List<FigureComparison> about(Edit edit, String topic) {
    return edit.figures.stream().filter(f -> Edit.plain(f.topic()).equals(Edit.plain(topic))).toList();
  }

  static String noSuch(String topic) {
    return "no figures are compared on '" + topic + "'";
  }
}
