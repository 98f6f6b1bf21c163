package org.expensetracker.bootstrap;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.expensetracker.adapters.http.TrustedProxies;

/**
 * How the server is run behind its load balancer: which proxies' {@code X-Forwarded-For} it
 * believes, and how {@code /metrics} is exposed (a bearer token on the public port, a separate
 * port, both, or neither).
 *
 * @param metricsToken {@code METRICS_TOKEN}: without it {@code /metrics} is 404 on the public port
 * @param metricsPort {@code METRICS_PORT}: a second listener serving only {@code /metrics}
 */
public record Operations(
    TrustedProxies trustedProxies, Optional<String> metricsToken, OptionalInt metricsPort) {

  public Operations {
    Objects.requireNonNull(trustedProxies, "trustedProxies");
    Objects.requireNonNull(metricsToken, "metricsToken");
    Objects.requireNonNull(metricsPort, "metricsPort");
  }

  /** No trusted proxies, metrics not exposed. */
  public static Operations defaults() {
    return new Operations(TrustedProxies.NONE, Optional.empty(), OptionalInt.empty());
  }

  @Override
  public String toString() {
    return "Operations[trustedProxies="
        + trustedProxies
        + ", metricsToken="
        + (metricsToken.isPresent() ? "set" : "none")
        + ", metricsPort="
        + (metricsPort.isPresent() ? String.valueOf(metricsPort.getAsInt()) : "none")
        + "]";
  }
}
