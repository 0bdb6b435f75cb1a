package briefing.ingest.html;

import briefing.model.BlockKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strips photo credits, such as "(Foto: dpa)" or "Photo: Reuters", from captions. */
final class CaptionCredits {
  private static final String AGENCY = "(?:foto|photo|bild|image|imagen|imagem|credit|crédit"
      + "|crédito|fotografía|copyright|©|getty|reuters|afp|ap|dpa|efe|epa|ansa|xinhua|istock"
      + "|shutterstock|imago|picture alliance|alamy|unsplash|pixabay|abr)";
  /** A credit in brackets at the end of a caption: "(REUTERS/Denis Balibouse)". */
  private static final Pattern TRAILING = Pattern.compile(
      "(?iu)\\s*[(\\[][^()\\[\\]]{0,80}" + AGENCY + "[^()\\[\\]]{0,80}[)\\]]\\s*$");
  /** A line that is nothing but a credit: "Photo: Jane Doe", "Credit: Getty Images". */
  private static final Pattern WHOLE = Pattern.compile(
      "(?iu)^(?:(?:foto|photo|bild|image|imagen|imagem|credit|crédit|crédito|fotografía|"
      + "photograph|picture|source|quelle|fuente|fonte)s?\\s*(?:by|von|de|:)|©|\\(c\\)\\s).{0,80}$");

  private CaptionCredits() {}

  /** Returns the block without its credit, or null when nothing but the credit was left. */
  static RawBlock strip(RawBlock block) {
    if (block.kind() != BlockKind.CAPTION && block.kind() != BlockKind.PARAGRAPH) {
      return block;
    }
    if (WHOLE.matcher(block.text()).matches()) {
      return null;
    }
    Matcher matcher = TRAILING.matcher(block.text());
    if (!matcher.find()) {
      return block;
    }
    String rest = block.text().substring(0, matcher.start()).strip();
    if (rest.isEmpty()) {
      return null;
    }
    return new RawBlock(block.kind(), rest, block.line(), block.linkChars(), block.level());
  }
}
