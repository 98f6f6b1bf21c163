package org.expensetracker.adapters.identity;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the SMTP server.
 *
 * @param host server name
 * @param port usually 587 (STARTTLS) or 465 (implicit TLS)
 * @param username empty for no authentication
 * @param password never printed
 * @param from sender address
 * @param security how the connection is protected
 * @param timeout connect, read and write timeout
 */
public record SmtpSettings(
    String host,
    int port,
    String username,
    String password,
    String from,
    Security security,
    Duration timeout) {

  /** Transport protection. */
  public enum Security {
    /** Plain connection upgraded with STARTTLS, which is required. */
    STARTTLS,
    /** TLS from the first byte (SMTPS). */
    TLS,
    /** No encryption: only for a local relay or a test server. */
    NONE
  }

  public SmtpSettings {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("SMTP host is empty");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("SMTP port out of range: " + port);
    }
    username = username == null ? "" : username;
    password = password == null ? "" : password;
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(timeout, "timeout");
  }

  @Override
  public String toString() {
    return "SmtpSettings[host="
        + host
        + ", port="
        + port
        + ", username="
        + username
        + ", from="
        + from
        + ", security="
        + security
        + ", password=redacted]";
  }
}
