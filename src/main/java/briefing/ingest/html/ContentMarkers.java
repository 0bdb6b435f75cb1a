package briefing.ingest.html;

import briefing.ingest.html.noise.BoilerplateRules;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Recognises the elements that pages use to mark their article body. */
public final class ContentMarkers {
  /** Class or id names, hyphens and underscores removed, that publishing systems give the body. */
  private static final Set<String> NAMES = Set.of("entrycontent", "postcontent", "articlebody",
      "articlecontent", "storybody", "storycontent", "postbody", "postentry", "entrybody",
      "articletext", "bodytext", "contentbody", "singlecontent", "storytext", "posttext",
      "articlebodytext", "textcontent", "entrytext", "blogpost", "postinner", "articleinner",
      "newsbody", "newscontent", "newstext", "maincontent", "contentmain", "content", "main",
      "article", "story", "entry", "post", "itemfulltext", "itemintrotext", "articlecontainer",
      "contenttext", "artikel", "artikeltext", "texto", "cuerpo", "contenido", "corpo",
      "articleentry", "postcontentinner", "bodycopy", "storybodytext", "tdpostcontent",
      "thecontent", "blogentry", "nodecontent", "fieldbody", "fielditem",
      "pagecontent", "mainarticle", "articledetail", "detailcontent", "rte", "richtext");

  private ContentMarkers() {}

  /** Whether the element is a strong sign of the article body: articleBody or a body class. */
  static boolean isBody(Element element) {
    if (element.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return true;
    }
    for (String name : (element.className() + " " + element.id()).split("\\s+")) {
      String key = name.toLowerCase(Locale.ROOT).replaceAll("[\\-_]", "");
      if (!key.isEmpty() && NAMES.contains(key)) {
        return true;
      }
    }
    return false;
  }

  /** The elements that hold an article marker, the markers themselves included. */
  public static Set<Element> holders(Element root) {
    Set<Element> holders = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Element element : root.getAllElements()) {
      if (isArticleElement(element)) {
        for (Element up = element; up != null && holders.add(up); up = up.parent()) {
          // each ancestor once
        }
      }
    }
    return holders;
  }

  private static boolean isArticleElement(Element element) {
    String tag = element.normalName();
    return tag.equals("main") || element.attr("role").equalsIgnoreCase("main")
        || (tag.equals("article") && BoilerplateRules.byClassOrId(element) == null)
        || isBody(element);
  }
}
