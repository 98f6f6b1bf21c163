package org.expensetracker.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.otp.OneTimeCode;
import org.expensetracker.domain.otp.OtpPurpose;

/** Outgoing port: the one live code per address and purpose (only its keyed hash). */
public interface OtpStore {
  /** Stores a new code, replacing any earlier one for the same address and purpose. */
  void save(OneTimeCode code);

  Optional<OneTimeCode> find(Email email, OtpPurpose purpose);

  /**
   * Marks the code with {@code codeHash} used, atomically, if it is still unused, live at {@code
   * now} and not worn out. Of any number of concurrent callers, at most one ever gets {@code true}.
   */
  boolean markUsed(Email email, OtpPurpose purpose, byte[] codeHash, Instant now);

  /** Counts one wrong guess against the code with {@code codeHash} (never past the maximum). */
  void recordWrongAttempt(Email email, OtpPurpose purpose, byte[] codeHash);
}
