package briefing.analyze.quotes;

/**
 * One of CoreNLP's quotations placed in the document's sentences and tokens, for the attribution
 * rules to read around.
 *
 * @param index its place among the article's quotations
 * @param begin where its opening mark starts, in document chars
 * @param end where its closing mark ends
 * @param text the quoted words without the marks
 * @param first the index of the sentence it opens in
 * @param open the index, in that sentence, of its first token (the opening mark)
 * @param last the index of the sentence it closes in
 * @param close the index, in that sentence, of its last token (the closing mark)
 * @param partial true for a fragment inside the writer's own sentence
 * @param runsOn true where no closing mark ends it: it runs on into the next paragraph
 */
record Quotation(int index, int begin, int end, String text, int first, int open, int last,
    int close, boolean partial, boolean runsOn) {}
