package briefing.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu), run in-process on files. Its
 * schema loads once, in the constructor, from the validator jar: nothing is fetched.
 */
final class NuChecker {
  /** One message of the checker, as {@code line:col: message}. */
  record Message(boolean error, int line, int column, String text) {
    @Override
    public String toString() {
      return line + ":" + column + ": " + (error ? "error" : "warning") + ": " + text;
    }
  }

  private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  private final SimpleDocumentValidator validator;
  private final Collector collector = new Collector();

  /** Loads the HTML schema; takes a second or two. */
  NuChecker() throws Exception {
    // (log4j set up from the jar's own properties, no external entities, language detection on:
    // the settings of the checker's own command line for files.)
    validator = new SimpleDocumentValidator(true, false, true);
    validator.setUpMainSchema(HTML_SCHEMA, collector);
    validator.setUpValidatorAndParsers(collector, false, false);
  }

  /** Returns every error and warning the checker reports for one HTML file, in document order. */
  List<Message> check(Path htmlFile) throws IOException, SAXException {
    collector.messages.clear();
    validator.checkHtmlFile(htmlFile.toFile(), true);
    return List.copyOf(collector.messages);
  }

  /** Keeps what the checker reports instead of printing it. */
  private static final class Collector implements ErrorHandler {
    final List<Message> messages = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {
      messages.add(new Message(false, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
    }

    @Override
    public void error(SAXParseException e) {
      messages.add(new Message(true, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
    }

    @Override
    public void fatalError(SAXParseException e) {
      error(e);
    }
  }
}
