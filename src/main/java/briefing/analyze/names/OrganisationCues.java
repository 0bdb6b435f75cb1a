package briefing.analyze.names;

import briefing.analyze.nlp.NewsTokens;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a sentence says around a name that makes it a court case, a shop, a company or an outlet
 * rather than a person: "Harlow v. Denby", "at Brill's", "shares of Danner", "Danner, which runs
 * 300 stores", "Hollis said its stores", "the network reported", "The Ridge", "told the Ridge",
 * "Hale, Morrow and Dunne PC", "the law firm of Hale Morrow". Each method takes
 * the sentence's tokens and the name's tokens as {@code [begin, end)}.
 */
final class OrganisationCues {
  private static final Set<String> VERSUS = Set.of("v.", "v", "vs.", "vs", "versus");
  /** What a company or an outlet has: "Danner stores", "shares of Danner". */
  private static final Set<String> HOLDINGS = Set.of("share", "shares", "stock", "stocks", "store",
      "stores", "network", "chain", "outlets", "subscribers", "shareholders", "headquarters",
      "franchise", "franchises", "subsidiary", "stockholders");
  /**
   * A company's legal form after its name, as written: "Roche AG", "Danner Inc.", "Kestrel plc"
   * (not "holding", a verb: "Ann Cole holding a rifle").
   */
  private static final Set<String> LEGAL_FORMS = Set.of("AG", "Inc", "Inc.", "Corp", "Corp.",
      "Ltd", "Ltd.", "plc", "PLC", "LLC", "GmbH", "S.A.", "N.V.", "Holding", "Holdings");
  /**
   * What only a company is, right before its name: "drugmaker Roche"; not a trade a person
   * plies ("crane operator", "cheese maker", "mail carrier").
   */
  private static final Set<String> COMPANY_NOUNS = Set.of("drugmaker", "drugmakers", "automaker",
      "automakers", "carmaker", "carmakers", "chipmaker", "chipmakers", "conglomerate");
  /** Whether {@code word}, as written, is a company's legal form ("AG", "Inc.", "plc"). */
  static boolean legalForm(String word) {
    // "L.L.C.", "P.C.": a firm's ending written with its dots
    return LEGAL_FORMS.contains(word) || word.length() > 3 && word.endsWith(".")
        && FIRM_ENDINGS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /** The words an article calls an outlet by once it has named it: "the network reported". */
  private static final Set<String> OUTLETS = Set.of("network", "newspaper", "paper", "magazine",
      "channel", "broadcaster", "station", "outlet", "publication", "website");
  /** What follows a possessive that possesses nothing: "at Brill's every week", "Brill's in". */
  private static final Set<String> AFTER_SHOP = Set.of("IN", "DT", "CC", "TO", "WDT", "WRB", "RB");

  /** The endings of a firm's name: "Hale, Morrow and Dunne PC", "Finch & Keller LLP". */
  private static final Set<String> FIRM_ENDINGS = Set.of("pc", "llp", "llc", "pllc", "lp", "inc",
      "corp", "co", "ltd", "plc");
  /** What joins a partner to a firm: "a partner with", "partners at". */
  private static final Set<String> PARTNERED = Set.of("with", "at", "in", "of");
  /** How many tokens a firm's list of partners may run on for before its ending. */
  private static final int FIRM_NAME_TOKENS = 16;

  private OrganisationCues() {}

  /**
   * A firm named for its partners: a name in a list of names that ends with a firm's ending
   * ("Hale, Morrow, Finch and Dunne PC") or joins them with "&" ("Hale, Morrow & Dunne"), or
   * named as a firm ("the law firm of Hale Morrow"), or as where a partner works ("a partner
   * with Hale Morrow") or where someone named comes from ("Ann Cole of Hale Morrow").
   */
  static boolean firm(List<CoreLabel> tokens, int begin, int end) {
    if (begin > 0 && lower(tokens, begin - 1).equals("firm")
        || begin > 1 && lower(tokens, begin - 1).equals("of") && lower(tokens, begin - 2).equals("firm")) {
      return true;
    }
    // "a partner with Hale Morrow", "both are partners at Hale Morrow"
    if (begin > 1 && PARTNERED.contains(lower(tokens, begin - 1))
        && lower(tokens, begin - 2).matches("partners?")) {
      return true;
    }
    // "Ann Cole of Hale Morrow": after someone's name, "of" names where they come from or work
    if (begin > 1 && lower(tokens, begin - 1).equals("of") && "PERSON".equals(tokens.get(begin - 2).ner())) {
      return true;
    }
    for (int k = end; k < tokens.size() && k < end + FIRM_NAME_TOKENS; k++) {
      String word = tokens.get(k).word();
      if (word.equals("&") || FIRM_ENDINGS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""))
          && Character.isUpperCase(word.charAt(0))) {
        return true;
      }
      if (!joinsNames(word)) {
        break;
      }
    }
    for (int k = begin - 1; k >= 0 && k >= begin - FIRM_NAME_TOKENS; k--) {
      String word = tokens.get(k).word();
      if (word.equals("&")) {
        return true;
      }
      if (!joinsNames(word)) {
        return false;
      }
    }
    return false;
  }

  /** A word that may stand in a list of names: a comma, "and", or a capitalised word. */
  private static boolean joinsNames(String word) {
    return word.equals(",") || word.equals("and") || Character.isUpperCase(word.charAt(0));
  }

  /** "Harlow v. Denby": either party of a court case. */
  static boolean courtCase(List<CoreLabel> tokens, int begin, int end) {
    return (end < tokens.size() && VERSUS.contains(lower(tokens, end)))
        || (begin > 0 && VERSUS.contains(lower(tokens, begin - 1)));
  }

  /** "at Brill's every week": a possessive with nothing it possesses names a shop. */
  static boolean shop(List<CoreLabel> tokens, int begin, int end) {
    if (end >= tokens.size() || !"POS".equals(tokens.get(end).tag())) {
      return false;
    }
    if (end + 1 >= tokens.size()) {
      return true;
    }
    String next = tokens.get(end + 1).tag();
    return AFTER_SHOP.contains(next) || NewsTokens.punctuation(tokens.get(end + 1)) && !next.equals("$");
  }

  /** "Hattie's Pantry": a possessive before a capitalised name is part of a business's name. */
  static boolean beforeName(List<CoreLabel> tokens, int begin, int end) {
    return end + 1 < tokens.size() && "POS".equals(tokens.get(end).tag())
        && Character.isUpperCase(tokens.get(end + 1).word().charAt(0));
  }

  /**
   * What only a company or an outlet is or has: "The Ridge", "shares of Danner", "Danner stores",
   * "Danner, which", "Danner Inc.", "drugmaker Danner".
   */
  static boolean company(List<CoreLabel> tokens, int begin, int end) {
    boolean modifies = end < tokens.size() && tokens.get(end).tag().startsWith("NN")
        && Character.isLowerCase(tokens.get(end).word().charAt(0)); // "The Obama campaign"
    // "told The Hartley", "told the Hartley", "on the Hill": nobody's name takes an article
    // straight before it (a title comes between: "the Rev. X", "the late X").
    if (!modifies && (tokens.get(begin).word().equals("The")
        || begin > 0 && tokens.get(begin - 1).word().equalsIgnoreCase("the"))) {
      return true;
    }
    if (begin > 1 && lower(tokens, begin - 1).equals("of") && HOLDINGS.contains(lower(tokens, begin - 2))) {
      return true;
    }
    int after = end < tokens.size() && "POS".equals(tokens.get(end).tag()) ? end + 1 : end;
    if (after < tokens.size() && HOLDINGS.contains(lower(tokens, after))) {
      return true;
    }
    // "Roche AG's Tamiflu", "Swiss drugmaker Roche", "tour operator Thomas Cook"
    if (end < tokens.size() && legalForm(tokens.get(end).word())
        || begin > 0 && COMPANY_NOUNS.contains(lower(tokens, begin - 1))
        || begin > 1 && lower(tokens, begin - 1).matches("operators?")
            && lower(tokens, begin - 2).equals("tour")) {
      return true;
    }
    if (end + 1 < tokens.size() && tokens.get(end).word().equals(",")
        && lower(tokens, end + 1).equals("which")) {
      return true;
    }
    // "Granny Sayz, L.L.C.", "Healthalicious, the restaurant that …": set beside its legal form,
    // or beside a business the noun phrase ends with (not "the restaurant owner", nor "the
    // company's director")
    if (end + 1 < tokens.size() && tokens.get(end).word().equals(",")
        && legalForm(tokens.get(end + 1).word())) {
      return true;
    }
    return end + 2 < tokens.size() && tokens.get(end).word().equals(",")
        && Set.of("the", "a", "an").contains(lower(tokens, end + 1))
        && BUSINESSES.contains(lower(tokens, end + 2))
        && (end + 3 >= tokens.size() || tokens.get(end + 3).tag() == null
            || !tokens.get(end + 3).tag().startsWith("NN") && !"POS".equals(tokens.get(end + 3).tag()));
  }

  /** What a business is, set beside its name: "Healthalicious, the restaurant that …". */
  private static final Set<String> BUSINESSES = Set.of("restaurant", "company", "firm", "store",
      "shop", "bar", "cafe", "diner", "bakery", "hotel", "chain", "brand", "website", "business",
      "bank", "fund", "startup", "retailer", "corporation", "franchise");

  /**
   * What is said of a company or an outlet but could be said of a person named in full elsewhere:
   * "Kestrel reported", "Hollis said its stores", "the network reported" after the name.
   */
  static boolean calledIt(List<CoreLabel> tokens, int begin, int end) {
    if (end < tokens.size() && lower(tokens, end).matches("reported|reports|broadcast|aired")) {
      return true;
    }
    // The subject of the verb that follows, "its" right after: "Hollis said (that) its stores".
    if (end < tokens.size() && tokens.get(end).tag().startsWith("VB")) {
      for (int k = end + 1; k < Math.min(end + 3, tokens.size()); k++) {
        if (lower(tokens, k).equals("its")) {
          return true;
        }
      }
    }
    return outletLater(tokens, end);
  }

  /** "Cole told Kestrel …, the network reported": an outlet named then called so. */
  private static boolean outletLater(List<CoreLabel> tokens, int end) {
    for (int k = end; k + 1 < tokens.size(); k++) {
      if (lower(tokens, k).equals("the") && OUTLETS.contains(lower(tokens, k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** "called his rival "Sleazy Sam"": a name alone in quotation marks, with no verb, is a nickname. */
  static boolean nickname(List<CoreLabel> tokens, int begin, int end, boolean[] quoted) {
    if (!quoted[begin] || begin > 0 && (NewsTokens.roleNoun(tokens.get(begin - 1))
        || NewsTokens.honorific(tokens.get(begin - 1)))) {
      return false; // someone shouted "President Obama"
    }
    int first = begin;
    while (first > 0 && quoted[first - 1]) {
      first--;
    }
    int last = end - 1;
    while (last + 1 < tokens.size() && quoted[last + 1]) {
      last++;
    }
    if (last - first + 1 > 6) {
      return false;
    }
    for (int k = first; k <= last; k++) {
      if (NewsTokens.finite(tokens.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static String lower(List<CoreLabel> tokens, int k) {
    return tokens.get(k).word().toLowerCase(Locale.ROOT);
  }
}
