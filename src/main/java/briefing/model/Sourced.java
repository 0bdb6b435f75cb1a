package briefing.model;

import java.util.Objects;

/**
 * A metadata value with where it came from.
 *
 * @param value the value
 * @param origin front matter, page metadata or text
 * @param evidence the text it was read from ("Jan. 10 (UPI)"), or "" where it is the value itself
 */
public record Sourced<T>(T value, Origin origin, String evidence) {
  public Sourced {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(evidence, "evidence");
  }

  public static <T> Sourced<T> of(T value, Origin origin, String evidence) {
    return new Sourced<>(value, origin, evidence);
  }
}
