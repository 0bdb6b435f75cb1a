package briefing.fuzz;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds what in a built page could run or load in a reader's browser: script-bearing elements,
 * event handler attributes, and links or sources with a script or foreign address. Text that
 * merely reads "javascript:" once escaped is not active.
 */
public final class ActiveContent {
  private ActiveContent() {}

  /**
   * The theme's own scripts, forms and drawings: a script loaded from the site's own files with no
   * text of its own, a search or filter form that submits nowhere, or a coverage bar (an svg of
   * class "bar" holding nothing but rectangles placed by numbers). Article text never makes
   * elements (it is escaped), so nothing from an article can take these shapes.
   */
  private static boolean theme(Element e) {
    if (e.normalName().equals("svg")) {
      return e.className().equals("bar") && e.wholeText().isEmpty()
          && e.children().stream().allMatch(ActiveContent::plainRectangle);
    }
    if (e.normalName().equals("script")) {
      return e.data().isBlank() && e.attr("src").matches("(\\.\\./)*(assets/[a-z-]+\\.js|search-index\\.js)");
    }
    if (e.normalName().equals("form")) {
      return !e.hasAttr("action") && !e.hasAttr("method") && e.id().matches("search|filters");
    }
    return false;
  }

  /** A rectangle with nothing inside and no attribute but its class and its numbers. */
  private static boolean plainRectangle(Element e) {
    return e.normalName().equals("rect") && e.childNodeSize() == 0 && e.attributes().asList().stream()
        .allMatch(a -> a.getKey().equals("class") ? a.getValue().matches("[a-z]+")
            : a.getKey().matches("x|y|width|height") && a.getValue().matches("[0-9]+(\\.[0-9]+)?"));
  }

  /** The first active thing in the page, described, or empty where there is none. */
  public static Optional<String> find(String html) {
    Document page = Jsoup.parse(html);
    for (Element element : page.select("script, iframe, object, embed, svg, math, base, form, frame, applet")) {
      if (!theme(element)) {
        return Optional.of("<" + element.normalName() + ">");
      }
    }
    for (Element each : page.getAllElements()) {
      for (Attribute attribute : each.attributes()) {
        String key = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
        String value = attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        if (key.startsWith("on")) {
          return Optional.of(key + " on <" + each.normalName() + ">");
        }
        if ((key.equals("href") || key.equals("src") || key.equals("action") || key.equals("srcset"))
            && (value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:"))) {
          return Optional.of(key + "=" + value);
        }
        if ((key.equals("src") || key.equals("srcset")) && (value.startsWith("http") || value.startsWith("//"))) {
          return Optional.of("load from another host: " + value);
        }
        if (key.equals("style") && value.contains("expression(")) {
          return Optional.of("style with expression()");
        }
      }
    }
    return Optional.empty();
  }
}
