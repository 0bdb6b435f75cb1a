package briefing.cli;

import briefing.config.Settings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The folder options that every command reading content shares. */
final class ContentOptions {
  @Option(names = "--content", paramLabel = "DIR", description = "The content folder (default: ${DEFAULT-VALUE}).")
  Path content = Settings.DEFAULT_CONTENT;

  @Option(names = "--out", paramLabel = "DIR", description = "The output folder (default: ${DEFAULT-VALUE}).")
  Path out = Settings.DEFAULT_OUT;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "The project's templates, overriding the bundled theme file by file (default: ${DEFAULT-VALUE}).")
  Path templates = Settings.DEFAULT_TEMPLATES;

  Settings settings(boolean force) {
    return new Settings(content, out, templates, force);
  }
}
