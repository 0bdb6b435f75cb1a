package briefing.ingest;

import briefing.model.Article;
import briefing.model.Diagnostic;
import briefing.text.Hashes;
import briefing.work.CacheFolder;
import briefing.work.CodeVersion;
import briefing.work.RecordJson;
import briefing.work.WholeFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.vladsch.flexmark.parser.Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.yaml.snakeyaml.Yaml;

/**
 * Articles as they were read before, kept on disk between builds, one file per article file
 * under {@code .briefing/reading/}: a rebuild reads an unchanged file back instead of cleaning
 * its page again.
 *
 * <p>An entry is keyed by the file's bytes, the name it is shown by, its article id, the reader,
 * and the version of the reading code and of the libraries it parses with; the entry holds the
 * article and every problem reading it reported, so a rebuild warns as the first build did. An
 * entry that does not parse, or was written for another key, is read again and replaced: never
 * trusted.
 */
final class ReadingCache {
  /** The reading code and the records it makes: a change to either makes a new version. */
  private static final List<String> PACKAGES = List.of("briefing/ingest/", "briefing/model/", "briefing/text/");
  private static final ObjectMapper MAPPER = RecordJson.strict()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();
  private static volatile String version;

  private final CacheFolder folder;

  /** One file's reading: the article, or null where the file was skipped, and its problems. */
  record Entry(String key, Article article, List<Diagnostic> problems) {
    Entry {
      Objects.requireNonNull(key, "key");
      problems = List.copyOf(problems);
    }

    Optional<Article> found() {
      return Optional.ofNullable(article);
    }
  }

  /** A cache in {@code folder}, created on first write. */
  ReadingCache(Path folder) {
    this.folder = new CacheFolder(folder);
  }

  /** The entry stored under {@code key}, when one exists and is sound. */
  Optional<Entry> find(String key) {
    Path file = folder.entry(key);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Entry entry = MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), Entry.class);
      if (!entry.key().equals(key)) {
        return Optional.empty();
      }
      folder.used(file);
      return Optional.of(entry);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Stores {@code entry}; a cache that cannot be written is only a slower next build. */
  void store(Entry entry) {
    try {
      WholeFiles.write(folder.entry(entry.key()), MAPPER.writeValueAsBytes(entry));
    } catch (IOException | RuntimeException e) {
      // the next build reads the file again
    }
  }

  /** Drops the entries no build has used for a while ({@link CacheFolder#prune}). */
  int prune(Instant now) {
    return folder.prune(now);
  }

  /** A digest of everything reading one file depends on. */
  static String key(ArticleReader reader, byte[] bytes, String shown, String id) {
    MessageDigest sha = Hashes.sha256();
    for (String part : List.of(version(), reader.format(), shown, id)) {
      sha.update(part.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    sha.update(bytes);
    return Hashes.hex(sha.digest());
  }

  private static String version() {
    String v = version;
    if (v == null) {
      v = String.join("/", CodeVersion.of(PACKAGES), CodeVersion.jarOf(Jsoup.class),
          CodeVersion.jarOf(Parser.class), CodeVersion.jarOf(Yaml.class));
      version = v;
    }
    return v;
  }
}
