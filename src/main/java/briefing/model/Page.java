package briefing.model;

import java.util.Objects;

/**
 * One file of the site, in memory.
 *
 * @param path its path inside the site, with forward slashes ("articles/a.html")
 * @param bytes its content
 */
public record Page(String path, byte[] bytes) {
  public Page {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(bytes, "bytes");
    if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new IllegalArgumentException("a page path is relative and stays inside the site: " + path);
    }
  }
}
