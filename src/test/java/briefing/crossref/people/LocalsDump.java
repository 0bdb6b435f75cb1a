package briefing.crossref.people;

import briefing.model.Source;
import java.util.List;
import java.util.Set;

/** Temporary: prints each article's locals. */
public final class LocalsDump {
  public static void dump(List<Source> sources) {
    for (Source s : sources) {
      for (List<LocalPeople.Mention> local : LocalPeople.of(s.id(), s.analysis(), Set.of())) {
        StringBuilder b = new StringBuilder(s.id() + ":");
        for (LocalPeople.Mention m : local) {
          b.append(" [").append(m.mention().span().sentence()).append(' ').append(m.mention().name())
              .append(" r=").append(m.mention().role()).append(" g=").append(m.mention().gender()).append(']');
        }
        System.out.println(b);
      }
    }
  }
}
