package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.bootstrap.testing.ApiClient.json;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.expensetracker.adapters.http.TrustedProxies;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * The per-client failed-login limit keyed by {@code X-Forwarded-For} when (and only when) the
 * request comes from a configured proxy. Every test connection comes from 127.0.0.1.
 */
@PostgresTest
class TrustedProxyEndToEndTest {

  private static ApiClient server(TrustedProxies proxies) {
    return ApiClient.start(
        ApiClient.testOptions().withLimits(IdentitySettings.Limits.defaults()),
        new Operations(proxies, Optional.empty(), OptionalInt.empty()));
  }

  /** A failed login for a fresh unknown address, forwarded for {@code client}. */
  private static int failedLogin(ApiClient api, String client) {
    return api.send(
            "POST",
            "/api/v1/auth/login",
            null,
            json("email", "nobody-" + UUID.randomUUID() + "@example.com", "password", "wrong one"),
            "X-Forwarded-For",
            client)
        .status();
  }

  @Test
  void behindATrustedProxyEachForwardedClientHasItsOwnLimit() {
    try (ApiClient api = server(TrustedProxies.parse("127.0.0.0/8"))) {
      for (int i = 0; i < 10; i++) {
        assertThat(failedLogin(api, "203.0.113.10")).isEqualTo(401);
      }
      assertThat(failedLogin(api, "203.0.113.10")).isEqualTo(429);
      // Another client behind the same proxy is not blocked, and a spoofed hop left of the
      // proxy's own entry does not help the blocked one.
      assertThat(failedLogin(api, "203.0.113.11")).isEqualTo(401);
      assertThat(failedLogin(api, "198.51.100.99, 203.0.113.10")).isEqualTo(429);
    }
  }

  @Test
  void fromAnUntrustedPeerTheHeaderIsIgnored() {
    try (ApiClient api = server(TrustedProxies.parse("10.0.0.0/8"))) {
      for (int i = 0; i < 10; i++) {
        // A different claimed address every time: all of them count for 127.0.0.1.
        assertThat(failedLogin(api, "198.51.100." + i)).isEqualTo(401);
      }
      assertThat(failedLogin(api, "198.51.100.200")).isEqualTo(429);
    }
  }
}
