package briefing.crossref.timeline;

import briefing.text.CalendarWords;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence tells of someone's words: whether a place in it lies inside a quotation or in
 * what someone is reported saying, whether it places a saying somewhere of its own (a statement,
 * an interview, a post), and whether it tells an answer to what happened, a passer-by's view or a
 * written piece brought in to be quoted.
 */
final class Sayings {
  /**
   * A sentence telling of someone's answer to what happened: "In response to the vote, …",
   * "Responding to the ruling, …", "… critics hit back".
   */
  private static final Pattern REACTION = Pattern.compile("^\\W*(?:(?:In|in) (?:response|reply"
      + "|reaction) to|Responding to|Reacting to)\\b|^[^,;:]{0,60}?\\b(?:responded|reacted"
      + "|(?:hit|fired|shot) back|retorted)\\b");
  /**
   * A sentence bringing in someone's written piece, to quote it: "Over at the Herald, a post on
   * the vote provides the following commentary:", "An editorial in the Gazette reads:".
   */
  private static final Pattern COMMENTARY = Pattern.compile("(?i)\\b(?:post|blog|column|editorial"
      + "|op-ed|commentary|article|essay)\\b[^:\"“”]*:\\s*$");
  /**
   * A name with an age after it ("Ann Brand, 22, a student …"): someone a reporter asked, a
   * passer-by or a member of a crowd, not a newsmaker.
   */
  private static final Pattern PASSER_BY = Pattern.compile(
      "\\p{Lu}[\\p{L}'’-]+,\\s+\\d{1,2},\\s");
  /** A verb that reports what someone said or holds: what follows it may be their words. */
  private static final Pattern SAYING = Pattern.compile("(?i)(?<=\\S\\s{1,3})\\b(?:said|says|added"
      + "|argued|insisted|claimed|warned|noted|stated|declared|believes|believed)\\b");
  /**
   * Words that go on about the saying itself rather than open what was said: "said on Monday",
   * "said in a statement", "said late Tuesday".
   */
  private static final Set<String> ABOUT_THE_SAYING = Set.of("on", "in", "at", "during", "after",
      "before", "from", "to", "via", "through", "by", "late", "early", "earlier", "later", "last",
      "this", "yesterday", "today", "tonight", "again", "also", "then", "publicly", "privately");
  /**
   * Words that place a saying somewhere of its own: a statement, an interview, a post, a press
   * conference, words given to reporters or quoted by an agency.
   */
  private static final Pattern ELSEWHERE = Pattern.compile(
      "\\b(?i:in|from) (?i:a|an|his|her|their|its) (?:\\w+ ){0,2}"
          + "(?i:statement|interview|release|e-?mail|letter|post|tweet|video)s?\\b"
          + "|\\btold (?:a|the) (?:\\w+ ){0,2}(?:press|news) conference\\b"
          + "|\\btold (?:reporters|journalists|\\p{Lu}[\\p{L}.'’]*(?: \\p{Lu}[\\p{L}.'’]*){0,3})\\b"
          + "|\\bquoted\\b.{0,80}\\bas saying\\b|\\bwas quoted\\b|\\b(?:tweeted|posted|wrote)\\b"
          + "|\\bon (?:Twitter|Facebook|Instagram)\\b");
  /**
   * "Speaking on Harbour Radio", "appearing on the Morning Show", "said later on Wessex News": a
   * programme, by its name.
   */
  private static final Pattern ON_AIR = Pattern.compile(
      "\\b(?i:speaking|appearing|said|says|added)(?: (?:later|earlier|again|also))? on (?:the )?"
          + "(\\p{Lu}[\\p{L}.'’]*)");
  /** A word each branch of {@link #ELSEWHERE} holds, lowercased. */
  private static final List<String> ELSEWHERE_WORDS = List.of("statement", "interview", "release", "mail",
      "letter", "post", "tweet", "video", "told", "quoted", "wrote", "twitter", "facebook", "instagram",
      " on ");
  private static final Pattern FIRST_WORD = Pattern.compile("^[\\s,]*(\\p{L}+)");

  /**
   * False where the sentence has none of the words {@link #ELSEWHERE} needs: most sentences, told
   * apart with a few plain searches instead of the pattern's many branches at every place.
   */
  private static boolean mayBeSaidElsewhere(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    for (String word : ELSEWHERE_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private Sayings() {}

  /**
   * True where the offset lies inside quotation marks: a speaker's "today" or "a couple of days
   * ago" is counted from when they spoke, which the report does not say.
   */
  static boolean isQuoted(String sentence, int offset) {
    int open = 0;
    for (int i = 0; i < offset && i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '“') {
        open = 1;
      } else if (c == '”') {
        open = 0;
      } else if (c == '"') {
        open = 1 - open;
      }
    }
    if (open == 1) {
      return true;
    }
    // a quotation that opened in an earlier sentence closes in this one, after the offset
    for (int i = offset; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '“' || c == '"') {
        return false;
      }
      if (c == '”') {
        return true;
      }
    }
    return false;
  }

  /**
   * True where the date starting at {@code start} lies in what someone is reported saying ("Hallor
   * said he was asked about it at a hearing a month ago"): it dates what they told of, not their
   * saying, which is what the sentence reports. A date right after the verb, or after words about
   * the saying ("said on Monday", "said in a statement Monday"), dates the saying.
   */
  static boolean isTold(String sentence, int start) {
    Matcher m = SAYING.matcher(sentence).region(0, start);
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    if (end < 0) {
      return false;
    }
    Matcher first = FIRST_WORD.matcher(sentence.substring(end, start));
    return first.find() && !ABOUT_THE_SAYING.contains(first.group(1).toLowerCase(Locale.ROOT));
  }

  /**
   * True where the sentence places what someone said somewhere of its own ("said in a
   * statement", "told reporters", "was quoted as saying", "tweeted"): a saying of its own, not
   * words spoken at the happening the report told of.
   */
  static boolean isSaidElsewhere(String sentence) {
    if (!mayBeSaidElsewhere(sentence)) {
      return false;
    }
    Matcher onAir = ON_AIR.matcher(sentence);
    while (onAir.find()) {
      String name = onAir.group(1).toLowerCase(Locale.ROOT);
      if (!CalendarWords.isWeekdayName(name) && !CalendarWords.isMonthWord(name)) {
        return true;
      }
    }
    return ELSEWHERE.matcher(sentence).find();
  }

  /**
   * True where the sentence tells of someone's answer to what happened ("In response to the
   * vote, ferry owners blocked the harbour"): the answer is a happening of its own.
   */
  static boolean isReaction(String sentence) {
    // most sentences hold none of the pattern's words: told apart without trying it
    return (sentence.contains("espon") || sentence.contains("eact") || sentence.contains(" back")
        || sentence.contains("retort")) && REACTION.matcher(sentence).find();
  }

  /**
   * True where the sentence names someone by their age ("said Ann Brand, 22, a student who …"):
   * what a reporter's passer-by says is their view, told to the reporter, not the happening's.
   */
  static boolean isPasserBy(String sentence) {
    return PASSER_BY.matcher(sentence).find();
  }

  /**
   * True where the sentence brings in a written piece to quote it ("A post on the Herald's site
   * provides the following commentary:"): the piece is its writer's statement, a happening of its
   * own, and so is the quotation that follows.
   */
  static boolean isCommentary(String sentence) {
    return sentence.endsWith(":") && COMMENTARY.matcher(sentence).find();
  }
}
