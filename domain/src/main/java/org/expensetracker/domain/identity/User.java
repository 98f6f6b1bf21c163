package org.expensetracker.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A registered person. Immutable: every change returns a new value. Times are kept to the
 * millisecond so they survive storage unchanged and compare exactly with a token's issue time.
 */
public final class User {
  /** An address nobody verified within this time is free to be registered again. */
  public static final Duration UNVERIFIED_LIFETIME = Duration.ofHours(24);

  private final UserId id;
  private final Email email;
  private final FullName fullName;
  private final PasswordHash passwordHash;
  private final boolean verified;
  private final Instant createdAt;
  private final Instant passwordChangedAt;

  private User(
      UserId id,
      Email email,
      FullName fullName,
      PasswordHash passwordHash,
      boolean verified,
      Instant createdAt,
      Instant passwordChangedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.email = Objects.requireNonNull(email, "email");
    this.fullName = Objects.requireNonNull(fullName, "fullName");
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.verified = verified;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MILLIS);
    this.passwordChangedAt =
        Objects.requireNonNull(passwordChangedAt, "passwordChangedAt")
            .truncatedTo(ChronoUnit.MILLIS);
    if (this.passwordChangedAt.isBefore(this.createdAt)) {
      throw new IllegalArgumentException("password changed before the user existed");
    }
  }

  /** A new registration; {@code verified} is true when email verification is switched off. */
  public static User register(
      UserId id,
      Email email,
      FullName fullName,
      PasswordHash passwordHash,
      boolean verified,
      Instant now) {
    return new User(id, email, fullName, passwordHash, verified, now, now);
  }

  /** Rebuilds a user from storage, re-checking the invariants. */
  public static User restore(
      UserId id,
      Email email,
      FullName fullName,
      PasswordHash passwordHash,
      boolean verified,
      Instant createdAt,
      Instant passwordChangedAt) {
    return new User(id, email, fullName, passwordHash, verified, createdAt, passwordChangedAt);
  }

  /**
   * Someone registers this unverified address again: the new registration replaces the old one
   * (same id, new name, new password, a fresh 24 hours), so nobody can squat an address.
   */
  public User registerAgain(FullName newName, PasswordHash newHash, Instant now) {
    if (verified) {
      throw new IllegalStateException("a verified user cannot be registered again");
    }
    return new User(id, email, newName, newHash, false, now, now);
  }

  /** The owner proved they control the address. */
  public User verify() {
    return new User(id, email, fullName, passwordHash, true, createdAt, passwordChangedAt);
  }

  public User rename(FullName newName) {
    return new User(id, email, newName, passwordHash, verified, createdAt, passwordChangedAt);
  }

  /** A new password: every token issued before {@code now} stops working. */
  public User changePassword(PasswordHash newHash, Instant now) {
    Instant changedAt = now.isBefore(passwordChangedAt) ? passwordChangedAt : now;
    return new User(id, email, fullName, newHash, verified, createdAt, changedAt);
  }

  /** The same password hashed again (stronger cost): tokens stay valid. */
  public User rehash(PasswordHash newHash) {
    return new User(id, email, fullName, newHash, verified, createdAt, passwordChangedAt);
  }

  /** An unverified registration older than {@link #UNVERIFIED_LIFETIME} counts as gone. */
  public boolean expired(Instant now) {
    return !verified && !now.isBefore(createdAt.plus(UNVERIFIED_LIFETIME));
  }

  /**
   * The part of this user that decides which tokens are accepted: only one issued at or after the
   * last password change, of a verified account.
   */
  public TokenValidity tokenValidity() {
    return new TokenValidity(verified, passwordChangedAt);
  }

  public UserId id() {
    return id;
  }

  public Email email() {
    return email;
  }

  public FullName fullName() {
    return fullName;
  }

  public PasswordHash passwordHash() {
    return passwordHash;
  }

  public boolean verified() {
    return verified;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  @Override
  public String toString() {
    return "User[id=" + id + ", verified=" + verified + "]";
  }
}
