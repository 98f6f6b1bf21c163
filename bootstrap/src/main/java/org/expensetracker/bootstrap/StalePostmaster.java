package org.expensetracker.bootstrap;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on the embedded data directory by a server that died without stopping
 * it (SIGKILL, OOM killer, power loss of the JVM only). The next start would fail on its {@code
 * postmaster.pid}; instead the old postmaster is stopped cleanly (fast shutdown, as {@code pg_ctl
 * stop -m fast}) and the start goes on. A postmaster whose server is still alive is left alone.
 */
final class StalePostmaster {
  private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

  /** zonky's EmbeddedPostgres holds a lock on this file in the data directory while it runs. */
  static final String OWNER_LOCK = "epg-lock";

  static final Duration STOP_WAIT = Duration.ofSeconds(30);

  private StalePostmaster() {}

  /**
   * Stops the postmaster of {@code directory} if one runs and no live process owns the directory.
   *
   * @throws StartupFailure when another running server owns the directory, or the old postmaster
   *     does not stop
   */
  static void stopIfLeft(Path directory) {
    Optional<ProcessHandle> postmaster = running(directory);
    if (postmaster.isEmpty()) {
      return; // none, or a stale postmaster.pid of a dead process: PostgreSQL handles that itself
    }
    if (ownedByLiveProcess(directory)) {
      throw new StartupFailure(
          "DATA_DIR: " + directory + " is in use by another running server; stop it first");
    }
    ProcessHandle process = postmaster.get();
    log.warn(
        "A PostgreSQL (pid {}) left by a server that did not stop runs on {}: stopping it",
        process.pid(),
        directory);
    stop(process, directory);
  }

  /** The live postmaster named by {@code directory/postmaster.pid}, if it is one. */
  static Optional<ProcessHandle> running(Path directory) {
    List<String> lines;
    try {
      lines = Files.readAllLines(directory.resolve("postmaster.pid"));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StartupFailure("DATA_DIR: cannot read " + directory.resolve("postmaster.pid"));
    }
    if (lines.size() < 2 || !isSameDirectory(Path.of(lines.get(1).trim()), directory)) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    // The pid may have been reused by an unrelated process since: only a postgres counts.
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
  }

  private static boolean isSameDirectory(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean ownedByLiveProcess(Path directory) {
    Path lockFile = directory.resolve(OWNER_LOCK);
    if (!Files.exists(lockFile)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      return lock == null;
    } catch (IOException e) {
      return true; // cannot tell: never stop a database someone may be using
    }
  }

  /** Fast shutdown with the postmaster's own pg_ctl; SIGTERM (smart shutdown) if that fails. */
  private static void stop(ProcessHandle postmaster, Path directory) {
    Optional<Path> pgCtl =
        postmaster.info().command().map(c -> Path.of(c).resolveSibling("pg_ctl"));
    boolean stopped = false;
    if (pgCtl.isPresent() && Files.isExecutable(pgCtl.get())) {
      stopped = pgCtlStop(pgCtl.get(), directory);
    }
    if (!stopped) {
      postmaster.destroy();
    }
    try {
      postmaster.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new StartupFailure(
          "DATA_DIR: the PostgreSQL left running on "
              + directory
              + " (pid "
              + postmaster.pid()
              + ") did not stop; stop it and start again");
    }
    log.info("Stopped the PostgreSQL left running on {}", directory);
  }

  private static boolean pgCtlStop(Path pgCtl, Path directory) {
    try {
      Process process =
          new ProcessBuilder(
                  pgCtl.toString(),
                  "stop",
                  "-D",
                  directory.toString(),
                  "-m",
                  "fast",
                  "-w",
                  "-t",
                  String.valueOf(STOP_WAIT.toSeconds()))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return process.waitFor(STOP_WAIT.toSeconds() + 5, TimeUnit.SECONDS)
          && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
