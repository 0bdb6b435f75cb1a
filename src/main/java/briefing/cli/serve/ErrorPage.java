package briefing.cli.serve;

import briefing.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The page shown in place of the site while it does not build: each error with file and line. */
final class ErrorPage {
  private ErrorPage() {}

  static byte[] of(List<Diagnostic> errors, long version) {
    StringBuilder html = new StringBuilder("""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>The briefing does not build</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
        li { margin: 0 0 1rem; } code { font-size: 0.95em; } .hint { color: #555; }
        </style>
        </head>
        <body>
        <main>
        <h1>The briefing does not build</h1>
        <p>Fix what is listed below and save the file: this page turns back into the briefing by itself.</p>
        <ul>
        """);
    for (Diagnostic error : errors) {
      String where = error.file().isEmpty() ? "" : error.file() + (error.line() > 0 ? ":" + error.line() : "");
      html.append("<li><code>").append(escape(where)).append("</code> ")
          .append(escape(error.message()));
      if (!error.hint().isEmpty()) {
        html.append("<br><span class=\"hint\">").append(escape(error.hint())).append("</span>");
      }
      html.append("</li>\n");
    }
    html.append("</ul>\n</main>\n</body>\n</html>\n");
    return LiveReload.inject(html.toString().getBytes(StandardCharsets.UTF_8), version);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
