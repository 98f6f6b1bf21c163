package org.expensetracker.adapters.http;

import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Settings of the HTTP adapter.
 *
 * @param maxBodyBytes request bodies above this size are refused with 413
 * @param useVirtualThreads serve requests on virtual threads where the JVM has them (21+)
 * @param requestThreads the most threads of Jetty's platform pool (its acceptor and selector
 *     included); unused on virtual threads
 * @param passwordRequests the most requests that check or hash a password in flight at once; they
 *     wait for bcrypt on threads of their own, not on request threads, and more get 503
 * @param cursorKey signs list cursors (HMAC-SHA256); every instance behind one address needs the
 *     same key, or a cursor from one is refused by another
 * @param trustedProxies whose {@code X-Forwarded-For} names the client
 * @param metrics request and business metrics, and who may read them
 * @param inFlight counts the requests being served (see {@link RequestsInFlight})
 */
public record HttpSettings(
    int maxBodyBytes,
    boolean useVirtualThreads,
    int requestThreads,
    int passwordRequests,
    SecretKey cursorKey,
    TrustedProxies trustedProxies,
    HttpMetrics metrics,
    RequestsInFlight inFlight) {
  public static final int ONE_MIB = 1 << 20;
  static final int MIN_KEY_BYTES = 32;

  /**
   * The smallest pool accepted here. Jetty takes threads of the same pool for its acceptors and
   * selectors (more of them on machines with many cores) and refuses to start when too few are left
   * for requests, so the workable minimum depends on the machine.
   */
  public static final int MIN_REQUEST_THREADS = 4;

  /**
   * Javalin's own default. Password routes no longer hold a request thread while bcrypt runs
   * ({@code PasswordRoutes}), but a CSV export to a slow client, a request waiting for the exchange
   * rate provider or a long summary still does; and on 2 cores 8 threads measured no better than
   * 250 once noise was taken into account (docs/performance.md).
   */
  public static final int DEFAULT_REQUEST_THREADS = 250;

  /**
   * Room for what a bcrypt executor of one check per core running and 16 per core waiting takes
   * (the bootstrap's); beyond the hasher's own bound more would only be refused by it.
   */
  public static final int DEFAULT_PASSWORD_REQUESTS =
      17 * Runtime.getRuntime().availableProcessors();

  public HttpSettings {
    Objects.requireNonNull(cursorKey, "cursorKey");
    Objects.requireNonNull(trustedProxies, "trustedProxies");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(inFlight, "inFlight");
    if (requestThreads < MIN_REQUEST_THREADS) {
      throw new IllegalArgumentException(
          "At least " + MIN_REQUEST_THREADS + " request threads are needed");
    }
    if (passwordRequests < 1) {
      throw new IllegalArgumentException("At least one password request must be let in");
    }
    byte[] encoded = cursorKey.getEncoded();
    if (encoded == null || encoded.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("The cursor key needs at least 32 bytes");
    }
  }

  /**
   * 1 MiB bodies, platform threads ({@link #DEFAULT_REQUEST_THREADS}), a random cursor key (cursors
   * die with the process), no trusted proxies, metrics not exposed on the public port, requests in
   * flight counted for nobody.
   */
  public static HttpSettings defaults() {
    byte[] key = new byte[MIN_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return new HttpSettings(
        ONE_MIB,
        false,
        DEFAULT_REQUEST_THREADS,
        DEFAULT_PASSWORD_REQUESTS,
        hmacKey(key),
        TrustedProxies.NONE,
        HttpMetrics.unexposed(),
        new RequestsInFlight());
  }

  /** These settings on virtual threads (where the JVM has them) or on Jetty's platform pool. */
  public HttpSettings withVirtualThreads(boolean virtual) {
    return new HttpSettings(
        maxBodyBytes,
        virtual,
        requestThreads,
        passwordRequests,
        cursorKey,
        trustedProxies,
        metrics,
        inFlight);
  }

  /** These settings with at most {@code threads} platform threads serving requests. */
  public HttpSettings withRequestThreads(int threads) {
    return new HttpSettings(
        maxBodyBytes,
        useVirtualThreads,
        threads,
        passwordRequests,
        cursorKey,
        trustedProxies,
        metrics,
        inFlight);
  }

  /**
   * These settings letting at most {@code requests} password checks or hashes be in flight (match
   * the password hasher's own bound: its threads plus its queue).
   */
  public HttpSettings withPasswordRequests(int requests) {
    return new HttpSettings(
        maxBodyBytes,
        useVirtualThreads,
        requestThreads,
        requests,
        cursorKey,
        trustedProxies,
        metrics,
        inFlight);
  }

  /** These settings with a fixed cursor key, so cursors survive restarts and span instances. */
  public HttpSettings withCursorKey(byte[] key) {
    return new HttpSettings(
        maxBodyBytes,
        useVirtualThreads,
        requestThreads,
        passwordRequests,
        hmacKey(key),
        trustedProxies,
        metrics,
        inFlight);
  }

  /** These settings believing {@code X-Forwarded-For} from {@code proxies}. */
  public HttpSettings withTrustedProxies(TrustedProxies proxies) {
    return new HttpSettings(
        maxBodyBytes,
        useVirtualThreads,
        requestThreads,
        passwordRequests,
        cursorKey,
        proxies,
        metrics,
        inFlight);
  }

  /** These settings recording into (and exposing) {@code metrics}. */
  public HttpSettings withMetrics(HttpMetrics metrics) {
    return new HttpSettings(
        maxBodyBytes,
        useVirtualThreads,
        requestThreads,
        passwordRequests,
        cursorKey,
        trustedProxies,
        metrics,
        inFlight);
  }

  /** These settings counting the requests in flight into {@code inFlight}. */
  public HttpSettings withRequestsInFlight(RequestsInFlight inFlight) {
    return new HttpSettings(
        maxBodyBytes,
        useVirtualThreads,
        requestThreads,
        passwordRequests,
        cursorKey,
        trustedProxies,
        metrics,
        inFlight);
  }

  private static SecretKey hmacKey(byte[] key) {
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("The cursor key needs at least 32 bytes");
    }
    return new SecretKeySpec(key, "HmacSHA256");
  }

  @Override
  public String toString() {
    return "HttpSettings[maxBodyBytes="
        + maxBodyBytes
        + ", useVirtualThreads="
        + useVirtualThreads
        + ", requestThreads="
        + requestThreads
        + ", passwordRequests="
        + passwordRequests
        + ", trustedProxies="
        + trustedProxies
        + ", metrics="
        + metrics
        + "]";
  }
}
