package briefing.analyze.nlp;

import briefing.model.Article;
import briefing.model.Block;
import briefing.model.analysis.Sentence;
import briefing.model.analysis.Span;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One article annotated by CoreNLP, with its sentences numbered and every CoreNLP offset mapped
 * back to a {@link Span} of a sentence, so each rule reports where it read a fact.
 *
 * <p>The headline and each block are joined with a blank line, which CoreNLP is told is always a
 * sentence break: no sentence runs from one block into the next.
 */
public final class Document {
  private final Article article;
  private final LocalDate anchor;
  private final CoreDocument core;
  private final List<Sentence> sentences;
  private final int[] sentenceStarts;

  private Document(Article article, LocalDate anchor, CoreDocument core, List<Sentence> sentences,
      int[] sentenceStarts) {
    this.article = article;
    this.anchor = anchor;
    this.core = core;
    this.sentences = sentences;
    this.sentenceStarts = sentenceStarts;
  }

  /** Annotates an article's headline and text; {@code anchor} is its publication day, or null. */
  public static Document annotate(Article article, LocalDate anchor) {
    Parts parts = Parts.of(article);
    String text = parts.text();
    int[] partStarts = parts.starts();
    List<Integer> partBlocks = parts.blocks();
    CoreDocument core = Nlp.annotate(text, partStarts, parts.texts(), anchor);
    List<Sentence> sentences = new ArrayList<>();
    int[] starts = new int[core.sentences().size()];
    int part = 0;
    for (CoreSentence s : core.sentences()) {
      int begin = s.charOffsets().first();
      int end = s.charOffsets().second();
      while (part + 1 < partStarts.length && partStarts[part + 1] <= begin) {
        part++;
      }
      starts[sentences.size()] = begin;
      sentences.add(new Sentence("s" + (sentences.size() + 1), partBlocks.get(part),
          begin - partStarts[part], end - partStarts[part], text.substring(begin, end)));
    }
    return new Document(article, anchor, core, List.copyOf(sentences), starts);
  }

  /** The text CoreNLP annotates for {@code article}: its headline and prose blocks. */
  static String text(Article article) {
    return Parts.of(article).text();
  }

  /**
   * The headline and the prose blocks, each on one line, joined by blank lines into one text.
   *
   * @param texts each part's text
   * @param blocks each part's block ({@link Sentence#HEADLINE} for the headline)
   * @param starts where each part starts in the text
   * @param text the parts joined
   */
  private record Parts(List<String> texts, List<Integer> blocks, int[] starts, String text) {
    static Parts of(Article article) {
      List<String> parts = new ArrayList<>();
      List<Integer> partBlocks = new ArrayList<>();
      if (article.metadata().title() != null && !article.metadata().title().value().isBlank()
          && ProseBlocks.isProse(article.metadata().title().value())) {
        parts.add(oneLine(article.metadata().title().value()));
        partBlocks.add(Sentence.HEADLINE);
      }
      List<Block> blocks = article.blocks();
      for (int i = 0; i < blocks.size(); i++) {
        if (ProseBlocks.isProse(blocks.get(i).text())) {
          parts.add(oneLine(blocks.get(i).text()));
          partBlocks.add(i);
        }
      }
      StringBuilder text = new StringBuilder();
      int[] partStarts = new int[parts.size()];
      for (int i = 0; i < parts.size(); i++) {
        if (i > 0) {
          text.append("\n\n");
        }
        partStarts[i] = text.length();
        text.append(parts.get(i));
      }
      return new Parts(List.copyOf(parts), List.copyOf(partBlocks), partStarts, text.toString());
    }
  }

  /** A block's text with any line break made a space, so only block joins break sentences. */
  private static String oneLine(String text) {
    return text.replace('\r', ' ').replace('\n', ' ');
  }

  public Article article() {
    return article;
  }

  /** The day relative dates are resolved against, or null where the article has no date. */
  public LocalDate anchor() {
    return anchor;
  }

  public CoreDocument core() {
    return core;
  }

  /** The article's sentences, in the order of {@link CoreDocument#sentences()}. */
  public List<Sentence> sentences() {
    return sentences;
  }

  /** Our sentence for CoreNLP's sentence at {@code index}. */
  public Sentence sentence(int index) {
    return sentences.get(index);
  }

  /** The span from document offset {@code begin} to {@code end}, in sentence {@code index}. */
  public Span span(int index, int begin, int end) {
    int start = sentenceStarts[index];
    int length = sentences.get(index).text().length();
    int from = Math.max(0, Math.min(length, begin - start));
    int to = Math.max(from, Math.min(length, end - start));
    return new Span(sentences.get(index).id(), from, to);
  }

  /** The span of tokens {@code from} to {@code to} (inclusive) of sentence {@code index}. */
  public Span span(int index, CoreLabel from, CoreLabel to) {
    return span(index, from.beginPosition(), to.endPosition());
  }

  /** The index of the sentence holding document offset {@code offset}. */
  public int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentenceStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sentenceStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
