package briefing.ingest.clean;

import briefing.ingest.Unit;
import briefing.model.Credit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises photo captions by the credit they carry ("… File Photo by Jane Roe/EPA-EFE",
 * "(AP Photo/Jane Doe)", "Photo: Reuters") and splits the caption from its credit.
 */
final class Captions {
  /** A caption's text ("" for a bare credit line) and who took the picture. */
  record Caption(String text, Credit credit) {}

  private static final String CREDIT = "(?<credit>[\\p{L}][\\p{L}\\p{M} .,'’&/-]{1,80}?)";
  private static final Pattern TRAILING =
      Pattern.compile(
          "^(?<caption>.*?)[\\s(\\[|–—-]*(?:File |Handout |Stock )?(?:Photo(?:graph)?|Image|Picture|Pic)s?"
              + "\\s*(?:by|:|courtesy(?: of)?|credit:?|©)\\s*" + CREDIT + "[)\\]]?\\.?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern AGENCY_PHOTO =
      Pattern.compile("^(?<caption>.*?)\\s*\\((?<agency>[A-Z]{2,8}) Photo/(?<credit>[^)]{2,60})\\)\\.?$");
  private static final Pattern CREDIT_LINE =
      Pattern.compile("^(?:Credit|Photo credit|Source)s?\\s*:\\s*" + CREDIT + "\\.?$",
          Pattern.CASE_INSENSITIVE);

  /** Words an agency's name goes on with: "Getty Images", "Associated Press", "PA Wire", "Alamy Stock Photo". */
  private static final String AGENCY_WORDS = "[Ii]mages|Press|Wire|Stock|Photos?|Pictures|Live|Handout";

  /**
   * A credit opening a paragraph it was run into, as scraped text has it: "Photograph: Ann
   * Cole/Reuters A virus that …", "Photograph: Tom Lund/AFP/Getty Images Health officials …". The
   * name is up to four capitalised words, then an agency after a slash or several, one word and
   * the words an agency's name goes on with; not "The" ("Ann Cole/The Guardian": where the
   * agency ends is not known).
   */
  private static final Pattern LEADING = Pattern.compile(
      "^(?:Photo(?:graph)?|Picture)\\s*:\\s*(?<credit>\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}"
          + "(?:/(?!The\\b|A\\b)\\p{Lu}[\\p{L}&-]*)+(?:\\s+(?:" + AGENCY_WORDS + "))*)\\s+(?<rest>[\\p{Lu}\"“‘].+)$");

  /** Captions are short; a longer line is text, and is not scanned for a credit. */
  private static final int MAX_LENGTH = 600;

  private Captions() {}

  /** The caption and credit in {@code line}, or empty where the line carries no photo credit. */
  static Optional<Caption> parse(String line) {
    if (line.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Matcher agency = AGENCY_PHOTO.matcher(line);
    if (agency.matches() && isCredit(agency.group("credit"))) {
      return Optional.of(
          new Caption(caption(agency), new Credit(agency.group("credit").strip(), "photo",
              agency.group("agency"))));
    }
    Matcher trailing = TRAILING.matcher(line);
    if (trailing.matches() && isCredit(trailing.group("credit"))) {
      return Optional.of(new Caption(caption(trailing), credit(trailing.group("credit"))));
    }
    Matcher bare = CREDIT_LINE.matcher(line);
    if (bare.matches() && isCredit(bare.group("credit"))) {
      return Optional.of(new Caption("", credit(bare.group("credit"))));
    }
    return Optional.empty();
  }

  /**
   * The credit opening {@code line} ({@link #LEADING}) and the text after it, as a caption whose
   * text is the paragraph's; empty where the line opens with no such credit.
   */
  static Optional<Caption> leadingCredit(String line) {
    Matcher m = LEADING.matcher(line);
    return m.matches() ? Optional.of(new Caption(m.group("rest"), credit(m.group("credit"))))
        : Optional.empty();
  }

  private static String caption(Matcher m) {
    return m.group("caption").strip().replaceAll("[\\s|–—-]+$", "");
  }

  /** A credit names someone in a few capitalised words, not a clause of the article. */
  private static boolean isCredit(String credit) {
    String text = Unit.fold(credit);
    if (text.isEmpty() || LineWords.count(text) > 8 || !Character.isUpperCase(text.charAt(0))) {
      return false;
    }
    for (String word : text.split("[\\s/]+")) {
      if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))
          && !word.matches("(?i)and|of|de|del|la|le|van|von|der|via|for|bin|al")) {
        return false;
      }
    }
    return true;
  }

  private static Credit credit(String text) {
    String value = text.strip().replaceAll("[.,]+$", "");
    int slash = value.indexOf('/');
    if (slash > 0) {
      return new Credit(value.substring(0, slash).strip(), "photo", value.substring(slash + 1).strip());
    }
    return new Credit(value, "photo", "");
  }
}
