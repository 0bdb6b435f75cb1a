package briefing.cli.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The script that reloads an open page after a rebuild, and its insertion into served pages.
 * The site's Content-Security-Policy forbids inline script and connections, so the script is a
 * file of the server's, and the served page's policy is widened to let it ask for the version.
 */
final class LiveReload {
  static final String SCRIPT_PATH = "/__briefing/reload.js";
  static final String VERSION_PATH = "/__briefing/version";

  static final String SCRIPT = """
      // Served by `briefing serve` only: reloads this page when the briefing has been rebuilt.
      // Each request to the server (on 127.0.0.1 only) waits until a build changes the version
      // or some seconds pass, so an edit shows as soon as it is built.
      (function () {
        var me = document.currentScript && document.currentScript.src;
        var shown = me ? new URL(me).searchParams.get("v") : null;
        function ask() {
          fetch("%s?since=" + encodeURIComponent(shown === null ? "" : shown), {cache: "no-store"})
            .then(function (answer) { return answer.text(); })
            .then(function (version) {
              if (shown === null) {
                shown = version.trim();
              } else if (version.trim() !== shown) {
                location.reload();
                return;
              }
              ask();
            })
            .catch(function () { setTimeout(ask, 1000); });
        }
        ask();
      })();
      """.formatted(VERSION_PATH);

  private static final Pattern CSP = Pattern.compile(
      "(<meta\\s+http-equiv=[\"']?Content-Security-Policy[\"']?\\s+content=\")([^\"]*)(\")", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);

  private LiveReload() {}

  /** The page with the reload script before {@code </head>} and connections to the server allowed. */
  static byte[] inject(byte[] page, long version) {
    String html = new String(page, StandardCharsets.UTF_8);
    Matcher csp = CSP.matcher(html);
    if (csp.find()) {
      html = html.substring(0, csp.start()) + csp.group(1) + allowConnections(csp.group(2)) + csp.group(3)
          + html.substring(csp.end());
    }
    String tag = "<script src=\"" + SCRIPT_PATH + "?v=" + version + "\" defer></script>";
    Matcher head = HEAD_END.matcher(html);
    html = head.find() ? html.substring(0, head.start()) + tag + html.substring(head.start()) : html + tag;
    return html.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The policy with {@code connect-src 'self'} in place of any connect-src it had; a policy that
   * already allows it (the bundled theme's does) is left as it is.
   */
  static String allowConnections(String policy) {
    for (String directive : policy.split(";")) {
      if (directive.strip().equalsIgnoreCase("connect-src 'self'")) {
        return policy;
      }
    }
    StringBuilder out = new StringBuilder();
    for (String directive : policy.split(";")) {
      String d = directive.strip();
      if (!d.isEmpty() && !d.toLowerCase(Locale.ROOT).startsWith("connect-src")) {
        out.append(d).append("; ");
      }
    }
    return out.append("connect-src 'self'").toString();
  }
}
