package briefing.cli.serve;

import briefing.model.Page;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Serves the latest snapshot on 127.0.0.1: the site's files, or the error page while it fails. */
final class PreviewServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
      Map.entry("svg", "image/svg+xml"), Map.entry("ics", "text/calendar; charset=utf-8"),
      Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("xml", "application/xml"),
      Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"), Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"));

  /** The longest a version request waits for a rebuild before it is answered anyway. */
  static final Duration WAIT = Duration.ofSeconds(20);

  private final HttpServer http;
  private final ExecutorService threads;
  private volatile Snapshot shown;

  PreviewServer(int port, Snapshot first) throws IOException {
    this.shown = first;
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    // A thread per open request: each open page keeps one version request waiting.
    this.threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "briefing-serve");
      t.setDaemon(true);
      return t;
    });
    http.setExecutor(threads);
    http.createContext("/", this::handle);
    http.start();
  }

  int port() {
    return http.getAddress().getPort();
  }

  void show(Snapshot snapshot) {
    synchronized (this) {
      shown = snapshot;
      notifyAll();
    }
  }

  /**
   * The version shown once it is not {@code since}, waiting at most {@link #WAIT} for a build to
   * change it: an open page learns of a rebuild the moment it is served, without asking again
   * and again.
   */
  private long versionAfter(String since) throws InterruptedException {
    long known;
    try {
      known = since == null ? -1 : Long.parseLong(since);
    } catch (NumberFormatException e) {
      known = -1;
    }
    long deadline = System.nanoTime() + WAIT.toNanos();
    synchronized (this) {
      long left;
      while (shown.version() == known && (left = deadline - System.nanoTime()) > 0) {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
      return shown.version();
    }
  }

  @Override
  public void close() {
    http.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String path = exchange.getRequestURI().getPath();
      if (path.equals(LiveReload.VERSION_PATH)) {
        long version;
        try {
          version = versionAfter(since(exchange.getRequestURI().getRawQuery()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        send(exchange, 200, TYPES.get("txt"), Long.toString(version).getBytes(StandardCharsets.UTF_8));
        return;
      }
      Snapshot now = shown;
      if (path.equals(LiveReload.SCRIPT_PATH)) {
        send(exchange, 200, TYPES.get("js"), LiveReload.SCRIPT.getBytes(StandardCharsets.UTF_8));
        return;
      }
      String name = path.substring(1);
      if (name.isEmpty() || name.endsWith("/")) {
        name += "index.html";
      }
      boolean html = name.endsWith(".html");
      if (now.site() == null && !now.failed()) {
        byte[] building = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Building</title></head>"
            + "<body><main><p>The briefing is being built; this page shows it when it is ready.</p></main></body></html>\n")
            .getBytes(StandardCharsets.UTF_8);
        send(exchange, 503, TYPES.get("html"), LiveReload.inject(building, now.version()));
        return;
      }
      if (now.failed() && (html || now.site() == null)) {
        send(exchange, 500, TYPES.get("html"), ErrorPage.of(now.errors(), now.version()));
        return;
      }
      Optional<Page> page = now.site() == null ? Optional.empty() : now.site().page(name);
      if (page.isEmpty() && now.site() != null && now.site().page(name + "/index.html").isPresent()) {
        exchange.getResponseHeaders().set("Location", path + "/");
        send(exchange, 301, TYPES.get("txt"), new byte[0]);
        return;
      }
      if (page.isEmpty()) {
        byte[] missing = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>"
            + "<body><main><h1>Not found</h1><p>The briefing has no page " + ErrorPage.escape(path)
            + ". <a href=\"/\">Back to the briefing</a></p></main></body></html>\n").getBytes(StandardCharsets.UTF_8);
        send(exchange, 404, TYPES.get("html"), LiveReload.inject(missing, now.version()));
        return;
      }
      byte[] bytes = html ? LiveReload.inject(page.get().bytes(), now.version()) : page.get().bytes();
      send(exchange, 200, type(name), bytes);
    }
  }

  /** The {@code since} parameter of a query, or null. */
  private static String since(String query) {
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("since=")) {
          return pair.substring("since=".length());
        }
      }
    }
    return null;
  }

  private static String type(String name) {
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(extension, "application/octet-stream");
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
