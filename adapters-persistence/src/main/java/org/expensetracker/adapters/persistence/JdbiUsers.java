package org.expensetracker.adapters.persistence;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.identity.FullName;
import org.expensetracker.domain.identity.PasswordHash;
import org.expensetracker.domain.identity.TokenValidity;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.Conflict;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** {@link Users} on the {@code users} table. */
final class JdbiUsers implements Users {
  private static final String COLUMNS =
      "id, email, full_name, password_hash, is_verified, created_at, password_changed_at";
  private static final String UNIQUE_VIOLATION = "23505";
  // By hand rather than ConstructorMapper: this runs on every authenticated request, and the
  // reflective mapper matches columns to parameters again for each result set.
  private static final RowMapper<UserRow> ROW =
      (rs, ctx) ->
          new UserRow(
              rs.getObject("id", UUID.class),
              rs.getString("email"),
              rs.getString("full_name"),
              rs.getString("password_hash"),
              rs.getBoolean("is_verified"),
              instant(rs.getObject("created_at", OffsetDateTime.class)),
              instant(rs.getObject("password_changed_at", OffsetDateTime.class)));

  private final JdbiTransactions tx;
  private final TokenValidityCache tokenValidities;

  JdbiUsers(JdbiTransactions tx, TokenValidityCache tokenValidities) {
    this.tx = tx;
    this.tokenValidities = tokenValidities;
  }

  private static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }

  /** One row of {@code users}. */
  record UserRow(
      UUID id,
      String email,
      String fullName,
      String passwordHash,
      boolean isVerified,
      Instant createdAt,
      Instant passwordChangedAt) {
    User toDomain() {
      return User.restore(
          new UserId(id),
          new Email(email),
          new FullName(fullName),
          new PasswordHash(passwordHash),
          isVerified,
          createdAt,
          passwordChangedAt);
    }
  }

  @Override
  public Optional<User> byId(UserId id) {
    return findBy("id", id.value());
  }

  @Override
  public Optional<User> byEmail(Email email) {
    return findBy("email", email.value());
  }

  /**
   * From the cache while its listener hears every change; otherwise, and on a miss, two columns by
   * primary key on a connection of its own (no transaction).
   */
  @Override
  public Optional<TokenValidity> tokenValidity(UserId id) {
    return tokenValidities.get(id, this::readTokenValidity);
  }

  private Optional<TokenValidity> readTokenValidity(UserId id) {
    return tx.withHandle(
        h ->
            h.createQuery("SELECT is_verified, password_changed_at FROM users WHERE id = :id")
                .bind("id", id.value())
                .map(
                    (rs, ctx) ->
                        new TokenValidity(
                            rs.getBoolean(1), instant(rs.getObject(2, OffsetDateTime.class))))
                .findOne());
  }

  /** {@code column} is one of our own constants, never client text. */
  private Optional<User> findBy(String column, Object value) {
    return tx.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM users WHERE " + column + " = :value")
                .bind("value", value)
                .map(ROW)
                .findOne()
                .map(UserRow::toDomain));
  }

  @Override
  public void add(User user) {
    try {
      tx.withHandle(
          h ->
              h.createUpdate(
                      """
                      INSERT INTO users (id, email, full_name, password_hash, is_verified,
                                         created_at, password_changed_at)
                      VALUES (:id, :email, :fullName, :hash, :verified, :createdAt, :changedAt)
                      """)
                  .bind("id", user.id().value())
                  .bind("email", user.email().value())
                  .bind("fullName", user.fullName().value())
                  .bind("hash", user.passwordHash().value())
                  .bind("verified", user.verified())
                  .bind("createdAt", user.createdAt())
                  .bind("changedAt", user.passwordChangedAt())
                  .execute());
    } catch (UnableToExecuteStatementException e) {
      if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        throw new Conflict("email-taken", "An account with this email address already exists");
      }
      throw e;
    }
  }

  @Override
  public void update(User user) {
    int rows =
        tx.withHandle(
            h ->
                h.createUpdate(
                        """
                        UPDATE users
                           SET full_name = :fullName, password_hash = :hash,
                               is_verified = :verified, created_at = :createdAt,
                               password_changed_at = :changedAt
                         WHERE id = :id
                        """)
                    .bind("id", user.id().value())
                    .bind("fullName", user.fullName().value())
                    .bind("hash", user.passwordHash().value())
                    .bind("verified", user.verified())
                    .bind("createdAt", user.createdAt())
                    .bind("changedAt", user.passwordChangedAt())
                    .execute());
    // At once for this instance's next request; the trigger's notification (at commit) evicts
    // again on every instance, this one included, so a read racing this update cannot stick.
    tokenValidities.evict(user.id());
    if (rows != 1) {
      throw new IllegalStateException("No user " + user.id() + " to update");
    }
  }

  @Override
  public boolean replacePasswordHash(UserId id, PasswordHash expected, PasswordHash replacement) {
    return tx.withHandle(
            h ->
                h.createUpdate(
                        "UPDATE users SET password_hash = :replacement"
                            + " WHERE id = :id AND password_hash = :expected")
                    .bind("id", id.value())
                    .bind("expected", expected.value())
                    .bind("replacement", replacement.value())
                    .execute())
        == 1;
  }
}
