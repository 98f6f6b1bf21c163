package org.expensetracker.application.service;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.application.port.out.OtpSender;
import org.expensetracker.application.port.out.OtpStore;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.otp.OneTimeCode;
import org.expensetracker.domain.otp.OtpCode;
import org.expensetracker.domain.otp.OtpDigest;
import org.expensetracker.domain.otp.OtpPurpose;
import org.expensetracker.domain.shared.InvalidInput;

/** Issues, checks and delivers one-time codes. */
final class Codes {
  private final OtpStore store;
  private final OtpSender sender;
  private final OtpDigest digest;
  private final Throttle throttle;
  private final IdentitySettings.Limits limits;
  private final SecureRandom random = new SecureRandom();

  Codes(OtpStore store, OtpSender sender, Throttle throttle, IdentitySettings settings) {
    this.store = store;
    this.sender = sender;
    this.throttle = throttle;
    this.digest = new OtpDigest(settings.otpKey());
    this.limits = settings.limits();
  }

  /**
   * Counts a code sent to {@code email} for {@code purpose}, or refuses with 429 within a minute of
   * the last one or past the hourly cap. Applied whether or not the address is registered. {@code
   * alsoCounting} (a client's requests) is counted in the same atomic step, or refused with it.
   */
  void admitSend(Email email, OtpPurpose purpose, Throttle.Counter... alsoCounting) {
    String subject = purpose.code() + ":" + email.value();
    Throttle.Counter[] counters = Arrays.copyOf(alsoCounting, alsoCounting.length + 2);
    counters[alsoCounting.length] = new Throttle.Counter(limits.codeSendCooldown(), subject);
    counters[alsoCounting.length + 1] = new Throttle.Counter(limits.codeSendsPerHour(), subject);
    throttle.admit(counters);
  }

  /** A new code, stored (as a hash) in place of any earlier one; call inside the transaction. */
  OtpCode issue(Email email, OtpPurpose purpose, Instant now) {
    OtpCode code = OtpCode.random(random);
    store.save(OneTimeCode.issue(email, purpose, digest.hash(email, purpose, code), now));
    return code;
  }

  /** Delivers a code; call after the transaction committed. */
  void deliver(Email email, OtpPurpose purpose, OtpCode code) {
    sender.send(email, purpose, code, OneTimeCode.LIFETIME);
  }

  /**
   * Uses up the code if {@code candidate} is right and the code live; a wrong guess counts against
   * the code. True for at most one caller per code, even concurrently.
   */
  boolean consume(Email email, OtpPurpose purpose, OtpCode candidate, Instant now) {
    return store
        .find(email, purpose)
        .map(
            stored ->
                switch (stored.check(candidate, digest, now)) {
                  case ACCEPTED -> store.markUsed(email, purpose, stored.codeHash(), now);
                  case WRONG -> {
                    store.recordWrongAttempt(email, purpose, stored.codeHash());
                    yield false;
                  }
                  case DEAD -> false;
                })
        .orElse(false);
  }

  /** The one answer to any failed code check: nothing tells which check failed. */
  static InvalidInput rejected() {
    return new InvalidInput("code", "is wrong, has expired or was already used");
  }
}
