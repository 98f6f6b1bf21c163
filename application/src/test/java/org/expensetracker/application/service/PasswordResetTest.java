package org.expensetracker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.expensetracker.application.port.in.ResetPasswordUseCase;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.otp.OtpPurpose;
import org.expensetracker.domain.shared.AuthenticationFailed;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.TooManyRequests;
import org.junit.jupiter.api.Test;

class PasswordResetTest {
  private static final String ADA = "ada@example.com";
  private static final String NEW_PASSWORD = "a brand new secret phrase";
  private final IdentityTestbed bed = IdentityTestbed.withOtp();

  private void request(String email) {
    bed.core.requestPasswordReset().requestReset(new Email(email), IdentityTestbed.CLIENT);
  }

  private void confirm(String email, String code, String password) {
    bed.core
        .resetPassword()
        .resetPassword(
            ResetPasswordUseCase.Command.parse(email, code, password, IdentityTestbed.CLIENT));
  }

  private String resetCode(String email) {
    return bed.mail.lastCode(email, OtpPurpose.PASSWORD_RESET).orElseThrow();
  }

  @Test
  void aVerifiedUserGetsAResetCodeAndCanSetANewPassword() {
    bed.verifiedUser(ADA);
    String old = bed.login(ADA, IdentityTestbed.PASSWORD).accessToken();
    bed.clock.advance(Duration.ofSeconds(1));

    request(ADA);
    confirm(ADA, resetCode(ADA), NEW_PASSWORD);

    assertThat(bed.login(ADA, NEW_PASSWORD)).isNotNull();
    assertThatThrownBy(() -> bed.login(ADA, IdentityTestbed.PASSWORD))
        .isInstanceOf(AuthenticationFailed.class);
    assertThatThrownBy(() -> bed.core.authenticate().authenticate(old))
        .isInstanceOf(AuthenticationFailed.class);
  }

  @Test
  void unknownAndUnverifiedAddressesGetNothingAndNoError() {
    bed.register("pending@example.com");

    request("ghost@example.com");
    request("pending@example.com");

    assertThat(bed.mail.count("ghost@example.com", OtpPurpose.PASSWORD_RESET)).isZero();
    assertThat(bed.mail.count("pending@example.com", OtpPurpose.PASSWORD_RESET)).isZero();
  }

  @Test
  void aWrongCodeIsRefusedAndChangesNothing() {
    bed.verifiedUser(ADA);
    request(ADA);
    String wrong = resetCode(ADA).equals("000000") ? "000001" : "000000";

    assertThatThrownBy(() -> confirm(ADA, wrong, NEW_PASSWORD)).isInstanceOf(InvalidInput.class);
    assertThat(bed.login(ADA, IdentityTestbed.PASSWORD)).isNotNull();
  }

  @Test
  void anEmailVerificationCodeDoesNotResetThePassword() {
    bed.register(ADA);
    String verifyCode = bed.lastCode(ADA);
    bed.verify(ADA, verifyCode);

    assertThatThrownBy(() -> confirm(ADA, verifyCode, NEW_PASSWORD))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void aResetCodeWorksOnce() {
    bed.verifiedUser(ADA);
    request(ADA);
    String code = resetCode(ADA);
    confirm(ADA, code, NEW_PASSWORD);

    assertThatThrownBy(() -> confirm(ADA, code, "yet another long password"))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void resetRequestsHaveTheSameCooldown() {
    request("ghost@example.com");

    assertThatThrownBy(() -> request("ghost@example.com")).isInstanceOf(TooManyRequests.class);
  }
}
