package briefing.ingest;

import briefing.model.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a text file's bytes into a string: UTF-8 with or without a byte-order mark (a stray
 * invalid byte in it replaced by U+FFFD), UTF-16 with one, and Windows-1252 for the legacy files
 * that are not UTF-8; binary data is refused.
 */
final class Decoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * The decoded text and the encoding it was read as.
   *
   * @param replaced the 1-based line of each byte that was not valid UTF-8 and is now U+FFFD
   */
  record Decoded(String text, String encoding, List<Integer> replaced) {
    Decoded {
      replaced = List.copyOf(replaced);
    }

    Decoded(String text, String encoding) {
      this(text, encoding, List.of());
    }
  }

  private Decoder() {}

  /** Decodes the bytes, or returns empty when they are binary data rather than text. */
  static Optional<Decoded> decode(byte[] bytes) {
    Optional<ByteOrderMark> mark = ByteOrderMark.of(bytes);
    if (mark.isPresent()) {
      String name = mark.get().charset().name() + " with BOM";
      if (mark.get().charset().equals(StandardCharsets.UTF_8)) {
        return Optional.of(lenientUtf8(bytes, mark.get().length(), name)).filter(Decoder::isText);
      }
      return strict(bytes, mark.get().length(), mark.get().charset(), name).filter(Decoder::isText);
    }
    if (hasNul(bytes)) {
      return Optional.empty();
    }
    Decoded utf8 = lenientUtf8(bytes, 0, "UTF-8");
    // UTF-8 with a stray bad byte has many valid sequences and one or two invalid ones; a legacy
    // file has its accented letters as lone bytes, each one invalid UTF-8.
    if (utf8.replaced().isEmpty() || nonAscii(utf8.text()) - utf8.replaced().size() > utf8.replaced().size()) {
      return Optional.of(utf8).filter(Decoder::isText);
    }
    // Not UTF-8: the common legacy encoding of Western news pages. Every byte decodes, so the
    // text check below is what separates a legacy text file from binary data.
    // The five bytes Windows-1252 leaves undefined decode as U+FFFD, which the text check counts.
    Optional<Decoded> legacy = Optional.of(new Decoded(new String(bytes, WINDOWS_1252), "Windows-1252"))
        .filter(Decoder::isText);
    // Plain ASCII with one stray byte that Windows-1252 leaves undefined: UTF-8 with a bad byte.
    return legacy.isPresent() ? legacy : Optional.of(utf8).filter(Decoder::isText);
  }

  /** UTF-8, each malformed sequence replaced by U+FFFD and the line it stood on noted. */
  private static Decoded lenientUtf8(byte[] bytes, int offset, String name) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    // Each byte decodes to at most one char, and each bad sequence of bytes to one U+FFFD.
    CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1);
    List<Integer> replaced = new ArrayList<>();
    int line = 1;
    int counted = offset;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        decoder.flush(out);
        break;
      }
      if (result.isOverflow()) {
        throw new IllegalStateException("UTF-8 output larger than its input");
      }
      int at = in.position();
      for (; counted < at; counted++) {
        if (bytes[counted] == '\n') {
          line++;
        }
      }
      replaced.add(line);
      out.put('\uFFFD');
      in.position(at + result.length());
    }
    out.flip();
    return new Decoded(out.toString(), name, replaced);
  }

  private static int nonAscii(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        count++;
      }
    }
    return count;
  }

  /** Warns of the bytes that were not valid UTF-8, on the line of the first. */
  static void warnReplaced(Decoded decoded, String shown, List<Diagnostic> problems) {
    int count = decoded.replaced().size();
    if (count > 0) {
      problems.add(Diagnostic.warning(shown, decoded.replaced().get(0), count == 1
              ? "holds a byte that is not valid UTF-8; it is shown as \uFFFD"
              : count + " bytes are not valid UTF-8 (the first on this line); they are shown as \uFFFD",
          "save the file as UTF-8, or correct the character on that line"));
    }
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
    // The bytes replaced in UTF-8 are stray bytes in text, not a sign of binary data.
    int control = -8 * decoded.replaced().size();
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
