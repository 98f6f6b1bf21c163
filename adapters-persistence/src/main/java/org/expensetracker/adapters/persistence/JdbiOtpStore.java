package org.expensetracker.adapters.persistence;

import java.time.Instant;
import java.util.Optional;
import org.expensetracker.application.port.out.OtpStore;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.otp.OneTimeCode;
import org.expensetracker.domain.otp.OtpPurpose;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * {@link OtpStore} on {@code otp_store}. Using a code is one conditional {@code UPDATE … WHERE
 * used_at IS NULL … RETURNING}: PostgreSQL's row lock makes concurrent uses queue up, and each
 * re-checks the condition after the winner commits, so only one ever succeeds.
 */
final class JdbiOtpStore implements OtpStore {
  private static final RowMapper<CodeRow> ROW = ConstructorMapper.of(CodeRow.class);

  private final JdbiTransactions tx;

  JdbiOtpStore(JdbiTransactions tx) {
    this.tx = tx;
  }

  /** One row of {@code otp_store}. */
  record CodeRow(
      String email,
      String purpose,
      byte[] codeHash,
      Instant createdAt,
      Instant expiresAt,
      int attempts,
      Instant usedAt) {
    OneTimeCode toDomain() {
      return OneTimeCode.restore(
          new Email(email),
          OtpPurpose.fromCode(purpose),
          codeHash,
          createdAt,
          expiresAt,
          attempts,
          usedAt);
    }
  }

  @Override
  public void save(OneTimeCode code) {
    tx.withHandle(
        h ->
            h.createUpdate(
                    """
                    INSERT INTO otp_store (email, purpose, code_hash, created_at, expires_at,
                                           attempts, used_at)
                    VALUES (:email, :purpose, :hash, :createdAt, :expiresAt, 0, NULL)
                    ON CONFLICT (email, purpose) DO UPDATE
                       SET code_hash = EXCLUDED.code_hash, created_at = EXCLUDED.created_at,
                           expires_at = EXCLUDED.expires_at, attempts = 0, used_at = NULL
                    """)
                .bind("email", code.email().value())
                .bind("purpose", code.purpose().code())
                .bind("hash", code.codeHash())
                .bind("createdAt", code.createdAt())
                .bind("expiresAt", code.expiresAt())
                .execute());
  }

  @Override
  public Optional<OneTimeCode> find(Email email, OtpPurpose purpose) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT email, purpose, code_hash, created_at, expires_at, attempts, used_at
                      FROM otp_store
                     WHERE email = :email AND purpose = :purpose
                    """)
                .bind("email", email.value())
                .bind("purpose", purpose.code())
                .map(ROW)
                .findOne()
                .map(CodeRow::toDomain));
  }

  @Override
  public boolean markUsed(Email email, OtpPurpose purpose, byte[] codeHash, Instant now) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    """
                    UPDATE otp_store SET used_at = :now
                     WHERE email = :email AND purpose = :purpose AND code_hash = :hash
                       AND used_at IS NULL AND expires_at > :now AND attempts < :max
                    RETURNING email
                    """)
                .bind("email", email.value())
                .bind("purpose", purpose.code())
                .bind("hash", codeHash)
                .bind("now", now)
                .bind("max", OneTimeCode.MAX_WRONG_ATTEMPTS)
                .mapTo(String.class)
                .findOne()
                .isPresent());
  }

  @Override
  public void recordWrongAttempt(Email email, OtpPurpose purpose, byte[] codeHash) {
    tx.withHandle(
        h ->
            h.createUpdate(
                    """
                    UPDATE otp_store SET attempts = attempts + 1
                     WHERE email = :email AND purpose = :purpose AND code_hash = :hash
                       AND used_at IS NULL AND attempts < :max
                    """)
                .bind("email", email.value())
                .bind("purpose", purpose.code())
                .bind("hash", codeHash)
                .bind("max", OneTimeCode.MAX_WRONG_ATTEMPTS)
                .execute());
  }
}
