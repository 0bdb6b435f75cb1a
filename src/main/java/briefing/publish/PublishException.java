package briefing.publish;

/** Publishing was refused or failed; the previous site is left as it was. */
public final class PublishException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String hint;

  PublishException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  PublishException(String message, String hint, Throwable cause) {
    super(message, cause);
    this.hint = hint;
  }

  public String hint() {
    return hint;
  }
}
