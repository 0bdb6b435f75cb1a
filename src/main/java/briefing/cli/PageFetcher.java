package briefing.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one web page for {@code briefing add URL}: follows redirects itself (to name a loop),
 * takes only HTML, and gives up past a size limit or a time limit on the whole exchange.
 */
final class PageFetcher {
  /** More redirects than this is a misconfigured site, whether or not it loops. */
  static final int MAX_REDIRECTS = 10;

  /** The page as fetched: the address it was finally served from, and its bytes. */
  record Fetched(URI url, byte[] bytes) {}

  /** Why a page could not be fetched, in words for the user, with what to do about it. */
  static final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String hint;

    FetchException(String message, String hint) {
      super(message);
      this.hint = hint;
    }

    String hint() {
      return hint;
    }
  }

  private final Duration timeout;
  private final long maxBytes;
  private final HttpClient client;

  PageFetcher(Duration timeout, long maxBytes) {
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(timeout)
        .build();
  }

  /** Fetches {@code url}, an http or https address. */
  Fetched fetch(URI url) throws FetchException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Set<URI> seen = new HashSet<>();
    URI current = url;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (!seen.add(current)) {
        throw new FetchException("redirect loop: " + current + " redirects back to itself",
            "open the address in a browser; the site is misconfigured, or wants cookies briefing does not keep");
      }
      HttpResponse<byte[]> response = exchange(current, deadline);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location = response.headers().firstValue("Location").orElseThrow(() ->
            new FetchException("the server answered " + status + " without saying where to", ""));
        current = next(current, location);
        continue;
      }
      if (status < 200 || status >= 300) {
        throw new FetchException("the server answered " + status,
            status == 404 ? "check the address" : "try again later, or save the page from a browser and add the file");
      }
      if (response.headers().firstValue("Content-Type").isEmpty() && !looksLikeHtml(response.body())) {
        throw new FetchException("the address serves something that is not a web page (no type, no HTML)",
            "briefing adds web pages (HTML); save other documents as text and add the file");
      }
      return new Fetched(current, response.body());
    }
    throw new FetchException("more than " + MAX_REDIRECTS + " redirects",
        "open the address in a browser and add the address it ends at");
  }

  private static URI next(URI current, String location) throws FetchException {
    URI target;
    try {
      target = current.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      throw new FetchException("the server redirects to an address that is not one: " + location, "");
    }
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException("the server redirects to " + target + ", which is not a web address", "");
    }
    return target;
  }

  private HttpResponse<byte[]> exchange(URI url, long deadline) throws FetchException {
    HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(remaining(deadline))
        .header("User-Agent", "briefing (a news briefing tool; fetches one page at its user's request)")
        .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
        .GET()
        .build();
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, this::body);
    try {
      return future.get(remaining(deadline).toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timedOut();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted", "");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof IOException && cause.getCause() instanceof Refused) {
        cause = cause.getCause();
      }
      if (cause instanceof Refused refused) {
        throw new FetchException(refused.getMessage(), refused.hint);
      }
      if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
        throw timedOut();
      }
      if (cause instanceof ConnectException) {
        throw new FetchException("cannot connect to " + url.getHost() + (cause.getMessage() == null ? ""
            : " (" + cause.getMessage() + ")"), "check the address and your connection");
      }
      throw new FetchException("cannot fetch the page (" + cause + ")", "check the address and your connection");
    }
  }

  private FetchException timedOut() {
    return new FetchException("no answer within " + seconds(timeout),
        "try again later, or with a longer --timeout");
  }

  private static Duration remaining(long deadline) {
    return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
  }

  static String seconds(Duration duration) {
    double s = duration.toMillis() / 1000.0;
    return (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + " s";
  }

  /** Reads the body of a page only; a redirect's or an error's body is not wanted. */
  private BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
    if (info.statusCode() < 200 || info.statusCode() >= 300) {
      return BodySubscribers.replacing(new byte[0]);
    }
    String type = info.headers().firstValue("Content-Type").orElse("");
    String media = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!media.isEmpty() && !media.equals("text/html") && !media.equals("application/xhtml+xml")) {
      return new Limited(0, new Refused("the address serves " + media + ", not a web page",
          "briefing adds web pages (HTML); save other documents as text and add the file"));
    }
    long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (length > maxBytes) {
      return new Limited(0, tooLarge(length));
    }
    return new Limited(maxBytes, null);
  }

  private Refused tooLarge(long length) {
    return new Refused(length < 0
        ? "the page is over " + megabytes(maxBytes) + ", the most an article may be"
        : "the page is " + megabytes(length) + "; articles are read up to " + megabytes(maxBytes),
        "save the article's own text from a browser and add the file");
  }

  static String megabytes(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%,d bytes", bytes);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0).replace(".0 MB", " MB");
  }

  /** A page briefing will not take: not HTML, or too large. */
  private static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;
    private final String hint;

    Refused(String message, String hint) {
      super(message);
      this.hint = hint;
    }
  }

  /** Collects a body up to a limit, and cancels the download past it. */
  private final class Limited implements BodySubscriber<byte[]> {
    private final long limit;
    private final Refused refused;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    Limited(long limit, Refused refused) {
      this.limit = limit;
      this.refused = refused;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (refused != null) {
        subscription.cancel();
        result.completeExceptionally(refused);
      } else {
        subscription.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        if (bytes.size() + (long) buffer.remaining() > limit) {
          subscription.cancel();
          result.completeExceptionally(tooLarge(-1));
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }
  }

  /** Whether the bytes look like the start of a web page, for a server that names no type. */
  static boolean looksLikeHtml(byte[] bytes) {
    String start = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return start.contains("<html") || start.contains("<!doctype html") || start.contains("<head")
        || start.contains("<body");
  }
}
