package briefing.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a text file's bytes into a string: UTF-8 with or without a byte-order mark, UTF-16 with
 * one, and Windows-1252 for the legacy files that are not valid UTF-8; binary data is refused.
 */
final class Decoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The decoded text and the encoding it was read as. */
  record Decoded(String text, String encoding) {}

  private Decoder() {}

  /** Decodes the bytes, or returns empty when they are binary data rather than text. */
  static Optional<Decoded> decode(byte[] bytes) {
    Optional<ByteOrderMark> mark = ByteOrderMark.of(bytes);
    if (mark.isPresent()) {
      return strict(bytes, mark.get().length(), mark.get().charset(), mark.get().charset().name() + " with BOM")
          .filter(Decoder::isText);
    }
    if (hasNul(bytes)) {
      return Optional.empty();
    }
    Optional<Decoded> utf8 = strict(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
    if (utf8.isPresent()) {
      return utf8.filter(Decoder::isText);
    }
    // Not UTF-8: the common legacy encoding of Western news pages. Every byte decodes, so the
    // text check below is what separates a legacy text file from binary data.
    // The five bytes Windows-1252 leaves undefined decode as U+FFFD, which the text check counts.
    return Optional.of(new Decoded(new String(bytes, WINDOWS_1252), "Windows-1252"))
        .filter(Decoder::isText);
  }

  private static Optional<Decoded> strict(byte[] bytes, int offset, Charset charset, String name) {
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString();
      return Optional.of(new Decoded(text, name));
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Text has almost no control characters other than tab, newline, carriage return, form feed. */
  private static boolean isText(Decoded decoded) {
    String text = decoded.text();
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0 || c == '\uFFFD') {
        control += 8;
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        control++;
      }
    }
    return control * 100 <= text.length();
  }

  private static boolean hasNul(byte[] bytes) {
    int limit = Math.min(bytes.length, 8192);
    for (int i = 0; i < limit; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
