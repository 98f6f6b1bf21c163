package org.expensetracker.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.expensetracker.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class UserTest {
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00.123456789Z");

  private static User unverified() {
    return User.register(
        new UserId(UUID.randomUUID()),
        new Email("ada@example.com"),
        new FullName("Ada"),
        new PasswordHash("h1"),
        false,
        T0);
  }

  @Test
  void timesAreKeptToTheMillisecond() {
    User user = unverified();

    assertThat(user.createdAt()).isEqualTo(Instant.parse("2025-03-01T10:00:00.123Z"));
    assertThat(user.passwordChangedAt()).isEqualTo(user.createdAt());
  }

  @Test
  void anUnverifiedRegistrationExpiresAfter24Hours() {
    User user = unverified();

    assertThat(user.expired(T0.plus(Duration.ofHours(24)).minusSeconds(1))).isFalse();
    assertThat(user.expired(T0.plus(Duration.ofHours(24)))).isTrue();
    assertThat(user.verify().expired(T0.plus(Duration.ofDays(400)))).isFalse();
  }

  @Test
  void registeringAgainReplacesNamePasswordAndClockButKeepsTheId() {
    User user = unverified();
    Instant later = T0.plus(Duration.ofHours(30));

    User again = user.registerAgain(new FullName("Real Ada"), new PasswordHash("h2"), later);

    assertThat(again.id()).isEqualTo(user.id());
    assertThat(again.fullName().value()).isEqualTo("Real Ada");
    assertThat(again.passwordHash().value()).isEqualTo("h2");
    assertThat(again.createdAt())
        .isEqualTo(later.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    assertThat(again.expired(later)).isFalse();
  }

  @Test
  void aVerifiedUserCannotBeRegisteredAgain() {
    User verified = unverified().verify();

    assertThatThrownBy(() -> verified.registerAgain(new FullName("X"), new PasswordHash("h2"), T0))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void tokensIssuedBeforeThePasswordChangeAreRefusedAndFromThatMillisecondOnAccepted() {
    User user = unverified().verify();
    Instant change = Instant.parse("2025-03-01T10:01:00.123Z");
    User changed = user.changePassword(new PasswordHash("h2"), change);
    Instant changedAt = changed.passwordChangedAt();

    assertThat(changed.tokenValidity().accepts(changedAt.minusMillis(1))).isFalse();
    assertThat(changed.tokenValidity().accepts(changedAt)).isTrue();
    assertThat(changed.tokenValidity().accepts(changedAt.plusMillis(1))).isTrue();
  }

  @Test
  void theTokenValidityIsTheVerificationAndTheLastPasswordChange() {
    User user = unverified().verify();
    Instant change = Instant.parse("2025-03-01T10:01:00.123Z");

    TokenValidity validity = user.changePassword(new PasswordHash("h2"), change).tokenValidity();

    assertThat(validity).isEqualTo(new TokenValidity(true, change));
    assertThat(validity.accepts(change.minusMillis(1))).isFalse();
    assertThat(validity.accepts(change)).isTrue();
    assertThat(unverified().tokenValidity().accepts(T0.plusSeconds(5))).isFalse();
  }

  @Test
  void anUnverifiedUserAcceptsNoToken() {
    assertThat(unverified().tokenValidity().accepts(T0.plusSeconds(5))).isFalse();
  }

  @Test
  void rehashingKeepsTheTokensValid() {
    User user = unverified().verify();

    User rehashed = user.rehash(new PasswordHash("stronger"));

    assertThat(rehashed.passwordChangedAt()).isEqualTo(user.passwordChangedAt());
  }

  @Test
  void fullNameIsTrimmedAndBounded() {
    assertThat(new FullName("  Ada  ").value()).isEqualTo("Ada");
    assertThat(new FullName("é".repeat(100)).value()).hasSize(100);
    assertThatThrownBy(() -> new FullName(" ")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> new FullName("x".repeat(101))).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> new FullName("a\u0007b")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> new FullName(null)).isInstanceOf(InvalidInput.class);
  }

  @Test
  void theHashIsNeverPrinted() {
    assertThat(new PasswordHash("$2a$12$secret").toString()).doesNotContain("secret");
    assertThat(unverified().toString()).doesNotContain("h1");
  }
}
