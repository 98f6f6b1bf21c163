package org.expensetracker.bootstrap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The real server ({@code Main}) in a JVM of its own, on embedded PostgreSQL in {@code dataDir} and
 * a free port, so tests can send it signals. {@link #close()} kills whatever is left of it,
 * including a PostgreSQL it left running.
 */
public final class ServerProcess implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Process process;
  private final Path dataDir;
  private final Path log;
  private final int port;

  private ServerProcess(Process process, Path dataDir, Path log, int port) {
    this.process = process;
    this.dataDir = dataDir;
    this.log = log;
    this.port = port;
  }

  /**
   * Starts {@code Main} with working directory and {@code DATA_DIR} {@code dataDir}, {@code
   * OTP_ENABLED=false} and the given extra settings; returns once {@code /health} answers.
   */
  public static ServerProcess start(Path dataDir, Map<String, String> settings) {
    int port = freePort();
    Path log = dataDir.resolve("server-" + System.nanoTime() + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m",
                "-cp",
                System.getProperty(
                    "surefire.test.class.path", System.getProperty("java.class.path")),
                "org.expensetracker.bootstrap.Main")
            .directory(dataDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("SMTP_") || k.equals("DATABASE_URL"));
    env.put("DATA_DIR", dataDir.toString());
    env.put("HOST", "127.0.0.1");
    env.put("PORT", String.valueOf(port));
    env.put("OTP_ENABLED", "false");
    env.put("BCRYPT_COST", "10");
    env.putAll(settings);
    ServerProcess server;
    try {
      server = new ServerProcess(builder.start(), dataDir, log, port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.awaitHealthy();
    return server;
  }

  private void awaitHealthy() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    ApiClient client = client();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        close();
        throw new AssertionError("Server exited with " + process.exitValue() + ":\n" + output());
      }
      if (acceptsConnections()) {
        try {
          if (client.get("/health", null).status() == 200) {
            return;
          }
        } catch (RuntimeException notYet) {
          // starting
        }
      }
      sleep(100);
    }
    close();
    throw new AssertionError("Server did not start in " + START_TIMEOUT + ":\n" + output());
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  /** A client for this server ({@code newUser} works: OTP is off). */
  public ApiClient client() {
    return ApiClient.connect(port);
  }

  /** Whether a new TCP connection to the port is accepted now. */
  public boolean acceptsConnections() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }

  /** Sends SIGTERM (what {@code Process.destroy()} does on Linux). */
  public void terminate() {
    process.destroy();
  }

  /** Sends SIGKILL and waits until the JVM is gone. */
  public void kill() {
    process.destroyForcibly();
    waitForExit(Duration.ofSeconds(30));
  }

  /** The exit code, once the process ended within {@code timeout}. */
  public Optional<Integer> waitForExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
          ? Optional.of(process.exitValue())
          : Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** What the server printed so far. */
  public String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output: " + e + ")";
    }
  }

  /** PostgreSQL processes running on this server's data directory. */
  public List<ProcessHandle> postgresProcesses() {
    String directory = dataDir.resolve("postgres").toString();
    List<ProcessHandle> found = new ArrayList<>();
    ProcessHandle.allProcesses()
        .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
        .filter(p -> p.info().arguments().map(a -> List.of(a).contains(directory)).orElse(false))
        .forEach(found::add);
    return found;
  }

  /** Kills the JVM if it still runs, and any PostgreSQL on its data directory with it. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      waitForExit(Duration.ofSeconds(30));
    }
    for (ProcessHandle postgres : postgresProcesses()) {
      postgres.descendants().forEach(ProcessHandle::destroyForcibly);
      postgres.destroyForcibly();
      postgres.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
