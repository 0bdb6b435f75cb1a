package briefing.analyze;

import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.analyze.figures.Figures;
import briefing.analyze.names.CreditedNames;
import briefing.analyze.names.Entities;
import briefing.analyze.names.People;
import briefing.analyze.nlp.Document;
import briefing.analyze.quotes.Quotes;
import briefing.analyze.time.Times;
import briefing.model.Article;
import briefing.model.analysis.PersonMention;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: an article's analysis costs in proportion to its length. Each rule used to ask the
 * whole article again for every name, acronym, quotation or speaker, so four times the text cost
 * sixteen times as much.
 */
class LongArticleTest {
  private static final String[] NAMES = {"Wendy Sherman", "Sergei Ryabkov", "Antony Blinken",
      "Jake Sullivan", "Ned Price", "Jens Stoltenberg", "Olaf Scholz"};
  private static final String[] ACRONYMS = {"NATO", "OSCE", "EU", "UN", "IAEA"};

  @Test
  void findingFactsInAnArticleFourTimesAsLongCostsAboutFourTimesAsMuch() {
    Document small = document(50);
    Document large = document(200);
    rules(small); // warms the code up
    long smallCost = allocated(() -> rules(small));
    long largeCost = allocated(() -> rules(large));
    // What a step allocates is its work, counted the same on a busy machine as on an idle one.
    assertTrue(largeCost < 5 * smallCost, String.format(Locale.ROOT,
        "4x the text allocated %.1fx as much (%,d bytes against %,d)", (double) largeCost / smallCost,
        largeCost, smallCost));
  }

  /** {@code n} paragraphs of news: quotations, named and unnamed speakers, acronyms, dates. */
  private static Document document(int n) {
    StringBuilder text = new StringBuilder("---\npublished: 2022-01-10\n---\nTalks go on\n");
    for (int i = 0; i < n; i++) {
      String name = NAMES[i % NAMES.length];
      text.append("\n“We will meet again,” ").append(name).append(" said on ").append(1 + i % 28)
          .append(" January. The spokesperson said the ").append(ACRONYMS[i % ACRONYMS.length])
          .append(" sent about ").append(100 + i).append(" observers to Geneva.\n");
    }
    Article article = Articles.read("long.txt", text.toString());
    return Document.annotate(article, LocalDate.of(2022, 1, 10));
  }

  private static void rules(Document d) {
    List<PersonMention> people = People.find(d, CreditedNames.of(d.article()));
    Entities.find(d, people);
    Times.find(d);
    Quotes.find(d, people);
    Figures.find(d);
  }

  /** The bytes {@code work} allocates on this thread. */
  private static long allocated(Runnable work) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    work.run();
    return threads.getCurrentThreadAllocatedBytes() - before;
  }
}
