package briefing.ingest.html.noise;

import briefing.ingest.html.Lines;
import java.util.regex.Pattern;

/**
 * Recognises the paragraphs a publisher prints around every article rather than for one: affiliate
 * and advertising disclosures, disclaimers, editorial standards and appeals to subscribe or donate.
 *
 * <p>Unlike {@link BoilerplatePhrases} these may be long, so each phrase must open the paragraph
 * or, for affiliate notices, name the arrangement outright.
 */
public final class Disclosures {
  /** Paragraphs longer than this are article text whatever they open with. */
  private static final int LONG = 400;

  private static final Pattern OPENS = Pattern.compile("(?iu)^(?:"
      // affiliate and advertising disclosures
      + "this (?:post|article|page|story|content) (?:may )?contains? (?:affiliate|references"
      + "|sponsored|paid)|we may (?:receive|earn|get) (?:a )?(?:compensation|commission)"
      + "|we recommend the best products|as an amazon associate"
      + "|(?:this|our) (?:site|website|blog) (?:is|uses) (?:a participant|affiliate)"
      + "|dieser (?:artikel|beitrag) (?:kann|enthält) (?:\\S+ )?(?:affiliate-)?links"
      + "|cet article (?:peut contenir|contient) des liens"
      // disclaimers and editorial standards
      + "|the (?:views|opinions) expressed|les opinions exprimées|die hier geäußerte"
      + "|las opiniones expresadas|our standards ?:|editorial standards ?:"
      + "|der beitrag wurde am .{0,60} veröffentlicht|this entry was posted"
      // appeals to read on, subscribe or donate
      + "|lust auf mehr\\?|want more\\?|gefällt dir (?:unser|unsere|dieser|der|das)"
      + "|like what you(?:'|’)?re reading|enjoyed this (?:article|story|post)"
      + "|get the latest news (?:straight )?(?:to|on|in) your|puede escribirnos"
      + "|(?:le|te) puede interesar ?:|lee también ?:|leia também ?:|lesen sie auch ?:"
      + "|support (?:our|independent) journalism|unterstütze unser|unterstützen sie unser"
      // paywall and shop prompts
      + "|instant access to|get (?:full|unlimited|instant) access|already a subscriber"
      + "|subscribe (?:now )?to (?:continue|keep) reading|bereits abonnent"
      + ")");

  /** An affiliate notice names the arrangement anywhere in a short paragraph. */
  private static final Pattern AFFILIATE = Pattern.compile("(?iu)affiliate[- ](?:links?"
      + "|program|programme|advertising|commission|partner)|amazon services llc associates"
      + "|does not (?:offer|provide|give) medical advice"
      + "|\\badd (?:\\S+ ){0,3}to (?:your |the )?(?:basket|cart|shopping cart|shopping bag)\\b");

  /** A short line that asks the reader to subscribe, wherever the request sits in it. */
  private static final Pattern APPEAL = Pattern.compile("(?iu)\\b(?:abonnierst|abonniere"
      + "|subscribe to (?:my|our)|sign up (?:for|to) (?:my|our)|suscríbete|suscribirse a"
      + "|abonnez-vous|iscriviti|assine (?:a|o) noss[ao])\\b");
  /** Lines longer than this that mention subscribing are article text. */
  private static final int APPEAL_LINE = 150;

  /** Paragraphs shorter than this may name an affiliate arrangement without being article text. */
  private static final int NOTICE = 300;

  private Disclosures() {}

  /** Whether the paragraph is a publisher's standing notice or appeal rather than article text. */
  public static boolean isDisclosure(String text) {
    if (text.length() > LONG) {
      return false;
    }
    return OPENS.matcher(text).lookingAt()
        || (text.length() <= NOTICE && AFFILIATE.matcher(text).find())
        || (text.length() <= APPEAL_LINE && APPEAL.matcher(text).find());
  }
}
