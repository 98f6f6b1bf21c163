package org.expensetracker.adapters.persistence;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * How to reach PostgreSQL. Timeouts are short on purpose: a request should get a 503 within
 * seconds, never hang, when the database is away.
 */
public record DatabaseSettings(
    String jdbcUrl,
    String username,
    String password,
    int poolSize,
    Duration connectionTimeout,
    Duration statementTimeout) {

  public DatabaseSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    requireSafeParameters(jdbcUrl);
    if (poolSize < 1) {
      throw new IllegalArgumentException("poolSize must be at least 1");
    }
    Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    Objects.requireNonNull(statementTimeout, "statementTimeout");
  }

  /**
   * Refuses URL parameters that would undo what keeps the pool safe: pgjdbc lets a URL parameter
   * override the data-source property of the same name that {@code PostgresStorage} sets. {@code
   * preferQueryMode} must stay {@code extended} (simple mode inlines parameters into the SQL text,
   * CVE-2024-1597), {@code socketTimeout}, {@code connectTimeout} and {@code loginTimeout} positive
   * (0 waits forever on a lost server), {@code tcpKeepAlive} true and {@code logServerErrorDetail}
   * false (the server's detail quotes row values into exception messages, which are logged).
   * Anything else ({@code sslmode}…) passes, {@code options} too: the pool adds its own after it.
   *
   * @throws IllegalArgumentException naming the parameter, on one line
   */
  public static void requireSafeParameters(String jdbcUrl) {
    for (String pair : queryPairs(jdbcUrl)) {
      String name = decode(nameOf(pair));
      String value = decode(valueOf(pair)).trim();
      switch (name.toLowerCase(Locale.ROOT)) {
        case "preferquerymode" ->
            require(
                value.equalsIgnoreCase("extended"),
                "preferQueryMode must be extended (simple mode inlines parameters: CVE-2024-1597)");
        case "sockettimeout" -> requirePositiveSeconds(value, "socketTimeout");
        case "connecttimeout" -> requirePositiveSeconds(value, "connectTimeout");
        case "logintimeout" -> requirePositiveSeconds(value, "loginTimeout");
        case "tcpkeepalive" ->
            require(value.equalsIgnoreCase("true"), "tcpKeepAlive must stay true");
        case "logservererrordetail" ->
            require(
                value.equalsIgnoreCase("false"),
                "logServerErrorDetail must stay false (the detail quotes row values into logs)");
        default -> {
          // not one of ours
        }
      }
    }
  }

  /**
   * The URL without its {@code options} parameter, for the pool: a URL parameter would replace the
   * pool's own {@code options} (its statement timeout and time zone) instead of adding to them.
   */
  String jdbcUrlWithoutOptions() {
    int query = jdbcUrl.indexOf('?');
    if (query < 0) {
      return jdbcUrl;
    }
    StringJoiner kept = new StringJoiner("&");
    for (String pair : queryPairs(jdbcUrl)) {
      if (!isOptions(pair)) {
        kept.add(pair);
      }
    }
    return kept.length() == 0
        ? jdbcUrl.substring(0, query)
        : jdbcUrl.substring(0, query + 1) + kept;
  }

  /**
   * The URL's {@code options} (as pgjdbc reads them: the last one, decoded), then {@code ours}.
   * PostgreSQL applies {@code -c name=value} switches in order, so ours win for a setting both name
   * while the URL's others (a {@code search_path}, a provider's {@code endpoint=…}) still count.
   */
  String optionsBefore(String ours) {
    String theirs = "";
    for (String pair : queryPairs(jdbcUrl)) {
      if (isOptions(pair)) {
        theirs = decode(valueOf(pair)).trim();
      }
    }
    return theirs.isEmpty() ? ours : theirs + " " + ours;
  }

  /** The {@code name=value} pairs of the URL's query, as written (none without a query). */
  private static List<String> queryPairs(String jdbcUrl) {
    int query = jdbcUrl.indexOf('?');
    return query < 0 ? List.of() : List.of(jdbcUrl.substring(query + 1).split("&"));
  }

  private static String nameOf(String pair) {
    int equals = pair.indexOf('=');
    return equals < 0 ? pair : pair.substring(0, equals);
  }

  private static String valueOf(String pair) {
    int equals = pair.indexOf('=');
    return equals < 0 ? "" : pair.substring(equals + 1);
  }

  /** Whether a URL parameter is {@code options}: pgjdbc takes names as written, case included. */
  private static boolean isOptions(String pair) {
    return nameOf(pair).equals("options");
  }

  private static void requirePositiveSeconds(String value, String name) {
    require(
        value.matches("0*[1-9][0-9]{0,8}"),
        name + " must be a positive number of seconds (0 waits forever)");
  }

  private static void require(boolean safe, String rule) {
    if (!safe) {
      throw new IllegalArgumentException("URL parameter refused: " + rule);
    }
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("URL parameter is not percent-encoded correctly");
    }
  }

  /** Defaults sized for a small machine: pool of 2 × cores + 1, 3 s to get a connection. */
  public static DatabaseSettings of(String jdbcUrl, String username, String password) {
    return new DatabaseSettings(
        jdbcUrl,
        username,
        password,
        2 * Runtime.getRuntime().availableProcessors() + 1,
        Duration.ofSeconds(3),
        Duration.ofSeconds(15));
  }

  public DatabaseSettings withPoolSize(int size) {
    return new DatabaseSettings(
        jdbcUrl, username, password, size, connectionTimeout, statementTimeout);
  }

  @Override
  public String toString() {
    // Never print the password.
    return "DatabaseSettings[jdbcUrl="
        + jdbcUrl
        + ", username="
        + username
        + ", poolSize="
        + poolSize
        + "]";
  }
}
