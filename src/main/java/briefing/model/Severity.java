package briefing.model;

/** How bad a problem is: an error fails the build, a warning is reported and the build goes on. */
public enum Severity {
  ERROR,
  WARNING;

  /** The word shown to users before the message. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
