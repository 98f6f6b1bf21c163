package org.expensetracker.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.expensetracker.adapters.identity.SmtpSettings;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.application.port.out.OtpSender;

/**
 * Identity configuration: the server secret and what is derived from it, token algorithm and
 * lifetime, bcrypt cost, whether email verification is on, how codes are delivered, abuse limits.
 *
 * <p>{@code SECRET_KEY} signs tokens as is; the password pepper, the OTP key and the cursor key are
 * derived from it with HMAC under distinct labels, so no two uses share a key. (Changing {@code
 * SECRET_KEY} therefore also invalidates every stored password.)
 *
 * @param smtp mail server for codes; empty: codes go to the log (development)
 * @param otpSender a delivery to use instead of SMTP or the log (tests, embedding)
 */
public record IdentityOptions(
    byte[] secretKey,
    String algorithm,
    Duration accessTokenLifetime,
    int bcryptCost,
    boolean otpEnabled,
    Optional<SmtpSettings> smtp,
    IdentitySettings.Limits limits,
    Optional<OtpSender> otpSender) {
  public static final int DEFAULT_BCRYPT_COST = 12;

  public IdentityOptions {
    Objects.requireNonNull(secretKey, "secretKey");
    if (secretKey.length < 32) {
      throw new IllegalArgumentException("SECRET_KEY must be at least 32 bytes");
    }
    secretKey = secretKey.clone();
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
    Objects.requireNonNull(smtp, "smtp");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(otpSender, "otpSender");
  }

  /** Codes to the log, production limits. */
  public IdentityOptions(
      byte[] secretKey,
      String algorithm,
      Duration accessTokenLifetime,
      int bcryptCost,
      boolean otpEnabled) {
    this(
        secretKey,
        algorithm,
        accessTokenLifetime,
        bcryptCost,
        otpEnabled,
        Optional.empty(),
        IdentitySettings.Limits.defaults(),
        Optional.empty());
  }

  /** Production defaults with a fresh random key (tokens and passwords die with the process). */
  public static IdentityOptions withRandomKey() {
    byte[] key = new byte[64];
    new SecureRandom().nextBytes(key);
    return new IdentityOptions(key, "HS256", Duration.ofMinutes(30), DEFAULT_BCRYPT_COST, true);
  }

  public IdentityOptions withOtpEnabled(boolean enabled) {
    return new IdentityOptions(
        secretKey, algorithm, accessTokenLifetime, bcryptCost, enabled, smtp, limits, otpSender);
  }

  public IdentityOptions withSmtp(Optional<SmtpSettings> settings) {
    return new IdentityOptions(
        secretKey,
        algorithm,
        accessTokenLifetime,
        bcryptCost,
        otpEnabled,
        settings,
        limits,
        otpSender);
  }

  public IdentityOptions withLimits(IdentitySettings.Limits newLimits) {
    return new IdentityOptions(
        secretKey,
        algorithm,
        accessTokenLifetime,
        bcryptCost,
        otpEnabled,
        smtp,
        newLimits,
        otpSender);
  }

  /** Delivers codes through {@code sender} instead of SMTP or the log. */
  public IdentityOptions withOtpSender(OtpSender sender) {
    return new IdentityOptions(
        secretKey,
        algorithm,
        accessTokenLifetime,
        bcryptCost,
        otpEnabled,
        smtp,
        limits,
        Optional.of(sender));
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
      return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
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
        + ", smtp="
        + smtp.map(SmtpSettings::toString).orElse("(log)")
        + ", secretKey=redacted]";
  }
}
