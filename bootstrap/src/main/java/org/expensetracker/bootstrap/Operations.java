package org.expensetracker.bootstrap;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.expensetracker.adapters.http.TrustedProxies;

/**
 * How the server is run behind its load balancer: which proxies' {@code X-Forwarded-For} it
 * believes, and how {@code /metrics} is exposed (a bearer token on the public port, a separate
 * port, both, or neither); how many database connections it pools and whether requests run on
 * virtual threads; which outside service gives reference exchange rates.
 *
 * @param metricsToken {@code METRICS_TOKEN}: without it {@code /metrics} is 404 on the public port
 * @param metricsPort {@code METRICS_PORT}: a second listener serving only {@code /metrics}
 * @param poolSize {@code DB_POOL_SIZE}: connections in the pool; empty means cores + 1 with the
 *     embedded database, 2 × cores + 1 with {@code DATABASE_URL}
 * @param virtualThreads {@code HTTP_VIRTUAL_THREADS}: requests on virtual threads where the JVM has
 *     them (21+); false (the default) keeps Jetty's platform thread pool, which gave the same rates
 *     with half the p99 on JDK 25 (docs/performance.md)
 * @param requestThreads {@code HTTP_THREADS}: the most platform threads serving requests; empty
 *     means Javalin's 250 ({@code HttpSettings.DEFAULT_REQUEST_THREADS})
 * @param exchangeRatesUrl {@code EXCHANGE_RATES_URL}: the outside service of daily reference rates
 *     (Frankfurter API style); without it only workspace and client rates convert
 */
public record Operations(
    TrustedProxies trustedProxies,
    Optional<String> metricsToken,
    OptionalInt metricsPort,
    OptionalInt poolSize,
    boolean virtualThreads,
    OptionalInt requestThreads,
    Optional<URI> exchangeRatesUrl) {

  public Operations {
    Objects.requireNonNull(trustedProxies, "trustedProxies");
    Objects.requireNonNull(metricsToken, "metricsToken");
    Objects.requireNonNull(metricsPort, "metricsPort");
    Objects.requireNonNull(poolSize, "poolSize");
    Objects.requireNonNull(requestThreads, "requestThreads");
    Objects.requireNonNull(exchangeRatesUrl, "exchangeRatesUrl");
  }

  /** Default pool size and platform threads, no reference rate provider. */
  public Operations(
      TrustedProxies trustedProxies, Optional<String> metricsToken, OptionalInt metricsPort) {
    this(
        trustedProxies,
        metricsToken,
        metricsPort,
        OptionalInt.empty(),
        false,
        OptionalInt.empty(),
        Optional.empty());
  }

  /** No trusted proxies, metrics not exposed. */
  public static Operations defaults() {
    return new Operations(TrustedProxies.NONE, Optional.empty(), OptionalInt.empty());
  }

  /** The same with reference rates from {@code url}. */
  public Operations withExchangeRatesUrl(URI url) {
    return new Operations(
        trustedProxies,
        metricsToken,
        metricsPort,
        poolSize,
        virtualThreads,
        requestThreads,
        Optional.of(url));
  }

  @Override
  public String toString() {
    return "Operations[trustedProxies="
        + trustedProxies
        + ", metricsToken="
        + (metricsToken.isPresent() ? "set" : "none")
        + ", metricsPort="
        + (metricsPort.isPresent() ? String.valueOf(metricsPort.getAsInt()) : "none")
        + ", poolSize="
        + (poolSize.isPresent() ? String.valueOf(poolSize.getAsInt()) : "default")
        + ", virtualThreads="
        + virtualThreads
        + ", requestThreads="
        + (requestThreads.isPresent() ? String.valueOf(requestThreads.getAsInt()) : "default")
        + ", exchangeRates="
        + exchangeRatesUrl.map(URI::getHost).orElse("none")
        + "]";
  }
}
