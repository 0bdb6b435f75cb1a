package briefing.cli.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders and the folders below them, and runs an action once a burst of changes has
 * settled (an editor's save is often several events: a temporary file, a rename, a touch).
 * The action runs on the watcher's own thread, so two never overlap; changes made meanwhile
 * wait in the queue and run it again.
 */
final class Watcher implements AutoCloseable {
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final Duration quiet;
  private final Runnable onChange;
  private final Thread thread;

  Watcher(List<Path> roots, Duration quiet, Runnable onChange) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.quiet = quiet;
    this.onChange = onChange;
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        registerAll(root);
      }
    }
    this.thread = new Thread(this::loop, "briefing-watch");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    try {
      while (true) {
        boolean changed = handle(service.take());
        WatchKey more;
        while ((more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          changed |= handle(more);
        }
        if (changed) {
          onChange.run();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Closed: the server is stopping.
    }
  }

  /** Handles one folder's events; true where one of them concerns a file briefing reads. */
  private boolean handle(WatchKey key) {
    Path folder = folders.get(key);
    boolean changed = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
        changed = true;
        continue;
      }
      Path path = folder.resolve((Path) event.context());
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
        try {
          registerAll(path);
        } catch (IOException e) {
          // The folder went away again, or cannot be read: the build will say so.
        }
      }
      changed |= !ignored(path);
    }
    if (!key.reset()) {
      folders.remove(key);
    }
    return changed;
  }

  /** Editors' backup and swap files, and hidden files, which briefing does not read. */
  private static boolean ignored(Path path) {
    String name = path.getFileName().toString();
    return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp");
  }

  private void registerAll(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
        folders.put(key, dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // Nothing more to watch either way.
    }
    thread.interrupt();
  }
}
