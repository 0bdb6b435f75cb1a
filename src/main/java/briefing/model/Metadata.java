package briefing.model;

import java.util.List;

/**
 * What is known about an article besides its text; every field is null where it is not known.
 *
 * @param title the headline
 * @param outlet the news organisation that published it ("Reuters", "UPI")
 * @param url where it was published
 * @param authors the byline's writers
 * @param published when it was published
 * @param dateline the place the report was filed from ("LONDON/PARIS")
 * @param language the language of the text, as a BCP 47 tag ("en")
 */
public record Metadata(
    Sourced<String> title,
    Sourced<String> outlet,
    Sourced<String> url,
    Sourced<List<String>> authors,
    Sourced<Published> published,
    Sourced<String> dateline,
    Sourced<String> language) {

  public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null);

  /** This metadata with every field that {@code over} knows replaced by its value. */
  public Metadata overlaidWith(Metadata over) {
    return new Metadata(
        pick(over.title, title),
        pick(over.outlet, outlet),
        pick(over.url, url),
        pick(over.authors, authors),
        pick(over.published, published),
        pick(over.dateline, dateline),
        pick(over.language, language));
  }

  public Metadata withTitle(Sourced<String> value) {
    return new Metadata(value, outlet, url, authors, published, dateline, language);
  }

  public Metadata withOutlet(Sourced<String> value) {
    return new Metadata(title, value, url, authors, published, dateline, language);
  }

  public Metadata withUrl(Sourced<String> value) {
    return new Metadata(title, outlet, value, authors, published, dateline, language);
  }

  public Metadata withLanguage(Sourced<String> value) {
    return new Metadata(title, outlet, url, authors, published, dateline, value);
  }

  public Metadata withAuthors(Sourced<List<String>> value) {
    return new Metadata(title, outlet, url, value, published, dateline, language);
  }

  public Metadata withPublished(Sourced<Published> value) {
    return new Metadata(title, outlet, url, authors, value, dateline, language);
  }

  public Metadata withDateline(Sourced<String> value) {
    return new Metadata(title, outlet, url, authors, published, value, language);
  }

  private static <T> T pick(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }
}
