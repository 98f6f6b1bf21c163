package org.expensetracker.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.expensetracker.adapters.http.HttpSettings;
import org.expensetracker.adapters.http.TrustedProxies;

/**
 * The server's settings, from environment variables and an optional {@code .env} file in the
 * working directory (the environment wins). Secrets are never part of {@link #toString()}.
 */
record Config(
    Optional<String> databaseUrl,
    Optional<String> secretKey,
    String algorithm,
    int accessTokenExpireMinutes,
    String host,
    int port,
    Path dataDir,
    int bcryptCost,
    boolean otpEnabled,
    boolean otpLog,
    Optional<String> smtpHost,
    int smtpPort,
    Optional<String> smtpUsername,
    Optional<String> smtpPassword,
    String smtpFrom,
    boolean smtpStartTls,
    Operations operations,
    LogFormat logFormat) {

  static final int MIN_METRICS_TOKEN_LENGTH = 16;

  static Config load(Map<String, String> environment, Path workingDirectory) {
    Map<String, String> values = new HashMap<>(readDotEnv(workingDirectory.resolve(".env")));
    values.putAll(environment);
    return from(values);
  }

  static Config from(Map<String, String> v) {
    Config config =
        new Config(
            text(v, "DATABASE_URL"),
            text(v, "SECRET_KEY"),
            v.getOrDefault("ALGORITHM", "HS256").trim().toUpperCase(Locale.ROOT),
            number(v, "ACCESS_TOKEN_EXPIRE_MINUTES", 30, 1, 24 * 60),
            v.getOrDefault("HOST", "127.0.0.1").trim(),
            number(v, "PORT", 8000, 0, 65535),
            Path.of(v.getOrDefault("DATA_DIR", "./data").trim()).toAbsolutePath().normalize(),
            number(v, "BCRYPT_COST", 12, 10, 31),
            bool(v, "OTP_ENABLED", true),
            bool(v, "OTP_LOG", false),
            text(v, "SMTP_HOST"),
            number(v, "SMTP_PORT", 587, 1, 65535),
            text(v, "SMTP_USERNAME"),
            text(v, "SMTP_PASSWORD"),
            v.getOrDefault("SMTP_FROM", "no-reply@localhost").trim(),
            bool(v, "SMTP_STARTTLS", true),
            operations(v),
            LogFormat.parse(v.getOrDefault("LOG_FORMAT", "text")));
    if (!config.algorithm.matches("HS(256|384|512)")) {
      throw new StartupFailure(
          "ALGORITHM must be HS256, HS384 or HS512 (got " + config.algorithm + ")");
    }
    return config;
  }

  /** Where one-time codes go. */
  enum CodeDelivery {
    SMTP,
    /** One log line per code: the development default (embedded database), else OTP_LOG=true. */
    LOG,
    /** Nowhere: verification is off and there is no mail server, so no code can be delivered. */
    NONE
  }

  /**
   * SMTP when {@code SMTP_HOST} is set; otherwise the log on the embedded database (the local
   * walk-through reads codes there) or, with {@code DATABASE_URL}, only on {@code OTP_LOG=true}.
   * With {@code DATABASE_URL}, no mail server and no opt-in, {@code OTP_ENABLED=true} cannot work
   * without writing codes to a production log and stops start-up; with verification off the few
   * codes left (password reset) are not sent.
   */
  CodeDelivery codeDelivery() {
    if (smtpHost.isPresent()) {
      return CodeDelivery.SMTP;
    }
    if (databaseUrl.isEmpty() || otpLog) {
      return CodeDelivery.LOG;
    }
    if (!otpEnabled) {
      return CodeDelivery.NONE;
    }
    throw new StartupFailure(
        "OTP_ENABLED=true with DATABASE_URL needs SMTP_HOST to mail one-time codes; set SMTP_HOST,"
            + " or OTP_ENABLED=false, or OTP_LOG=true to write codes to the log (development only)");
  }

  /**
   * {@code TRUSTED_PROXIES}, {@code METRICS_TOKEN} (16+ characters), {@code METRICS_PORT}, {@code
   * DB_POOL_SIZE}, {@code HTTP_VIRTUAL_THREADS}, {@code HTTP_THREADS}, {@code EXCHANGE_RATES_URL}.
   */
  private static Operations operations(Map<String, String> v) {
    TrustedProxies proxies;
    try {
      proxies = TrustedProxies.parse(v.getOrDefault("TRUSTED_PROXIES", ""));
    } catch (IllegalArgumentException e) {
      throw new StartupFailure("TRUSTED_PROXIES: " + e.getMessage());
    }
    Optional<String> token = text(v, "METRICS_TOKEN");
    if (token.isPresent() && token.get().length() < MIN_METRICS_TOKEN_LENGTH) {
      throw new StartupFailure(
          "METRICS_TOKEN must be at least " + MIN_METRICS_TOKEN_LENGTH + " characters");
    }
    OptionalInt metricsPort =
        text(v, "METRICS_PORT").isEmpty()
            ? OptionalInt.empty()
            : OptionalInt.of(number(v, "METRICS_PORT", 0, 0, 65535));
    OptionalInt poolSize =
        text(v, "DB_POOL_SIZE").isEmpty()
            ? OptionalInt.empty()
            : OptionalInt.of(number(v, "DB_POOL_SIZE", 0, 1, 200));
    OptionalInt requestThreads =
        text(v, "HTTP_THREADS").isEmpty()
            ? OptionalInt.empty()
            : OptionalInt.of(number(v, "HTTP_THREADS", 0, HttpSettings.MIN_REQUEST_THREADS, 1000));
    return new Operations(
        proxies,
        token,
        metricsPort,
        poolSize,
        bool(v, "HTTP_VIRTUAL_THREADS", false),
        requestThreads,
        exchangeRatesUrl(v));
  }

  /** {@code EXCHANGE_RATES_URL}: an absolute http(s) URL, or unset (no reference rates). */
  private static Optional<java.net.URI> exchangeRatesUrl(Map<String, String> v) {
    Optional<String> text = text(v, "EXCHANGE_RATES_URL");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      java.net.URI uri = new java.net.URI(text.get());
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null) {
        return Optional.of(uri);
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    throw new StartupFailure(
        "EXCHANGE_RATES_URL must be an http(s) URL without query, such as"
            + " https://api.frankfurter.app");
  }

  private static Optional<String> text(Map<String, String> v, String name) {
    String value = v.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  private static int number(Map<String, String> v, String name, int fallback, int min, int max) {
    String value = v.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed < min || parsed > max) {
        throw new StartupFailure(
            name + " must be between " + min + " and " + max + " (got " + value.trim() + ")");
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new StartupFailure(name + " must be a whole number (got '" + value.trim() + "')");
    }
  }

  private static boolean bool(Map<String, String> v, String name, boolean fallback) {
    String value = v.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default ->
          throw new StartupFailure(name + " must be true or false (got '" + value.trim() + "')");
    };
  }

  /** KEY=VALUE lines; blank lines and # comments ignored; optional surrounding quotes removed. */
  static Map<String, String> readDotEnv(Path file) {
    Map<String, String> values = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return values;
    }
    try {
      for (String line : Files.readAllLines(file)) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
          continue;
        }
        if (trimmed.startsWith("export ")) {
          trimmed = trimmed.substring("export ".length()).trim();
        }
        String key = trimmed.substring(0, trimmed.indexOf('=')).trim();
        String value = trimmed.substring(trimmed.indexOf('=') + 1).trim();
        if (value.length() >= 2
            && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
          value = value.substring(1, value.length() - 1);
        }
        values.put(key, value);
      }
    } catch (IOException e) {
      throw new StartupFailure(".env could not be read: " + e.getMessage());
    }
    return values;
  }

  @Override
  public String toString() {
    return "Config[database="
        + (databaseUrl.isPresent() ? "external" : "embedded")
        + ", host="
        + host
        + ", port="
        + port
        + ", dataDir="
        + dataDir
        + ", algorithm="
        + algorithm
        + ", accessTokenExpireMinutes="
        + accessTokenExpireMinutes
        + ", bcryptCost="
        + bcryptCost
        + ", otpEnabled="
        + otpEnabled
        + ", smtp="
        + smtpHost.orElse(otpLog ? "(log only, OTP_LOG)" : "(log only)")
        + ", "
        + operations
        + ", logFormat="
        + logFormat
        + "]";
  }
}
