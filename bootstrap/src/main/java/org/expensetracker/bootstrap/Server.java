package org.expensetracker.bootstrap;

import io.javalin.Javalin;
import org.expensetracker.adapters.http.HttpApi;
import org.expensetracker.adapters.http.HttpSettings;
import org.expensetracker.adapters.identity.BackgroundOtpSender;
import org.expensetracker.adapters.persistence.PostgresStorage;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.port.out.OtpSender;

/** A running API: the core wired to PostgreSQL and served by Javalin. Closing stops both. */
public final class Server implements AutoCloseable {
  private final Javalin http;
  private final PostgresStorage storage;
  private final OtpSender otpSender;

  private Server(Javalin http, PostgresStorage storage, OtpSender otpSender) {
    this.http = http;
    this.storage = storage;
    this.otpSender = otpSender;
  }

  /**
   * Wires the core to {@code storage} and starts listening on {@code host:port} (0 = any free
   * port).
   */
  public static Server start(PostgresStorage storage, String host, int port) {
    return start(storage, host, port, IdentityOptions.withRandomKey());
  }

  /** As {@link #start(PostgresStorage, String, int)} with the given identity configuration. */
  public static Server start(
      PostgresStorage storage, String host, int port, IdentityOptions identity) {
    OtpSender otpSender = Wiring.otpSender(identity);
    ExpenseTracker core = Wiring.core(storage, identity, otpSender);
    Javalin http =
        HttpApi.create(core, HttpSettings.defaults().withCursorKey(identity.cursorKey()));
    http.start(host, port);
    return new Server(http, storage, otpSender);
  }

  public int port() {
    return http.port();
  }

  @Override
  public void close() {
    http.stop();
    // Codes still queued for the mail server go out before the process ends.
    if (otpSender instanceof BackgroundOtpSender background) {
      background.close();
    }
    storage.close();
  }
}
