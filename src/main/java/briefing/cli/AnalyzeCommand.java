package briefing.cli;

import briefing.analyze.Analyzer;
import briefing.analyze.cache.AnalysisJson;
import briefing.cli.AnalysisListing;
import briefing.ingest.Ingest;
import briefing.model.Article;
import briefing.model.Diagnostic;
import briefing.model.analysis.AnalyzedArticle;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code briefing analyze FILE}: one article's sentences, people, dates, quotes and figures. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Shows what briefing reads in one article: its people and their roles, organisations",
      "and places, dates with how each was resolved, quotes with their speakers, and figures.",
      "Every fact names the sentence it came from (s1 is the headline).",
      "",
      "Example:",
      "  briefing analyze content/articles/reuters.txt",
      "  briefing analyze saved-page.html --published 2022-01-10 --json"
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "An article: .txt, .md or .html.")
  Path file;

  @Option(names = "--published", paramLabel = "DATE",
      description = "The day the article was published (YYYY-MM-DD), the anchor for relative dates;"
          + " overrides the date read from the file.")
  LocalDate published;

  @Option(names = "--json", description = "Print the analysis as JSON, for programs.")
  boolean json;

  @Option(names = "--verbose", description = "Show the stack trace of an internal failure.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return Failures.guard(verbose, err, () -> {
      List<Diagnostic> problems = new ArrayList<>();
      if (!Files.isRegularFile(file)) {
        problems.add(Diagnostic.error(file.toString(), 0, "no such file",
            "give the path of an article (.txt, .md or .html)"));
        Reporter.report(problems, err);
        return ExitCodes.ERRORS;
      }
      Optional<Article> article = Ingest.standard().readArticle(file, file.toString(), problems);
      Reporter.report(problems, err);
      if (article.isEmpty()) {
        if (problems.isEmpty()) {
          err.println("error: " + Terminal.escape(file.toString()) + ": not an article briefing reads (.txt, .md, .html)");
          err.flush();
        }
        return ExitCodes.ERRORS;
      }
      Analyzer analyzer = new Analyzer();
      AnalyzedArticle analysis = published != null
          ? analyzer.analyze(article.get(), published)
          : analyzer.analyze(article.get());
      out.print(json ? AnalysisJson.write(analysis) : Terminal.escapeLines(AnalysisListing.of(article.get(), analysis)));
      out.flush();
      return problems.stream().anyMatch(Diagnostic::isError) ? ExitCodes.ERRORS : ExitCodes.OK;
    });
  }
}
