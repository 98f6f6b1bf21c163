package org.expensetracker.domain.otp;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import org.expensetracker.domain.identity.Email;

/**
 * A stored one-time code: only its keyed hash, bound to one address and purpose. It lives {@link
 * #LIFETIME}, dies after {@link #MAX_WRONG_ATTEMPTS} wrong guesses, and works once.
 */
public final class OneTimeCode {
  public static final Duration LIFETIME = Duration.ofMinutes(10);
  public static final int MAX_WRONG_ATTEMPTS = 5;

  /** The result of checking a candidate against a stored code. */
  public enum Verdict {
    /** Right code, code still live: the caller may now consume it (once). */
    ACCEPTED,
    /** Live code, wrong guess: counts towards the limit. */
    WRONG,
    /** Expired, used up or used: nothing can succeed any more. */
    DEAD
  }

  private final Email email;
  private final OtpPurpose purpose;
  private final byte[] codeHash;
  private final Instant createdAt;
  private final Instant expiresAt;
  private final int wrongAttempts;
  private final Instant usedAt;

  private OneTimeCode(
      Email email,
      OtpPurpose purpose,
      byte[] codeHash,
      Instant createdAt,
      Instant expiresAt,
      int wrongAttempts,
      Instant usedAt) {
    this.email = Objects.requireNonNull(email, "email");
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.codeHash = Objects.requireNonNull(codeHash, "codeHash").clone();
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MILLIS);
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt").truncatedTo(ChronoUnit.MILLIS);
    if (!this.expiresAt.isAfter(this.createdAt)) {
      throw new IllegalArgumentException("a code must expire after it was made");
    }
    if (wrongAttempts < 0 || wrongAttempts > MAX_WRONG_ATTEMPTS) {
      throw new IllegalArgumentException("wrong attempts out of range: " + wrongAttempts);
    }
    this.wrongAttempts = wrongAttempts;
    this.usedAt = usedAt == null ? null : usedAt.truncatedTo(ChronoUnit.MILLIS);
  }

  /** A new code for {@code email} and {@code purpose}, made {@code now}. */
  public static OneTimeCode issue(Email email, OtpPurpose purpose, byte[] codeHash, Instant now) {
    return new OneTimeCode(email, purpose, codeHash, now, now.plus(LIFETIME), 0, null);
  }

  /** Rebuilds a stored code, re-checking the invariants. */
  public static OneTimeCode restore(
      Email email,
      OtpPurpose purpose,
      byte[] codeHash,
      Instant createdAt,
      Instant expiresAt,
      int wrongAttempts,
      Instant usedAt) {
    return new OneTimeCode(email, purpose, codeHash, createdAt, expiresAt, wrongAttempts, usedAt);
  }

  public boolean live(Instant now) {
    return usedAt == null && now.isBefore(expiresAt) && wrongAttempts < MAX_WRONG_ATTEMPTS;
  }

  /** Checks {@code candidate}: the hash comparison runs in constant time. */
  public Verdict check(OtpCode candidate, OtpDigest digest, Instant now) {
    if (!live(now)) {
      return Verdict.DEAD;
    }
    return digest.matches(codeHash, email, purpose, candidate) ? Verdict.ACCEPTED : Verdict.WRONG;
  }

  public Email email() {
    return email;
  }

  public OtpPurpose purpose() {
    return purpose;
  }

  public byte[] codeHash() {
    return codeHash.clone();
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public int wrongAttempts() {
    return wrongAttempts;
  }

  /** When it was used, or null. */
  public Instant usedAt() {
    return usedAt;
  }

  /** Same code (same hash)? Used to make sure an update hits the code that was checked. */
  public boolean sameCodeAs(byte[] otherHash) {
    return Arrays.equals(codeHash, otherHash);
  }

  @Override
  public String toString() {
    return "OneTimeCode[purpose=" + purpose + ", expiresAt=" + expiresAt + "]";
  }
}
