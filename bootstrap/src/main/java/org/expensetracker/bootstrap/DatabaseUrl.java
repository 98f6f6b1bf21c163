package org.expensetracker.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.expensetracker.adapters.persistence.DatabaseSettings;

/**
 * Turns any form of {@code DATABASE_URL} a user of the original FastAPI project would paste into a
 * JDBC URL plus credentials: {@code postgresql+asyncpg://}, {@code postgresql://}, {@code
 * postgres://} and {@code jdbc:postgresql://}. Credentials are URL-decoded; query parameters are
 * kept ({@code options} too: the pool adds its own after them), except those that would undo the
 * pool's safety settings, which stop start-up ({@link DatabaseSettings#requireSafeParameters}).
 */
record DatabaseUrl(String jdbcUrl, String username, String password) {

  static DatabaseUrl parse(String raw) {
    String text = raw.trim();
    String rest;
    if (text.startsWith("jdbc:postgresql://")) {
      rest = text.substring("jdbc:".length());
    } else if (text.matches("(?i)^(postgresql|postgres)(\\+[a-z0-9]+)?://.*")) {
      rest = "postgresql" + text.substring(text.indexOf("://"));
    } else {
      throw new StartupFailure(
          "DATABASE_URL must start with postgresql://, postgres://, postgresql+asyncpg:// or jdbc:postgresql://");
    }
    URI uri;
    try {
      uri = new URI(rest);
    } catch (URISyntaxException e) {
      throw new StartupFailure("DATABASE_URL is not a valid URL");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new StartupFailure("DATABASE_URL has no host");
    }
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : null;
    }
    String database =
        uri.getRawPath() == null || uri.getRawPath().length() <= 1
            ? "postgres"
            : uri.getRawPath().substring(1);
    int port = uri.getPort() == -1 ? 5432 : uri.getPort();
    StringBuilder jdbc =
        new StringBuilder("jdbc:postgresql://")
            .append(uri.getHost())
            .append(':')
            .append(port)
            .append('/')
            .append(database);
    if (uri.getRawQuery() != null && !uri.getRawQuery().isEmpty()) {
      jdbc.append('?').append(uri.getRawQuery());
    }
    try {
      DatabaseSettings.requireSafeParameters(jdbc.toString());
    } catch (IllegalArgumentException e) {
      throw new StartupFailure("DATABASE_URL: " + e.getMessage());
    }
    return new DatabaseUrl(jdbc.toString(), user, password);
  }

  private static String decode(String value) {
    return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "DatabaseUrl[" + jdbcUrl + ", user=" + username + "]";
  }
}
