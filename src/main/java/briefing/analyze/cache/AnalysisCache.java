package briefing.analyze.cache;

import briefing.analyze.Analyses;
import briefing.model.Article;
import briefing.model.Block;
import briefing.model.Credit;
import briefing.model.analysis.AnalyzedArticle;
import briefing.text.Hashes;
import briefing.work.CacheFolder;
import briefing.work.WholeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Analyses kept on disk between builds, one file per article under {@code .briefing/analysis/}.
 *
 * <p>An entry is keyed by everything the analyser reads (headline, blocks, credits, anchor) and
 * the analyser's version, not by the file's bytes alone: a cleaner that reads the same file
 * differently makes a new entry. An entry that does not parse, or whose key or version differs,
 * is analysed again and replaced: never trusted.
 */
public final class AnalysisCache {
  private final CacheFolder folder;

  /** A cache in {@code folder}, created on first write. */
  public AnalysisCache(Path folder) {
    this.folder = new CacheFolder(folder);
  }

  /** The cache entry for {@code article}, when one exists and is sound. */
  public Optional<AnalyzedArticle> find(Article article, LocalDate anchor) {
    String key = key(article, anchor);
    Path file = folder.entry(key);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      AnalyzedArticle cached = AnalysisJson.read(Files.readString(file, StandardCharsets.UTF_8));
      if (!cached.analyser().equals(AnalyzerVersion.current())
          || !String.valueOf(anchor).equals(String.valueOf(cached.anchor()))) {
        return Optional.empty();
      }
      folder.used(file);
      return Optional.of(Analyses.renamed(cached, article));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Stores {@code analysis}; a cache that cannot be written is only a slower next build. */
  public boolean store(Article article, LocalDate anchor, AnalyzedArticle analysis) {
    try {
      WholeFiles.write(folder.entry(key(article, anchor)),
          AnalysisJson.write(analysis).getBytes(StandardCharsets.UTF_8));
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Drops the entries no build has used for a while ({@link CacheFolder#prune}). */
  public int prune(Instant now) {
    return folder.prune(now);
  }

  /** A digest of everything the analysis of {@code article} depends on. */
  static String key(Article article, LocalDate anchor) {
    StringBuilder in = new StringBuilder();
    in.append(AnalyzerVersion.current()).append('\u0000').append(anchor).append('\u0000');
    in.append(article.metadata().title() == null ? "" : article.metadata().title().value());
    for (Block b : article.blocks()) {
      in.append('\u0000').append(b.kind()).append('\u0001').append(b.text());
    }
    in.append('\u0002');
    if (article.metadata().authors() != null) {
      for (String author : article.metadata().authors().value()) {
        in.append('\u0000').append(author);
      }
    }
    for (Credit c : article.credits()) {
      in.append('\u0000').append(c.name()).append('\u0001').append(c.role()).append('\u0001').append(c.agency());
    }
    return Hashes.sha256Hex(in.toString().getBytes(StandardCharsets.UTF_8));
  }
}
