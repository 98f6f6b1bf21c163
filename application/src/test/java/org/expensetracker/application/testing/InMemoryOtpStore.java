package org.expensetracker.application.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.expensetracker.application.port.out.OtpStore;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.otp.OneTimeCode;
import org.expensetracker.domain.otp.OtpPurpose;

/** In-memory {@link OtpStore}; its conditional updates are atomic like the SQL ones. */
public final class InMemoryOtpStore implements OtpStore {
  private record Key(Email email, OtpPurpose purpose) {}

  private final Map<Key, OneTimeCode> codes = new HashMap<>();

  @Override
  public synchronized void save(OneTimeCode code) {
    codes.put(new Key(code.email(), code.purpose()), code);
  }

  @Override
  public synchronized Optional<OneTimeCode> find(Email email, OtpPurpose purpose) {
    return Optional.ofNullable(codes.get(new Key(email, purpose)));
  }

  @Override
  public synchronized boolean markUsed(
      Email email, OtpPurpose purpose, byte[] codeHash, Instant now) {
    OneTimeCode code = codes.get(new Key(email, purpose));
    if (code == null || !code.sameCodeAs(codeHash) || !code.live(now)) {
      return false;
    }
    codes.put(
        new Key(email, purpose),
        OneTimeCode.restore(
            email,
            purpose,
            codeHash,
            code.createdAt(),
            code.expiresAt(),
            code.wrongAttempts(),
            now));
    return true;
  }

  @Override
  public synchronized void recordWrongAttempt(Email email, OtpPurpose purpose, byte[] codeHash) {
    OneTimeCode code = codes.get(new Key(email, purpose));
    if (code == null
        || !code.sameCodeAs(codeHash)
        || code.usedAt() != null
        || code.wrongAttempts() >= OneTimeCode.MAX_WRONG_ATTEMPTS) {
      return;
    }
    codes.put(
        new Key(email, purpose),
        OneTimeCode.restore(
            email,
            purpose,
            codeHash,
            code.createdAt(),
            code.expiresAt(),
            code.wrongAttempts() + 1,
            null));
  }
}
