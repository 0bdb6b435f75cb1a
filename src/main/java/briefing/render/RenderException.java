package briefing.render;

/** A template failed: names the template and line so the user can fix it. */
public final class RenderException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String template;
  private final int line;

  RenderException(String template, int line, String message, Throwable cause) {
    super(message, cause);
    this.template = template;
    this.line = line;
  }

  public String template() {
    return template;
  }

  public int line() {
    return line;
  }
}
