package briefing.ingest.clean;

import briefing.ingest.Unit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises what a page says to its readers about itself in full sentences, which the short-line
 * rules of {@link Boilerplate} miss: the comment form ("Tell us your experiences by filling in
 * the form below.", "Your comments may be published and may be edited."), the invitation to
 * comment, the blog's feeds ("You can stay up to date with Ann's Notes via these feeds.") and its
 * list of topics. Each rule needs both halves of what such a line does, so that news about forms,
 * comments or blogs stays: the reader addressed ("you", "your", "please") and the page's own
 * furniture (the form below, their comments being published or edited, these feeds). A line is
 * taken only when every sentence in it is such a sentence, and none quotes anyone.
 */
final class CommentForms {
  static final String FORM = "comment form";
  static final String FEEDS = "links to the blog's feeds";
  static final String TOPICS = "the blog's list of topics";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern READER = Pattern.compile("\\b(?:you|your|please)\\b", FLAGS);
  /** A question from its first word: "Are you …", "Has your …", "What …". */
  private static final Pattern QUESTION = Pattern.compile(
      "^(?:are|is|was|were|do|does|did|have|has|had|can|could|would|will|what|how|where|when|why|which|who)\\b",
      FLAGS);
  /** A form or box on the page: "the form below", "the box on the right". */
  private static final Pattern FORM_ON_PAGE = Pattern.compile(
      "\\b(?:the|this|our) (?:form|box) (?:below|above|on the (?:right|left))\\b", FLAGS);
  /** The reader's comments published, edited or shown: "your comments may be published". */
  private static final Pattern THEIR_WORDS = Pattern.compile(
      "\\byour (?:[\\p{L}-]+ )?(?:comments?|views|e-?mails|messages|contributions|posts|experiences)\\b",
      FLAGS);
  private static final Pattern PUBLISHED = Pattern.compile(
      "\\b(?:publish\\w*|edit(?:ed)?|moderat\\w+|appears? (?:below|above)|are welcome)\\b", FLAGS);
  /** A site's word on the comments it takes or disowns. */
  private static final Pattern POLICY = Pattern.compile(
      "\\bwe welcome (?:your )?comments\\b|\\bnot all (?:e-?mails|comments|messages) (?:will|can) be published\\b"
          + "|\\b(?:views|opinions) expressed (?:in|by) (?:the |these )?(?:comments|readers|users|commenters"
          + "|contributors)\\b", FLAGS);
  /** The invitation to comment: "Please get involved and leave a comment." */
  private static final Pattern INVITATION = Pattern.compile(
      "\\b(?:add|leave|post|write|submit|make) (?:a|your) comment\\b|\\btips on taking part\\b", FLAGS);
  private static final Pattern FEED = Pattern.compile(
      "\\bvia (?:these|this|our|the) (?:rss |atom |news )?feeds?\\b"
          + "|\\bsubscribe to (?:this|our|these|the) (?:rss |atom )?(?:feeds?|blog)\\b", FLAGS);
  private static final Pattern TOPIC_LIST = Pattern.compile(
      "\\btopics (?:that )?(?:this|the|our) (?:blog|site|page) covers\\b", FLAGS);
  /** The comments shown after the line: "A selection of your comments appear below." */
  private static final Pattern COMMENTS_BELOW = Pattern.compile(
      "\\byour (?:[\\p{L}-]+ )?comments\\b.*\\b(?:appears?|are shown|follows?) below\\b", FLAGS);

  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
  private static final Pattern QUOTE = Pattern.compile("[\"“”]");
  /** The longest question a form puts to its readers, in words. */
  private static final int QUESTION_WORDS = 20;

  private CommentForms() {}

  /** Why the line is the page talking to its readers about itself, or empty where it is not. */
  static Optional<String> reason(String line) {
    String text = line.strip();
    if (text.isEmpty() || QUOTE.matcher(text).find()) {
      return Optional.empty();
    }
    String reason = null;
    for (String sentence : SENTENCE_BREAK.split(text)) {
      String said = sentenceReason(sentence);
      if (said == null) {
        return Optional.empty();
      }
      reason = reason == null ? said : reason;
    }
    return Optional.ofNullable(reason);
  }

  /**
   * Whether the line says the readers' comments follow it ("A selection of your comments appear
   * below."): the rest of the page is theirs, however long.
   */
  static boolean opensComments(String line) {
    return reason(line).isPresent() && COMMENTS_BELOW.matcher(line).find();
  }

  /**
   * Marks as part of the form the questions that put it to the reader just above it ("Are you
   * in Kettlewell?", "Do you know someone who has been affected?"), one unit at a time upwards:
   * short, asked of "you" from their first word, quoting no one.
   */
  static void markQuestions(List<Unit> units, String[] noise) {
    for (int i = 1; i < units.size(); i++) {
      if (!FORM.equals(noise[i])) {
        continue;
      }
      for (int j = i - 1; j >= 0 && noise[j] == null && asksTheReader(units.get(j).text()); j--) {
        noise[j] = FORM;
      }
    }
  }

  private static boolean asksTheReader(String text) {
    return text.endsWith("?") && QUESTION.matcher(text).find() && READER.matcher(text).find()
        && !QUOTE.matcher(text).find()
        && LineWords.count(text) <= QUESTION_WORDS;
  }

  private static String sentenceReason(String sentence) {
    boolean reader = READER.matcher(sentence).find();
    if (FEED.matcher(sentence).find()) {
      return FEEDS;
    }
    if (TOPIC_LIST.matcher(sentence).find()) {
      return TOPICS;
    }
    if (POLICY.matcher(sentence).find()
        || reader && (FORM_ON_PAGE.matcher(sentence).find() || INVITATION.matcher(sentence).find())
        || THEIR_WORDS.matcher(sentence).find() && PUBLISHED.matcher(sentence).find()) {
      return FORM;
    }
    return null;
  }
}
