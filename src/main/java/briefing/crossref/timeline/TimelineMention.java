package briefing.crossref.timeline;

import briefing.model.Citation;
import briefing.model.briefing.EventDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One sentence of one source that dates a happening: a timeline candidate before merging.
 *
 * @param citation the sentence
 * @param text the sentence's text, without a wire dateline opening it
 * @param headline true for the article's headline, which may support an event but not sum it up
 * @param lead true for the headline and the first sentence of the body: what the report is news of
 * @param written the date expression that anchors it, as written ("on Monday"), or empty where
 *     the sentence states no date and the report's publication day dates it (a lead)
 * @param derivation how the date was read
 * @param when the date at the expression's precision
 * @param words the sentence's content words ({@link TimelineWords})
 * @param people ids of the people the sentence names
 * @param speaker who the sentence reports as saying it (a person id, a name or a description),
 *     or null
 * @param actor the person (an id) whose act or words the clause tells: its speaker, else the
 *     first person it names who is not the object of a preposition ("Ann Brand, a sister of Eva
 *     Lund, wrote …": Ann Brand); null where it names none
 * @param quoted true where the sentence is a quotation rather than the writer's report
 * @param told true where the date lies in what someone is reported saying ("Hallor said she was
 *     asked a month ago"): the sentence reports the saying, an aside from the dated happening
 * @param outlet the source's outlet, or null
 * @param published the source's publication day, or null
 */
record TimelineMention(Citation citation, String text, boolean headline, boolean lead, String written,
    String derivation, EventDate when, Set<String> words, List<String> people, String speaker, String actor,
    boolean quoted, boolean told, String outlet, LocalDate published) {
  TimelineMention {
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(derivation, "derivation");
    Objects.requireNonNull(when, "when");
    words = Set.copyOf(words);
    people = List.copyOf(people);
  }

  String article() {
    return citation.article();
  }
}
