package org.expensetracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.identity.FullName;
import org.expensetracker.domain.identity.PasswordHash;
import org.expensetracker.domain.identity.TokenValidity;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.Conflict;
import org.junit.jupiter.api.Test;

/** What every {@link Users} implementation must do; subclassed in memory and on PostgreSQL. */
public abstract class UsersContract {
  private static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123Z");

  protected abstract Users users();

  /** A user with a unique address, so contract tests never collide in a shared database. */
  public static User newUser(boolean verified) {
    UUID id = UUID.randomUUID();
    return User.register(
        new UserId(id),
        new Email("user-" + id + "@example.com"),
        new FullName("Ada Lovelace"),
        new PasswordHash("$2a$10$hash-" + id),
        verified,
        T0);
  }

  @Test
  void anAddedUserIsFoundByIdAndByEmailWithEveryField() {
    User user = newUser(false);
    users().add(user);

    User byId = users().byId(user.id()).orElseThrow();
    User byEmail = users().byEmail(user.email()).orElseThrow();
    for (User found : new User[] {byId, byEmail}) {
      assertThat(found.id()).isEqualTo(user.id());
      assertThat(found.email()).isEqualTo(user.email());
      assertThat(found.fullName()).isEqualTo(user.fullName());
      assertThat(found.passwordHash()).isEqualTo(user.passwordHash());
      assertThat(found.verified()).isFalse();
      assertThat(found.createdAt()).isEqualTo(T0);
      assertThat(found.passwordChangedAt()).isEqualTo(T0);
    }
  }

  @Test
  void unknownIdOrEmailIsEmpty() {
    assertThat(users().byId(new UserId(UUID.randomUUID()))).isEmpty();
    assertThat(users().byEmail(new Email("nobody-" + UUID.randomUUID() + "@example.com")))
        .isEmpty();
  }

  @Test
  void aSecondUserWithTheSameEmailIsAConflict() {
    User first = newUser(true);
    users().add(first);
    User twin =
        User.register(
            new UserId(UUID.randomUUID()),
            first.email(),
            new FullName("Someone Else"),
            new PasswordHash("$2a$10$other"),
            false,
            T0);

    assertThatThrownBy(() -> users().add(twin))
        .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("email-taken"));
  }

  @Test
  void updateStoresNameVerificationAndPasswordChange() {
    User user = newUser(false);
    users().add(user);
    Instant later = T0.plusSeconds(90).plusMillis(7);
    User changed =
        user.verify()
            .rename(new FullName("Grace Hopper"))
            .changePassword(new PasswordHash("$2a$10$new"), later);

    users().update(changed);

    User found = users().byId(user.id()).orElseThrow();
    assertThat(found.verified()).isTrue();
    assertThat(found.fullName().value()).isEqualTo("Grace Hopper");
    assertThat(found.passwordHash().value()).isEqualTo("$2a$10$new");
    assertThat(found.passwordChangedAt()).isEqualTo(later);
    assertThat(found.createdAt()).isEqualTo(T0);
  }

  @Test
  void tokenValidityFollowsEveryStoredChangeOnTheNextCall() {
    User user = newUser(false);
    users().add(user);
    assertThat(users().tokenValidity(user.id())).contains(new TokenValidity(false, T0));

    User verified = user.verify();
    users().update(verified);
    assertThat(users().tokenValidity(user.id())).contains(new TokenValidity(true, T0));

    Instant later = T0.plusSeconds(30).plusMillis(1);
    users().update(verified.changePassword(new PasswordHash("$2a$10$changed"), later));
    assertThat(users().tokenValidity(user.id())).contains(new TokenValidity(true, later));
  }

  @Test
  void tokenValidityOfAnUnknownUserIsEmpty() {
    assertThat(users().tokenValidity(new UserId(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void replacePasswordHashOnlyWhenTheHashIsStillTheExpectedOne() {
    User user = newUser(true);
    users().add(user);

    boolean stale =
        users()
            .replacePasswordHash(
                user.id(), new PasswordHash("$2a$10$not-current"), new PasswordHash("$2a$12$x"));
    boolean current =
        users().replacePasswordHash(user.id(), user.passwordHash(), new PasswordHash("$2a$12$y"));

    assertThat(stale).isFalse();
    assertThat(current).isTrue();
    User found = users().byId(user.id()).orElseThrow();
    assertThat(found.passwordHash().value()).isEqualTo("$2a$12$y");
    assertThat(found.passwordChangedAt()).isEqualTo(T0);
  }
}
