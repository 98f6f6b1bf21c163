package org.expensetracker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.expensetracker.application.port.in.LoginUseCase;
import org.expensetracker.application.testing.FakeTokens;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.shared.AuthenticationFailed;
import org.expensetracker.domain.shared.Forbidden;
import org.expensetracker.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class LoginTest {

  @Test
  void theRightPasswordGivesATokenForTheUserIssuedNow() {
    IdentityTestbed bed = IdentityTestbed.withoutOtp();
    var profile = bed.register("ada@example.com");

    LoginUseCase.Session session = bed.login("ADA@example.com ", IdentityTestbed.PASSWORD);

    assertThat(session.expiresIn()).isEqualTo(FakeTokens.LIFETIME);
    var claims = bed.tokens.verify(session.accessToken()).orElseThrow();
    assertThat(claims.subject()).isEqualTo(profile.id());
    assertThat(claims.issuedAt()).isEqualTo(bed.clock.instant());
  }

  @Test
  void unknownAddressAndWrongPasswordFailTheSameWayAndBothCompareAHash() {
    IdentityTestbed bed = IdentityTestbed.withoutOtp();
    bed.register("ada@example.com");
    int before = bed.hasher.comparisons();

    Throwable wrongPassword =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> bed.login("ada@example.com", "not the password at all"));
    Throwable unknownUser =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> bed.login("nobody@example.com", IdentityTestbed.PASSWORD));

    assertThat(wrongPassword).isInstanceOf(AuthenticationFailed.class);
    assertThat(unknownUser)
        .isInstanceOf(AuthenticationFailed.class)
        .hasMessage(wrongPassword.getMessage());
    assertThat(bed.hasher.comparisons() - before).isEqualTo(2);
  }

  @Test
  void anUnverifiedAccountWithTheRightPasswordIsToldToVerify() {
    IdentityTestbed bed = IdentityTestbed.withOtp();
    bed.register("ada@example.com");

    assertThatThrownBy(() -> bed.login("ada@example.com", IdentityTestbed.PASSWORD))
        .isInstanceOfSatisfying(
            Forbidden.class, e -> assertThat(e.code()).isEqualTo("email-not-verified"));
  }

  @Test
  void anUnverifiedAccountWithAWrongPasswordLooksLikeAnyWrongPassword() {
    IdentityTestbed bed = IdentityTestbed.withOtp();
    bed.register("ada@example.com");

    assertThatThrownBy(() -> bed.login("ada@example.com", "not the password at all"))
        .isInstanceOf(AuthenticationFailed.class);
  }

  @Test
  void anUnverifiedRegistrationOlderThan24HoursCountsAsGone() {
    IdentityTestbed bed = IdentityTestbed.withOtp();
    bed.register("ada@example.com");
    bed.clock.advance(User.UNVERIFIED_LIFETIME);

    assertThatThrownBy(() -> bed.login("ada@example.com", IdentityTestbed.PASSWORD))
        .isInstanceOf(AuthenticationFailed.class);
  }

  @Test
  void aHashMadeWithALowerCostIsRedoneOnSuccessfulLogin() {
    IdentityTestbed bed = IdentityTestbed.withoutOtp();
    bed.register("ada@example.com");
    User before = bed.users.byEmail(new Email("ada@example.com")).orElseThrow();
    bed.hasher.raiseCost(12);

    bed.login("ada@example.com", IdentityTestbed.PASSWORD);

    User after = bed.users.byEmail(new Email("ada@example.com")).orElseThrow();
    assertThat(after.passwordHash()).isNotEqualTo(before.passwordHash());
    assertThat(bed.hasher.needsRehash(after.passwordHash())).isFalse();
    assertThat(after.passwordChangedAt()).isEqualTo(before.passwordChangedAt());
    // and the same password still works
    bed.clock.advance(Duration.ofSeconds(1));
    assertThat(bed.login("ada@example.com", IdentityTestbed.PASSWORD)).isNotNull();
  }

  @Test
  void anOverlongPasswordIsRefusedAsInputBeforeAnyHashing() {
    IdentityTestbed bed = IdentityTestbed.withoutOtp();
    int before = bed.hasher.comparisons();

    assertThatThrownBy(() -> bed.login("ada@example.com", "x".repeat(1_000_000)))
        .isInstanceOf(InvalidInput.class);
    assertThat(bed.hasher.comparisons()).isEqualTo(before);
  }
}
