package org.expensetracker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.expensetracker.application.port.in.UserProfile;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.shared.Conflict;
import org.expensetracker.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class RegistrationTest {

  @Test
  void withVerificationOffANewAccountIsVerifiedAtOnce() {
    IdentityTestbed bed = IdentityTestbed.withoutOtp();

    UserProfile profile = bed.register("  Ada@Example.COM ");

    assertThat(profile.email()).isEqualTo("ada@example.com");
    assertThat(profile.fullName()).isEqualTo("Ada Lovelace");
    assertThat(profile.verified()).isTrue();
    assertThat(profile.createdAt()).isEqualTo(bed.clock.instant());
  }

  @Test
  void withVerificationOnANewAccountStartsUnverified() {
    IdentityTestbed bed = IdentityTestbed.withOtp();

    assertThat(bed.register("ada@example.com").verified()).isFalse();
  }

  @Test
  void thePasswordIsStoredOnlyAsAHash() {
    IdentityTestbed bed = IdentityTestbed.withoutOtp();
    bed.register("ada@example.com");

    User stored = bed.users.byEmail(new Email("ada@example.com")).orElseThrow();
    assertThat(stored.passwordHash().value()).doesNotContain(IdentityTestbed.PASSWORD);
  }

  @Test
  void aVerifiedAddressCannotBeRegisteredAgain() {
    IdentityTestbed bed = IdentityTestbed.withoutOtp();
    bed.register("ada@example.com");

    assertThatThrownBy(() -> bed.register("ADA@example.com"))
        .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("email-taken"));
  }

  @Test
  void registeringAnUnverifiedAddressAgainReplacesNameAndPassword() {
    IdentityTestbed bed = IdentityTestbed.withOtp();
    UserProfile first = bed.register("ada@example.com", "first password of the squatter");
    bed.clock.advance(java.time.Duration.ofMinutes(5));

    UserProfile second = bed.register("ada@example.com", "second password of the owner");

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.createdAt()).isEqualTo(bed.clock.instant());
    User stored = bed.users.byId(first.id()).orElseThrow();
    assertThat(
            bed.hasher.matches(
                org.expensetracker.domain.identity.Password.present(
                    "second password of the owner", "password"),
                stored.passwordHash()))
        .isTrue();
  }

  @Test
  void everyBadFieldIsReportedAtOnce() {
    IdentityTestbed bed = IdentityTestbed.withoutOtp();

    assertThatThrownBy(
            () ->
                bed.core
                    .register()
                    .register(
                        org.expensetracker.application.port.in.RegisterUseCase.Command.parse(
                            "not-an-email", "short", "  ", "x")))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(f -> f.field())
                    .containsExactly("email", "password", "full_name"));
  }

  @Test
  void aCommonBreachedPasswordIsRefusedWithTheReason() {
    IdentityTestbed bed = IdentityTestbed.withoutOtp();

    assertThatThrownBy(() -> bed.register("ada@example.com", "Password1234"))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.errors().get(0).message()).contains("breached"));
  }
}
