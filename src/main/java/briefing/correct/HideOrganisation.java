package briefing.correct;

import briefing.model.briefing.Organisation;
import java.util.List;
import java.util.Optional;

/** {@code organisations: - hide: OPEC}: a name the analysis took for an organisation that is not one. */
public record HideOrganisation(int line, String name) implements BriefingCorrection {
  public static HideOrganisation read(Entry entry) {
    return new HideOrganisation(entry.line(), entry.subject());
  }

  @Override
  public Optional<String> apply(Edit edit) {
    String key = Edit.plain(name);
    List<Organisation> found = edit.organisations.stream()
        .filter(o -> o.id().equals(name) || Edit.plain(o.name()).equals(key)
            || o.acronym() != null && Edit.plain(o.acronym()).equals(key))
        .toList();
    if (found.isEmpty()) {
      return Optional.of("no organisation is named '" + name + "'");
    }
    for (Organisation o : found) {
      edit.organisations.remove(o);
      edit.note("organisation", o.id(), "Hidden by the editor: " + o.name() + ".");
    }
    return Optional.empty();
  }
}
