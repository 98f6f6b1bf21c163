package org.expensetracker.adapters.identity;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.expensetracker.application.port.out.PasswordHasher;
import org.expensetracker.domain.identity.Password;
import org.expensetracker.domain.identity.PasswordHash;

/**
 * bcrypt (at.favre.lib) over a peppered pre-hash: base64(HMAC-SHA-384(pepper, password)) is 64
 * ASCII bytes, under bcrypt's 72-byte limit, so every byte of a long password counts and the
 * library's long-password exception can never happen. The pepper lives outside the database, so a
 * stolen table alone cannot be cracked.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
  /** Lowest cost production accepts (OWASP: at least 10). */
  public static final int MIN_COST = 10;

  private static final int MIN_PEPPER_BYTES = 32;
  private static final String HMAC = "HmacSHA384";

  private final SecretKeySpec pepper;
  private final int cost;

  /**
   * @param pepper secret key of at least 32 bytes, kept outside the database
   * @param cost bcrypt cost (log2 rounds), at least {@link #MIN_COST}
   */
  public BcryptPasswordHasher(byte[] pepper, int cost) {
    this(pepper, cost, MIN_COST);
    if (cost > 31) {
      throw new IllegalArgumentException("bcrypt cost must be at most 31");
    }
  }

  /** For tests whose subject is not the cost: allows a cheaper one. */
  BcryptPasswordHasher(byte[] pepper, int cost, int minimumCost) {
    if (pepper == null || pepper.length < MIN_PEPPER_BYTES) {
      throw new IllegalArgumentException(
          "the password pepper must be at least " + MIN_PEPPER_BYTES + " bytes");
    }
    if (cost < minimumCost) {
      throw new IllegalArgumentException("bcrypt cost must be at least " + minimumCost);
    }
    this.pepper = new SecretKeySpec(pepper.clone(), HMAC);
    this.cost = cost;
  }

  @Override
  public PasswordHash hash(Password password) {
    char[] preHash = preHash(password);
    try {
      return new PasswordHash(BCrypt.withDefaults().hashToString(cost, preHash));
    } finally {
      Arrays.fill(preHash, '\0');
    }
  }

  @Override
  public boolean matches(Password password, PasswordHash hash) {
    char[] preHash = preHash(password);
    try {
      return BCrypt.verifyer().verify(preHash, hash.value()).verified;
    } catch (IllegalArgumentException malformedHash) {
      return false;
    } finally {
      Arrays.fill(preHash, '\0');
    }
  }

  @Override
  public boolean needsRehash(PasswordHash hash) {
    return costOf(hash) < cost;
  }

  /** The cost written in a {@code $2a$NN$...} hash; 0 when it cannot be read (rehash it). */
  static int costOf(PasswordHash hash) {
    String value = hash.value();
    if (value.length() < 7 || value.charAt(0) != '$' || value.charAt(3) != '$') {
      return 0;
    }
    try {
      return Integer.parseInt(value.substring(4, 6));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private char[] preHash(Password password) {
    byte[] utf8 = password.utf8();
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(pepper);
      byte[] digest = mac.doFinal(utf8);
      byte[] encoded = Base64.getEncoder().encode(digest);
      char[] chars = new String(encoded, StandardCharsets.US_ASCII).toCharArray();
      Arrays.fill(digest, (byte) 0);
      Arrays.fill(encoded, (byte) 0);
      return chars;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-384 is not available", e);
    } finally {
      Arrays.fill(utf8, (byte) 0);
    }
  }

  @Override
  public String toString() {
    return "BcryptPasswordHasher[cost=" + cost + "]";
  }
}
