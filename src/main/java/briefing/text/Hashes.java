package briefing.text;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests written as lower-case hex, the form caches and manifests key files by. */
public final class Hashes {
  private Hashes() {}

  /** A fresh SHA-256 digest, for content fed in pieces. */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The SHA-256 of {@code bytes} as 64 hex digits. */
  public static String sha256Hex(byte[] bytes) {
    return hex(sha256().digest(bytes));
  }

  /** {@code digest} as lower-case hex. */
  public static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }
}
