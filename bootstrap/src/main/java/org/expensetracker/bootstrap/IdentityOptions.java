package org.expensetracker.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Identity configuration: the server secret and what is derived from it, token algorithm and
 * lifetime, bcrypt cost, whether email verification is on.
 *
 * <p>{@code SECRET_KEY} signs tokens as is; the password pepper and the OTP key are derived from it
 * with HMAC under distinct labels, so no two uses share a key.
 */
public record IdentityOptions(
    byte[] secretKey,
    String algorithm,
    Duration accessTokenLifetime,
    int bcryptCost,
    boolean otpEnabled) {
  public static final int DEFAULT_BCRYPT_COST = 12;

  public IdentityOptions {
    Objects.requireNonNull(secretKey, "secretKey");
    if (secretKey.length < 32) {
      throw new IllegalArgumentException("SECRET_KEY must be at least 32 bytes");
    }
    secretKey = secretKey.clone();
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
  }

  /**
   * Reads {@code SECRET_KEY}, {@code ALGORITHM}, {@code ACCESS_TOKEN_EXPIRE_MINUTES}, {@code
   * BCRYPT_COST} and {@code OTP_ENABLED}. Without {@code SECRET_KEY} a random key is made, so
   * tokens and passwords do not survive a restart (fine for a local try-out only).
   */
  public static IdentityOptions fromEnvironment(Map<String, String> env) {
    String secret = env.get("SECRET_KEY");
    byte[] key = secret == null || secret.isEmpty() ? randomKey() : utf8(secret);
    return new IdentityOptions(
        key,
        env.getOrDefault("ALGORITHM", "HS256"),
        Duration.ofMinutes(Long.parseLong(env.getOrDefault("ACCESS_TOKEN_EXPIRE_MINUTES", "30"))),
        Integer.parseInt(env.getOrDefault("BCRYPT_COST", String.valueOf(DEFAULT_BCRYPT_COST))),
        Boolean.parseBoolean(env.getOrDefault("OTP_ENABLED", "true")));
  }

  /** Production defaults with a fresh random key (tokens die with the process). */
  public static IdentityOptions withRandomKey() {
    return new IdentityOptions(randomKey(), "HS256", Duration.ofMinutes(30), 12, true);
  }

  public IdentityOptions withOtpEnabled(boolean enabled) {
    return new IdentityOptions(secretKey, algorithm, accessTokenLifetime, bcryptCost, enabled);
  }

  public IdentityOptions withBcryptCost(int cost) {
    return new IdentityOptions(secretKey, algorithm, accessTokenLifetime, cost, otpEnabled);
  }

  /** The key that signs tokens: {@code SECRET_KEY} itself. */
  @Override
  public byte[] secretKey() {
    return secretKey.clone();
  }

  /** Key of the password pre-hash. */
  byte[] passwordPepper() {
    return derive("expense-tracker/password-pepper/v1");
  }

  /** Key of the OTP hashes. */
  byte[] otpKey() {
    return derive("expense-tracker/otp-hash/v1");
  }

  /** Key that signs expense list cursors, so they survive restarts and work across instances. */
  byte[] cursorKey() {
    return derive("expense-tracker/list-cursor/v1");
  }

  private byte[] derive(String label) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secretKey, "HmacSHA256"));
      return mac.doFinal(utf8(label));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] randomKey() {
    byte[] key = new byte[64];
    new SecureRandom().nextBytes(key);
    return key;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return "IdentityOptions[algorithm="
        + algorithm
        + ", accessTokenLifetime="
        + accessTokenLifetime
        + ", bcryptCost="
        + bcryptCost
        + ", otpEnabled="
        + otpEnabled
        + ", secretKey=redacted]";
  }
}
