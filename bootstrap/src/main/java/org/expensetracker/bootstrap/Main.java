package org.expensetracker.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.expensetracker.adapters.identity.SmtpSettings;
import org.expensetracker.adapters.identity.UnsentOtpSender;
import org.expensetracker.adapters.persistence.DatabaseSettings;
import org.expensetracker.adapters.persistence.PostgresStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the API: on an embedded PostgreSQL kept under {@code DATA_DIR} when {@code DATABASE_URL}
 * is unset, else on that server. Any start-up problem ends the process with one line naming the
 * setting.
 */
public final class Main {
  private static final Logger log = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    try {
      Shutdown.install(start(args, System.getenv(), Path.of("").toAbsolutePath()));
    } catch (StartupFailure e) {
      System.err.println("expense-tracker: " + e.getMessage());
      System.exit(2);
    }
  }

  /**
   * Starts everything and returns how to stop it; with {@code --migrate-only} migrates, stops and
   * returns a no-op. Throws {@link StartupFailure} (never exits) so tests can call it.
   */
  static Runnable start(String[] args, Map<String, String> environment, Path workingDirectory) {
    Config config = Config.load(environment, workingDirectory);
    config.logFormat().apply();
    boolean migrateOnly = Arrays.asList(args).contains("--migrate-only");
    // Only a serving process delivers codes; a migration job needs no mail settings.
    Config.CodeDelivery delivery = migrateOnly ? Config.CodeDelivery.NONE : config.codeDelivery();
    boolean embedded = config.databaseUrl().isEmpty();
    byte[] secretKey = SecretKeys.resolve(config.secretKey(), embedded, config.dataDir());
    IdentityOptions identity =
        new IdentityOptions(
                secretKey,
                config.algorithm(),
                java.time.Duration.ofMinutes(config.accessTokenExpireMinutes()),
                config.bcryptCost(),
                config.otpEnabled())
            .withSmtp(smtp(config));
    if (delivery == Config.CodeDelivery.NONE) {
      identity = identity.withOtpSender(new UnsentOtpSender());
    } else if (delivery == Config.CodeDelivery.LOG && !embedded) {
      log.warn("OTP_LOG=true: one-time codes are written to this log (development only)");
    }
    EmbeddedPostgres postgres = embedded ? EmbeddedDatabase.start(config.dataDir()) : null;
    DatabaseSettings settings = embedded ? EmbeddedDatabase.settings(postgres) : external(config);
    if (config.operations().poolSize().isPresent()) {
      settings = settings.withPoolSize(config.operations().poolSize().getAsInt());
    }
    PostgresStorage storage;
    try {
      storage = PostgresStorage.start(settings);
    } catch (RuntimeException e) {
      closeQuietly(postgres);
      throw new StartupFailure(
          (embedded ? "embedded PostgreSQL" : "DATABASE_URL")
              + ": cannot connect or migrate ("
              + rootMessage(e)
              + ")");
    }
    if (migrateOnly) {
      storage.close();
      closeQuietly(postgres);
      log.info("Migrations applied; exiting (--migrate-only)");
      return () -> {};
    }
    Server server;
    try {
      server = Server.start(storage, config.host(), config.port(), identity, config.operations());
    } catch (RuntimeException e) {
      storage.close();
      closeQuietly(postgres);
      if (hasCause(e, BindException.class)) {
        throw new StartupFailure(
            "PORT "
                + config.port()
                + " on HOST "
                + config.host()
                + " is already in use or not available");
      }
      throw new StartupFailure("HOST/PORT: the server could not start (" + rootMessage(e) + ")");
    }
    log.info(
        "Listening on http://{}:{} ({}, data in {})",
        config.host(),
        server.port(),
        embedded ? "embedded PostgreSQL" : "external PostgreSQL",
        config.dataDir());
    server
        .metricsPort()
        .ifPresent(port -> log.info("Metrics on http://{}:{}/metrics", config.host(), port));
    return () -> {
      server.close();
      log.info("HTTP stopped, code mail queue drained, connection pool closed");
      if (postgres != null) {
        closeQuietly(postgres);
        log.info("Embedded PostgreSQL stopped");
      }
    };
  }

  /** SMTP when {@code SMTP_HOST} is set; STARTTLS unless turned off (then TLS on port 465). */
  static Optional<SmtpSettings> smtp(Config config) {
    return config
        .smtpHost()
        .map(
            host ->
                new SmtpSettings(
                    host,
                    config.smtpPort(),
                    config.smtpUsername().orElse(""),
                    config.smtpPassword().orElse(""),
                    config.smtpFrom(),
                    config.smtpStartTls()
                        ? SmtpSettings.Security.STARTTLS
                        : config.smtpPort() == 465
                            ? SmtpSettings.Security.TLS
                            : SmtpSettings.Security.NONE,
                    java.time.Duration.ofSeconds(10)));
  }

  private static DatabaseSettings external(Config config) {
    DatabaseUrl url = DatabaseUrl.parse(config.databaseUrl().orElseThrow());
    return DatabaseSettings.of(url.jdbcUrl(), url.username(), url.password());
  }

  private static void closeQuietly(EmbeddedPostgres postgres) {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException ignored) {
        // shutting down anyway
      }
    }
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
