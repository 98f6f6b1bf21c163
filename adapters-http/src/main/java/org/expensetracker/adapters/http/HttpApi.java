package org.expensetracker.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.expensetracker.application.ExpenseTracker;

/**
 * The HTTP adapter's entry point: one function builds the Javalin app with every route, filter and
 * error mapping, so tests and {@code main} serve exactly the same route table.
 */
public final class HttpApi {
  static final int MAX_REQUEST_HEADER_BYTES = 16 * 1024;
  static final int RESPONSE_BUFFER_BYTES = 64 * 1024;

  /** How long {@code stop()} waits for requests in flight before it cuts them. */
  public static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

  private HttpApi() {}

  /** Builds (does not start) the server for the given core. */
  public static Javalin create(ExpenseTracker core, HttpSettings settings) {
    return create(core, settings, Caller.AUTHENTICATED);
  }

  /** Jetty's platform pool with at most {@code max} threads (Javalin's default is 250). */
  private static QueuedThreadPool requestThreads(int max) {
    QueuedThreadPool pool = new QueuedThreadPool(max, Math.min(8, max), 60_000);
    pool.setName("JettyServerThreadPool");
    return pool;
  }

  /**
   * Builds the server with the given way of telling who calls. Route tests on a core without
   * identity pass their own {@link Caller}; the bearer filter then stays out of the way.
   */
  static Javalin create(ExpenseTracker core, HttpSettings settings, Caller caller) {
    ObjectMapper mapper = Json.mapper();
    JsonBody body = new JsonBody(mapper, settings.maxBodyBytes());
    ProblemResponses problems = new ProblemResponses(mapper);
    RequestLog requestLog = new RequestLog(settings.metrics());
    RequestsInFlight inFlight = settings.inFlight();
    PasswordRoutes passwordRoutes = new PasswordRoutes(settings.passwordRequests(), inFlight);
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.useVirtualThreads = settings.useVirtualThreads();
              config.http.maxRequestSize = settings.maxBodyBytes();
              if (!settings.useVirtualThreads()) {
                config.jetty.threadPool = requestThreads(settings.requestThreads());
              }
              config.http.prefer405over404 = true;
              // One write per response up to this size (Javalin copies the body in pieces of it).
              config.http.responseBufferSize = RESPONSE_BUFFER_BYTES;
              config.router.ignoreTrailingSlashes = false;
              config.jsonMapper(new JavalinJackson(mapper, settings.useVirtualThreads()));
              config.requestLogger.http(
                  (ctx, millis) -> {
                    inFlight.leave(ctx);
                    requestLog.finished(ctx, millis);
                  });
              // After the graceful stop: password requests in flight have finished by then.
              config.events(events -> events.serverStopped(passwordRoutes::close));
              // Swagger UI and ReDoc assets for /docs and /redoc, from the jar: no CDN.
              config.staticFiles.add(ApiDocsRoutes::webjars);
              config.jetty.modifyHttpConfiguration(
                  http -> {
                    http.setSendServerVersion(false);
                    // Room for an oversized (8 KB) bearer token to reach the auth filter and get
                    // the API's 401 instead of Jetty's bare 431.
                    http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
                  });
              // Javalin 6 stops with a bare Jetty Server.stop(): with the default stop timeout of
              // 0 it closes every connection, cutting requests in flight. With a timeout, Jetty
              // first closes the listening socket, then waits for open connections and, through
              // the StatisticsHandler, for requests (async ones too), then stops.
              config.jetty.modifyServer(
                  server -> {
                    server.insertHandler(new StatisticsHandler());
                    server.setErrorHandler(new JettyProblems(problems));
                    // Only once started: a start that fails (port in use) then stops plainly and
                    // reports the bind error instead of a failed graceful shutdown.
                    server.addEventListener(
                        new LifeCycle.Listener() {
                          @Override
                          public void lifeCycleStarted(LifeCycle event) {
                            server.setStopTimeout(STOP_TIMEOUT.toMillis());
                          }
                        });
                  });
            });
    requestLog.attach(app);
    app.before(
        ctx -> {
          inFlight.enter(ctx);
          RequestIds.assign(ctx);
          SecurityHeaders.apply(ctx);
          ClientAddresses.assign(ctx, settings.trustedProxies());
        });
    problems.register(app);
    new HealthRoutes(core).register(app);
    settings.metrics().registerOnPublicPort(app);
    if (caller == Caller.AUTHENTICATED) {
      new BearerAuth(core::authenticate).register(app);
    }
    new IdentityRoutes(core, body, caller, passwordRoutes).register(app);
    new WorkspaceRoutes(core, caller, body).register(app);
    IdempotentCreates creates = new IdempotentCreates(core, mapper);
    new ExpenseRoutes(
            core,
            caller,
            body,
            creates,
            new ExpenseCursors(settings.cursorKey()),
            new JsonBytes(mapper, !settings.useVirtualThreads()))
        .register(app);
    new SharedExpenseRoutes(core, caller, body, creates).register(app);
    new HistoryRoutes(core, caller).register(app);
    new ExchangeRateRoutes(core, caller, body).register(app);
    new ApiDocsRoutes(mapper).register(app);
    app.after(ContentLengths::declare);
    return app;
  }

  /**
   * A listener serving only {@code GET /metrics} (for {@code METRICS_PORT}: a port the load
   * balancer does not publish); the token is checked there too when one is set.
   */
  public static Javalin metricsListener(HttpMetrics metrics) {
    ProblemResponses problems = new ProblemResponses(Json.mapper());
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
              config.jetty.modifyServer(
                  server -> server.setErrorHandler(new JettyProblems(problems)));
            });
    app.before(
        ctx -> {
          RequestIds.assign(ctx);
          SecurityHeaders.apply(ctx);
        });
    problems.register(app);
    app.get(HttpMetrics.PATH, metrics::serve);
    return app;
  }
}
