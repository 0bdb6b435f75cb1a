package briefing.ingest.html.noise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Says which page regions are boilerplate, and why, from their tag, role, class and id. */
public final class BoilerplateRules {
  private static final Map<String, String> TAGS = Map.of("nav", "navigation", "footer", "footer",
      "aside", "sidebar", "menu", "navigation", "dialog", "pop-up", "form", "form",
      "header", "page header", "marquee", "news ticker");

  private static final Map<String, String> ROLES = Map.of("navigation", "navigation",
      "banner", "page header", "contentinfo", "footer", "complementary", "sidebar",
      "search", "search", "dialog", "pop-up", "alertdialog", "pop-up", "menu", "navigation",
      "menubar", "navigation");

  /** Words glued to a marker in class names, such as {@code commentlist} or {@code sharebar}. */
  private static final String GLUE = "(?:s|es|list|box|bar|area|wrap|wrapper|container|section"
      + "|block|links|link|buttons|button|icons|icon|widget|module|panel|form|title|items|item"
      + "|posts|post|articles|article|stories|story|tools|holder|inner|outer|zone|unit|slot"
      + "|row|col|count|ing|er|ers|s?\\d+)*";

  private record Rule(Pattern token, String reason) {}

  private static final List<Rule> CLASS_RULES = new ArrayList<>();

  static {
    rule("comment|comments|disqus|respond|replies|discussion|kommentar|kommentare|commentaires"
        + "|conversation|conversations|coral|coraltalk|viafoura|livefyre|fyre|spotim|openweb"
        + "|commento|remark42|giscus|utterances|vote|votes|voting|upvote|downvote|usercomments",
        "comments");
    rule("ticker|newsticker|breaking|breakingnews|newsflash|marquee|latestnews|topnews|justin"
        + "|alertbar|headlinelist|headlinestrip", "news ticker");
    rule("share|sharing|sharedaddy|social|sociable|addthis|shariff|sharethis|addtoany|a2a"
        + "|likes|like|wpl|reactions", "share buttons");
    rule("related|relatedposts|recommended|recommendation|recommendations|morestories|also"
        + "|outbrain|taboola|yarpp|trending|popular|mostread|mostpopular|mostviewed|topstories"
        + "|crp|more|next|prev|previous|postnav|pagination|pager|paging", "related links");
    rule("newsletter|subscribe|subscription|signup|mailchimp|mc4wp|optin|jetpack"
        + "|follow|followers|rss|feed", "newsletter form");
    rule("cookie|cookies|consent|gdpr|cmp|privacy|cookiebar|cookienotice", "cookie notice");
    rule("ad|ads|adv|advert|adverts|advertising|advertisement|adsense|adslot|adunit|dfp|gpt"
        + "|sponsor|sponsored|sponsors|promo|promotion|promoted|banner|commercial|anzeige"
        + "|werbung|publicidad|publicite", "advertising");
    rule("sidebar|rail|sidecol|secondary|aside|blogroll", "sidebar");
    rule("nav|navbar|navigation|menu|menus|breadcrumb|breadcrumbs|skip|skiplink|toc|topbar"
        + "|toolbar|tabs", "navigation");
    rule("footer|foot|colophon|copyright|sitefooter", "footer");
    rule("header|masthead|siteheader|branding|logo", "page header");
    rule("byline|author|authors|authorbox|bio|postmeta|entrymeta|meta|metadata|dateline"
        + "|posted|postedon|date|datum|time|timestamp", "byline");
    rule("tags|tag|tagcloud|taglist|categories|category|cat|catlinks|keywords|topics",
        "tags");
    rule("popup|modal|overlay|lightbox|interstitial|paywall|login|signin|register|account",
        "pop-up");
    rule("print|tools|utility|utilities|actions", "page tools");
    rule("hidden|hide|sronly|screenreader|screenreadertext|visuallyhidden|offscreen|invisible",
        "hidden text");
    rule("credit|credits|photocredit|copyrightnotice", "photo credit");
  }

  private static void rule(String words, String reason) {
    CLASS_RULES.add(new Rule(Pattern.compile("(?:" + words + ")" + GLUE), reason));
  }

  /**
   * Class names that describe a state or a taxonomy rather than a region: "has-sidebar",
   * "no-comments", and the "tag-…"/"category-…" classes blog engines put on the article itself.
   */
  private static final Pattern STATE = Pattern.compile("(?i)^(?:has|is|with|no|without|tag|"
      + "category|format|status|type|postid|page|single|archive|layout|template|theme|lang|"
      + "locale|wp|site)[-_]");

  /** Class names that style rather than name a region: "margin-bottom", "hidden-xs". */
  private static final Pattern UTILITY = Pattern.compile("(?i)(?:^|[-_])(?:align|margin|padding"
      + "|spacing|gap|color|colour|bg|width|height|size|flex|grid|float|border|shadow|rounded"
      + "|display|position|xs|sm|md|lg|xl|mobile|tablet|desktop)(?:$|[-_])|^(?:m|p|mt|mb|ml|mr"
      + "|pt|pb|pl|pr|mx|my|px|py|d|col|text|font)-");

  /** In "o-Module-has-no-bottom-gap" what follows "has" describes a state, not the region. */
  private static final Pattern MODIFIER = Pattern.compile("(?i)has|is|no|not|with|without");

  private static final Pattern SPLIT = Pattern.compile("[\\s\\-_:.]+|(?<=[a-z])(?=[A-Z])");

  private BoilerplateRules() {}

  /** The reason an element is boilerplate by its tag or role, or null. */
  static String byTagOrRole(Element element) {
    String reason = TAGS.get(element.normalName());
    if (reason != null) {
      return reason;
    }
    return ROLES.get(element.attr("role").toLowerCase(Locale.ROOT).strip());
  }

  /** The reason an element is boilerplate by a word in its class or id, or null. */
  public static String byClassOrId(Element element) {
    String names = element.className() + " " + element.id();
    if (names.isBlank()) {
      return null;
    }
    List<String> kept = new ArrayList<>();
    for (String name : names.split("\\s+")) {
      if (!STATE.matcher(name).find() && !UTILITY.matcher(name).find()) {
        kept.add(name);
      }
    }
    // Whole class names first, so "sharedaddy" wins over its pieces; then each piece.
    for (String name : kept) {
      String reason = match(name.toLowerCase(Locale.ROOT).replaceAll("[\\-_]", ""));
      if (reason != null) {
        return reason;
      }
    }
    for (String name : kept) {
      for (String token : SPLIT.split(name)) {
        if (MODIFIER.matcher(token).matches()) {
          break;
        }
        String reason = match(token.toLowerCase(Locale.ROOT));
        if (reason != null) {
          return reason;
        }
      }
    }
    return null;
  }

  private static String match(String token) {
    if (token.isEmpty()) {
      return null;
    }
    for (Rule rule : CLASS_RULES) {
      if (rule.token().matcher(token).matches()) {
        return rule.reason();
      }
    }
    return null;
  }
}
