package briefing.analyze.quotes;

import briefing.analyze.nlp.NewsTokens;
import briefing.model.analysis.Sentence;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;

/**
 * A quotation that opens its sentence with no speaker of its own goes on from the quotation just
 * before it, in the same paragraph or opening the next one, when nobody else is named between
 * them: the convention for a quote that runs over several sentences or paragraphs.
 */
public final class ContinuedQuote implements AttributionRule {
  public static final String NAME = "continued-quote";
  /** Narrative sentences that may stand between the two quotations ("The spokesperson said …"). */
  private static final int GAP = 2;

  @Override
  public Optional<Attribution> attribute(Quotation q, Attributing context) {
    if (q.open() != 0 || q.index() == 0 || context.speaker(q.index() - 1) == null) {
      return Optional.empty();
    }
    Quotation before = context.quotations().get(q.index() - 1);
    Sentence previous = context.document().sentence(before.last());
    Sentence here = context.document().sentence(q.first());
    boolean samePara = previous.block() == here.block();
    boolean opensNext = here.block() == previous.block() + 1
        && Quotes.opensParagraph(context.document(), q);
    if (!samePara && !opensNext || q.first() - before.last() - 1 > GAP) {
      return Optional.empty();
    }
    for (int i = before.last() + 1; i <= q.last(); i++) {
      if (namesSomeone(context, i)) {
        return Optional.empty();
      }
    }
    return Optional.of(new Attribution(context.speaker(q.index() - 1), NAME));
  }

  /** True when sentence {@code i} names a person outside quotation marks. */
  private static boolean namesSomeone(Attributing context, int i) {
    List<CoreLabel> tokens = context.tokens(i);
    boolean[] quoted = context.quoted(i);
    for (int k = 0; k < tokens.size(); k++) {
      if (!quoted[k] && NewsTokens.person(tokens.get(k))) {
        return true;
      }
    }
    return false;
  }
}
