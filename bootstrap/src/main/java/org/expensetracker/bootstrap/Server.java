package org.expensetracker.bootstrap;

import io.javalin.Javalin;
import org.expensetracker.adapters.http.HttpApi;
import org.expensetracker.adapters.http.HttpMetrics;
import org.expensetracker.adapters.http.HttpSettings;
import org.expensetracker.adapters.http.RequestsInFlight;
import org.expensetracker.adapters.identity.BackgroundOtpSender;
import org.expensetracker.adapters.persistence.PostgresStorage;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.port.out.OtpSender;

/** A running API: the core wired to PostgreSQL and served by Javalin. Closing stops both. */
public final class Server implements AutoCloseable {
  private final Javalin http;
  private final PostgresStorage storage;
  private final OtpSender otpSender;
  private final Javalin metricsHttp;
  private final Monitoring monitoring;

  private Server(
      Javalin http,
      PostgresStorage storage,
      OtpSender otpSender,
      Javalin metricsHttp,
      Monitoring monitoring) {
    this.http = http;
    this.storage = storage;
    this.otpSender = otpSender;
    this.metricsHttp = metricsHttp;
    this.monitoring = monitoring;
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
    return start(storage, host, port, identity, Operations.defaults());
  }

  /** As above, behind the given proxies and with metrics exposed as {@code operations} says. */
  public static Server start(
      PostgresStorage storage,
      String host,
      int port,
      IdentityOptions identity,
      Operations operations) {
    OtpSender otpSender = Wiring.otpSender(identity);
    RequestsInFlight inFlight = new RequestsInFlight();
    ExpenseTracker core =
        Wiring.core(
            storage, identity, otpSender, Wiring.referenceRates(operations), inFlight::count);
    HttpMetrics metrics = HttpMetrics.create(operations.metricsToken());
    Monitoring monitoring = Monitoring.bind(metrics.registry(), storage);
    HttpSettings settings =
        HttpSettings.defaults()
            .withVirtualThreads(operations.virtualThreads())
            .withCursorKey(identity.cursorKey())
            .withTrustedProxies(operations.trustedProxies())
            .withPasswordRequests(Wiring.passwordRequests())
            .withMetrics(metrics)
            .withRequestsInFlight(inFlight);
    if (operations.requestThreads().isPresent()) {
      settings = settings.withRequestThreads(operations.requestThreads().getAsInt());
    }
    Javalin http = HttpApi.create(core, settings);
    // On a failure leave nothing behind: the caller reports it (a port in use) and closes storage.
    try {
      http.start(host, port);
    } catch (RuntimeException e) {
      monitoring.close();
      throw e;
    }
    Javalin metricsHttp = null;
    if (operations.metricsPort().isPresent()) {
      try {
        metricsHttp =
            HttpApi.metricsListener(metrics).start(host, operations.metricsPort().getAsInt());
      } catch (RuntimeException e) {
        http.stop();
        monitoring.close();
        throw e;
      }
    }
    return new Server(http, storage, otpSender, metricsHttp, monitoring);
  }

  public int port() {
    return http.port();
  }

  /** The port of the separate metrics listener, if {@code METRICS_PORT} asked for one. */
  public java.util.OptionalInt metricsPort() {
    return metricsHttp == null
        ? java.util.OptionalInt.empty()
        : java.util.OptionalInt.of(metricsHttp.port());
  }

  @Override
  public void close() {
    http.stop();
    if (metricsHttp != null) {
      metricsHttp.stop();
    }
    monitoring.close();
    // Codes still queued for the mail server go out before the process ends.
    if (otpSender instanceof BackgroundOtpSender background) {
      background.close();
    }
    storage.close();
  }
}
