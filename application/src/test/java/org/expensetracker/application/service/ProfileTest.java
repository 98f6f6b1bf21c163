package org.expensetracker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.expensetracker.application.port.in.ChangePasswordUseCase;
import org.expensetracker.domain.identity.FullName;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.AuthenticationFailed;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.TooManyRequests;
import org.junit.jupiter.api.Test;

class ProfileTest {
  private static final String ADA = "ada@example.com";
  private static final String NEW_PASSWORD = "a brand new secret phrase";
  private final IdentityTestbed bed = IdentityTestbed.withoutOtp();

  private void change(UserId id, String current, String next) {
    bed.core
        .changePassword()
        .changePassword(ChangePasswordUseCase.Command.parse(id, current, next));
  }

  @Test
  void theCallerCanRenameThemselves() {
    UserId id = bed.register(ADA).id();

    assertThat(bed.core.updateProfile().rename(id, new FullName(" Grace ")).fullName())
        .isEqualTo("Grace");
    assertThat(bed.core.currentUser().me(id).fullName()).isEqualTo("Grace");
  }

  @Test
  void changingThePasswordKillsOlderTokensAndTheNewPasswordWorks() {
    UserId id = bed.register(ADA).id();
    String old = bed.login(ADA, IdentityTestbed.PASSWORD).accessToken();
    bed.clock.advance(Duration.ofMillis(1));

    change(id, IdentityTestbed.PASSWORD, NEW_PASSWORD);

    assertThatThrownBy(() -> bed.core.authenticate().authenticate(old))
        .isInstanceOf(AuthenticationFailed.class);
    // Issued in the very millisecond of the change: still valid.
    String fresh = bed.login(ADA, NEW_PASSWORD).accessToken();
    assertThat(bed.core.authenticate().authenticate(fresh)).isEqualTo(id);
    assertThatThrownBy(() -> bed.login(ADA, IdentityTestbed.PASSWORD))
        .isInstanceOf(AuthenticationFailed.class);
  }

  @Test
  void aWrongCurrentPasswordIsRefusedAndCountedLikeAFailedLogin() {
    UserId id = bed.register(ADA).id();

    for (int i = 0; i < 10; i++) {
      assertThatThrownBy(() -> change(id, "not my password", NEW_PASSWORD))
          .isInstanceOfSatisfying(
              InvalidInput.class,
              e -> assertThat(e.errors().get(0).field()).isEqualTo("current_password"));
    }

    assertThatThrownBy(() -> change(id, IdentityTestbed.PASSWORD, NEW_PASSWORD))
        .isInstanceOf(TooManyRequests.class);
  }

  @Test
  void theNewPasswordFollowsThePolicy() {
    UserId id = bed.register(ADA).id();

    assertThatThrownBy(() -> change(id, IdentityTestbed.PASSWORD, "qwertyuiop123"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("new_password"));
  }
}
