package briefing.analyze.quotes;

/**
 * What one rule says about who spoke a quotation.
 *
 * @param speaker who spoke, as the text names them, or null where the rule applies but leaves the
 *     speaker unclear (an ambiguous "he"): the quotation then stays unattributed
 * @param rule the rule's name
 */
public record Attribution(String speaker, String rule) {}
