package briefing.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The byte-order mark a text file may start with, and the encoding it declares.
 *
 * @param charset the encoding the mark declares
 * @param length how many bytes the mark takes
 */
public record ByteOrderMark(Charset charset, int length) {
  /** The mark at the start of {@code bytes}, or empty where there is none. */
  public static Optional<ByteOrderMark> of(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return Optional.of(new ByteOrderMark(StandardCharsets.UTF_8, 3));
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16LE, 2));
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16BE, 2));
    }
    return Optional.empty();
  }

  /** The bytes after the mark, decoded in the encoding it declares; malformed bytes replaced. */
  public String decode(byte[] bytes) {
    return new String(bytes, length, bytes.length - length, charset);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
