package org.expensetracker.application.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.expensetracker.application.port.out.PasswordHasher;
import org.expensetracker.domain.identity.Password;
import org.expensetracker.domain.identity.PasswordHash;

/**
 * A fast stand-in for bcrypt in use-case tests: a salted SHA-256 with a "cost" written into the
 * hash like bcrypt's, so rehash-on-login can be tested. Counts comparisons (timing parity checks).
 */
public final class FakePasswordHasher implements PasswordHasher {
  private volatile int cost;
  private final AtomicInteger comparisons = new AtomicInteger();
  private final AtomicInteger hashes = new AtomicInteger();

  public FakePasswordHasher(int cost) {
    this.cost = cost;
  }

  public FakePasswordHasher() {
    this(10);
  }

  public void raiseCost(int newCost) {
    this.cost = newCost;
  }

  public int comparisons() {
    return comparisons.get();
  }

  public int hashes() {
    return hashes.get();
  }

  @Override
  public PasswordHash hash(Password password) {
    hashes.incrementAndGet();
    String salt = Long.toHexString(Double.doubleToLongBits(Math.random()));
    return new PasswordHash("fake$" + cost + "$" + salt + "$" + digest(salt, password));
  }

  @Override
  public boolean matches(Password password, PasswordHash hash) {
    comparisons.incrementAndGet();
    String[] parts = hash.value().split("\\$");
    return parts.length == 4 && parts[3].equals(digest(parts[2], password));
  }

  @Override
  public boolean needsRehash(PasswordHash hash) {
    return Integer.parseInt(hash.value().split("\\$")[1]) < cost;
  }

  private static String digest(String salt, Password password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(sha.digest(password.utf8()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
