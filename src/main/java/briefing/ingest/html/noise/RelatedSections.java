package briefing.ingest.html.noise;

import briefing.ingest.html.RawBlock;
import briefing.model.BlockKind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the sections that point readers away from the article: a heading such as "More stories",
 * "Weitere Artikel zum Thema" or "About the author" and the teasers or bio below it.
 *
 * <p>Teasers sit under headings of their own, so the section runs past headings as high as its
 * label until one opens a long paragraph, which is article text again.
 */
public final class RelatedSections {
  /** A paragraph this long after a heading is article text, not a teaser's blurb. */
  private static final int ARTICLE_PARAGRAPH = 150;
  /** Labels longer than this are headlines, not section labels. */
  private static final int LABEL = 60;

  private static final Pattern LABELS = Pattern.compile("(?iu)^(?:"
      + "(?:more|other|similar|related|latest|recommended|popular|trending|further|top"
      + "|new|editor'?s?) .{0,40}\\b(?:stories|articles|posts|news|reads|picks|videos|dishes"
      + "|recipes|reading|links|coverage|guides|reviews)(?: .{0,30})?"
      + "|breaking(?: news)?|just in|trending(?: now| news)?|latest(?: news| headlines)?"
      + "|top (?:stories|headlines)|news ticker|headlines|in other news|news in brief"
      + "|discover (?:our|more) .*|read further.*|keep reading|you (?:may|might) also (?:like"
      + "|enjoy)|don'?t miss|most (?:read|popular|viewed|shared)|meistgelesen|meistgelesene .*"
      + "|weitere \\S*(?:tipps|artikel|beiträge|themen|nachrichten|news|rezepte|videos)\\b.*"
      + "|verwandte (?:beiträge|artikel|themen)|ähnliche (?:beiträge|artikel|rezepte)"
      + "|mehr zum thema.*|das könnte (?:sie|dich) auch interessieren|(?:artikel|videos?)"
      + " (?:und \\S+ )?zum thema|(?:\\S+ et )?(?:articles|vidéos|audios) sur le (?:même )?sujet"
      + "|sur le même sujet|à lire (?:aussi|également)|(?:noticias|artículos|notas)"
      + " relacionad[oa]s|también te puede interesar|más noticias.*|leia (?:também|mais)"
      + "|notícias relacionadas|leggi anche|articoli correlati|powiązane artykuły"
      + "|about the author|über (?:den autor|die autorin)|à propos de l'auteur"
      + "|sobre (?:el|la|o|a) autora?|l'autore|o autorze"
      + ")[:.!…]*$");

  /** Labels that open a page's reader comments: the thread runs on below them. */
  private static final Pattern COMMENT_LABELS = Pattern.compile("(?iu)^(?:"
      + "(?:(?:top|highest|most)[- ]rated|most (?:recent|popular|liked|recommended)|newest"
      + "|oldest|best|featured|readers?'?|users?'?|your|latest|all|show|view|load|see)"
      + " ?comments?(?: \\(\\d+\\))?|comments? \\(\\d+\\)|[\\d,.]+ (?:comments?|responses?"
      + "|replies|reactions)(?: on .*| to .*)?|(?:one|two|three|\\d+) (?:thoughts?|responses?|replies)"
      + " (?:on|to) .*|join the (?:conversation|discussion|debate)|(?:community|commenting)"
      + " (?:guidelines|rules|standards)|have your say|discussion|conversation"
      + ")[:.!…]*$");
  /** Comment labels longer than this are sentences; WordPress labels name the post. */
  private static final int COMMENT_LABEL = 150;

  private RelatedSections() {}

  /**
   * Marks a reader-comments label and the thread below it, up to a heading higher than the label
   * or, for a label that is not a heading, to the end: comments are long paragraphs too, so the
   * thread does not end at one.
   */
  public static void markComments(List<RawBlock> blocks, String[] reasons) {
    for (int i = 0; i < blocks.size(); i++) {
      RawBlock label = blocks.get(i);
      if (label.kind() == BlockKind.LIST_ITEM || label.text().length() > COMMENT_LABEL
          || !COMMENT_LABELS.matcher(label.text()).matches()) {
        continue;
      }
      int j = i + 1;
      while (j < blocks.size() && !(label.level() > 0 && blocks.get(j).level() > 0
          && blocks.get(j).level() < label.level())) {
        j++;
      }
      for (int k = i; k < j; k++) {
        reasons[k] = reasons[k] == null ? "comments" : reasons[k];
      }
      i = j - 1;
    }
  }

  /** Marks each related-links heading and the teasers of its section with a reason. */
  public static void mark(List<RawBlock> blocks, String[] reasons) {
    for (int i = 0; i < blocks.size(); i++) {
      RawBlock heading = blocks.get(i);
      if (heading.kind() == BlockKind.LIST_ITEM || heading.text().length() > LABEL
          || !LABELS.matcher(heading.text()).matches()) {
        continue;
      }
      int j = i + 1;
      while (j < blocks.size() && !endsSection(blocks, j, heading)) {
        j++;
      }
      for (int k = i; k < j; k++) {
        reasons[k] = reasons[k] == null ? "related links" : reasons[k];
      }
      i = j - 1;
    }
  }

  /**
   * A heading label's section ends at a higher heading, or at one as high that opens a long
   * paragraph; a paragraph label's section, a "Keep reading" line, ends at the next long text.
   */
  private static boolean endsSection(List<RawBlock> blocks, int j, RawBlock label) {
    RawBlock block = blocks.get(j);
    if (block.level() == 0) {
      return label.level() == 0 && isArticleParagraph(block);
    }
    if (label.level() > 0 && block.level() < label.level()) {
      return true;
    }
    return (label.level() == 0 || block.level() == label.level())
        && j + 1 < blocks.size() && isArticleParagraph(blocks.get(j + 1));
  }

  private static boolean isArticleParagraph(RawBlock block) {
    return block.level() == 0 && block.text().length() >= ARTICLE_PARAGRAPH;
  }
}
