package briefing.ingest.html;

import briefing.ingest.ByteOrderMark;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes a saved page's bytes using its byte order mark or declared charset, else UTF-8. */
public final class PageDecoder {
  /** How far into the page a charset declaration is looked for, as browsers do. */
  private static final int SNIFF = 8192;
  private static final Pattern DECLARED = Pattern.compile(
      "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)");

  private PageDecoder() {}

  /** Decodes the page's bytes into text, dropping a byte order mark. */
  public static String decode(byte[] bytes) {
    Optional<ByteOrderMark> mark = ByteOrderMark.of(bytes);
    if (mark.isPresent()) {
      return mark.get().decode(bytes);
    }
    return new String(bytes, declared(bytes));
  }

  private static Charset declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
    Matcher matcher = DECLARED.matcher(head);
    if (matcher.find()) {
      String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
      try {
        Charset charset = Charset.forName(name);
        // A page cannot really be in UTF-16 if its declaration was readable as ASCII.
        return charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset;
      } catch (IllegalArgumentException e) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }

}
