package briefing.analyze.quotes;

import briefing.analyze.nlp.Document;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Titles in quotation marks, which are names and not anyone's words: a few capitalised words
 * after a possessive ("CNN's 'State of the Union'"), before "show", "programme", "book"…, or
 * between a determiner and the noun they qualify ("the 'Celebrity Apprentice' star").
 */
final class ShowTitles {
  private static final Set<String> MINOR =
      Set.of("of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "&");
  private static final Set<String> WORKS = Set.of("show", "program", "programme", "interview",
      "podcast", "series", "film", "documentary", "book", "column", "newspaper", "magazine",
      "broadcast", "episode", "album", "song", "report");
  private static final int LONGEST = 6;

  private ShowTitles() {}

  static boolean is(Document document, Quotation q) {
    if (q.first() != q.last() || !titleCased(q.text())) {
      return false;
    }
    List<CoreLabel> tokens = document.core().sentences().get(q.first()).tokens();
    boolean possessed = q.open() > 0 && "POS".equals(tokens.get(q.open() - 1).tag());
    boolean named = q.close() + 1 < tokens.size()
        && WORKS.contains(tokens.get(q.close() + 1).word().toLowerCase(Locale.ROOT));
    // "the 'Celebrity Apprentice' star", "her 'Kent Today' co-host": a name qualifying a noun
    boolean qualifying = q.open() > 0 && q.close() + 1 < tokens.size()
        && Set.of("DT", "PRP$").contains(tokens.get(q.open() - 1).tag())
        && Set.of("NN", "NNS").contains(tokens.get(q.close() + 1).tag())
        && Character.isLowerCase(tokens.get(q.close() + 1).word().codePointAt(0))
        // "called the bill a 'Trojan Horse' yesterday": a day is no noun qualified
        && !Set.of("DATE", "TIME", "DURATION").contains(tokens.get(q.close() + 1).ner());
    return possessed || named || qualifying;
  }

  private static boolean titleCased(String text) {
    String[] words = text.split("\\s+");
    if (words.length > LONGEST || text.matches(".*[,.!?;:].*")) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      boolean capital = !words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0));
      if (!capital && (i == 0 || !MINOR.contains(words[i].toLowerCase(Locale.ROOT)))) {
        return false;
      }
    }
    return true;
  }
}
