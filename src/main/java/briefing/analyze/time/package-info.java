/**
 * Time expressions: SUTime's mentions corrected and resolved against the article's
 * publication day into TimeML values with a precision and a written derivation. The rules for
 * dates relative to publication are in {@code time.rules}.
 */
package briefing.analyze.time;
