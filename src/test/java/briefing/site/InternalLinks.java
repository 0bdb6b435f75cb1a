package briefing.site;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks the links of built pages without a browser: every internal link is relative and names a
 * file of the site, every {@code #fragment} names an id on its target page, and nothing a page
 * loads by itself (style sheets, images, scripts, frames) comes from another host.
 */
final class InternalLinks {
  /** Attributes whose URL the browser fetches as soon as the page loads. */
  private static final String LOADED = "link[href][rel~=(?i)\\b(stylesheet|icon|preload|modulepreload|prefetch|manifest)\\b], "
      + "script[src], img[src], iframe[src], source[src], "
      + "video[src], audio[src], embed[src], object[data], track[src], input[src]";

  private final Path root;
  private final Map<Path, Set<String>> idsByFile = new HashMap<>();

  InternalLinks(Path siteRoot) {
    this.root = siteRoot.toAbsolutePath().normalize();
  }

  /** Returns one line per broken link or foreign resource on the page, empty when all is well. */
  List<String> check(Path page) throws IOException {
    Document doc = Jsoup.parse(page.toFile(), "UTF-8");
    List<String> problems = new ArrayList<>();
    for (Element a : doc.select("a[href], area[href], link[href]").not(LOADED)) {
      String problem = problemWithLink(page, a.attr("href"), false);
      if (problem != null) {
        problems.add(describe(a, "href") + ": " + problem);
      }
    }
    for (Element e : doc.select(LOADED)) {
      String attribute = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "data";
      String problem = problemWithLink(page, e.attr(attribute), true);
      if (problem != null) {
        problems.add(describe(e, attribute) + ": " + problem);
      }
    }
    return problems;
  }

  private String problemWithLink(Path page, String href, boolean loaded) throws IOException {
    URI uri;
    try {
      uri = new URI(href.strip());
    } catch (URISyntaxException e) {
      return "not a URL (" + e.getReason() + ")";
    }
    if (uri.getScheme() != null) {
      String scheme = uri.getScheme().toLowerCase();
      if (scheme.equals("data") && loaded) {
        return null;
      }
      if (loaded) {
        return "loads from outside the site; every resource must be a relative path into the site";
      }
      return scheme.equals("javascript") ? "a javascript: link does nothing with JavaScript off" : null;
    }
    if (uri.getRawAuthority() != null) {
      return "a protocol-relative URL leaves the site";
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (path.startsWith("/")) {
      return "starts at the host's root; use a relative path so the site works from file:// and from a sub-folder";
    }
    Path target = path.isEmpty() ? page : page.getParent().resolve(path).toAbsolutePath().normalize();
    if (!target.startsWith(root)) {
      return "points outside the site folder";
    }
    if (Files.isDirectory(target)) {
      return "names a folder; from file:// a folder opens as a listing, so link its index.html";
    }
    if (!Files.isRegularFile(target)) {
      return "no such file: " + root.relativize(target);
    }
    String fragment = uri.getFragment();
    if (fragment == null || fragment.isEmpty() || !target.toString().endsWith(".html")) {
      return null;
    }
    return ids(target).contains(fragment) ? null : "no id \"" + fragment + "\" in " + root.relativize(target);
  }

  private Set<String> ids(Path file) throws IOException {
    Set<String> ids = idsByFile.get(file);
    if (ids == null) {
      ids = Jsoup.parse(file.toFile(), "UTF-8").select("[id]").stream()
          .map(e -> e.id())
          .collect(Collectors.toUnmodifiableSet());
      idsByFile.put(file, ids);
    }
    return ids;
  }

  private static String describe(Element e, String attribute) {
    return "<" + e.tagName() + " " + attribute + "=\"" + e.attr(attribute) + "\">";
  }
}
