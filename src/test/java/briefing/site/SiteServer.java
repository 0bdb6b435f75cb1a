package briefing.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a site folder over http on 127.0.0.1 under a sub-path, the way a web host serves a site
 * from a sub-folder: only relative links find their way there.
 */
final class SiteServer implements AutoCloseable {
  /** Where the site lives on the server; a page's URL is {@code base() + page}. */
  static final String SUB_PATH = "/sub/folder/";

  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8", "json", "application/json", "svg", "image/svg+xml",
      "png", "image/png", "jpg", "image/jpeg", "woff2", "font/woff2", "txt", "text/plain; charset=utf-8");

  private final Path root;
  private final HttpServer server;

  /** Starts serving {@code root} on a free port of the loopback address. */
  SiteServer(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(SUB_PATH, this::serve);
    server.start();
  }

  /** Returns the site's base URL, ending in a slash. */
  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH;
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = URI.create(exchange.getRequestURI().getRawPath()).getPath().substring(SUB_PATH.length());
      Path file = root.resolve(path).normalize();
      if (file.startsWith(root) && Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      if (!file.startsWith(root) || !Files.isRegularFile(file) || !exchange.getRequestMethod().equals("GET")) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String name = file.getFileName().toString();
      String extension = name.substring(name.lastIndexOf('.') + 1);
      exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
      byte[] body = Files.readAllBytes(file);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
