package org.expensetracker.adapters.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.otp.OtpCode;
import org.expensetracker.domain.otp.OtpPurpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SMTP adapter against a real SMTP server (GreenMail) started on a free port. */
class SmtpOtpSenderTest {
  @RegisterExtension
  static final GreenMailExtension mail =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
          .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer", "mail secret"));

  private static final Email ADA = new Email("ada@example.com");
  private static final OtpCode CODE = OtpCode.parse("042917", "code");

  private SmtpOtpSender sender() {
    return new SmtpOtpSender(
        new SmtpSettings(
            "127.0.0.1",
            mail.getSmtp().getPort(),
            "mailer",
            "mail secret",
            "Expense Tracker <no-reply@expenses.example>",
            SmtpSettings.Security.NONE,
            Duration.ofSeconds(5)));
  }

  @Test
  void aVerificationCodeMailSaysWhatItIsForAndHowLongItLasts() throws Exception {
    sender().send(ADA, OtpPurpose.VERIFY_EMAIL, CODE, Duration.ofMinutes(10));

    MimeMessage[] received = mail.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage message = received[0];
    assertThat(message.getAllRecipients()[0].toString()).isEqualTo("ada@example.com");
    assertThat(message.getFrom()[0].toString()).contains("no-reply@expenses.example");
    assertThat(message.getSubject()).contains("verification code");
    String text = GreenMailUtil.getBody(message);
    assertThat(text)
        .contains("042917")
        .contains("verify your email address")
        .contains("expires in 10 minutes");
  }

  @Test
  void aResetCodeMailSaysItIsForAPasswordReset() throws Exception {
    sender().send(ADA, OtpPurpose.PASSWORD_RESET, CODE, Duration.ofMinutes(10));

    MimeMessage message = mail.getReceivedMessages()[0];
    assertThat(message.getSubject()).contains("password reset code");
    assertThat(GreenMailUtil.getBody(message))
        .contains("reset your password")
        .contains("042917")
        .contains("10 minutes");
  }

  @Test
  void aRefusedConnectionIsADeliveryFailureThatDoesNotCarryTheCode() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    SmtpOtpSender unreachable =
        new SmtpOtpSender(
            new SmtpSettings(
                "127.0.0.1",
                closedPort,
                "",
                "",
                "no-reply@expenses.example",
                SmtpSettings.Security.NONE,
                Duration.ofSeconds(2)));

    assertThatThrownBy(
            () -> unreachable.send(ADA, OtpPurpose.VERIFY_EMAIL, CODE, Duration.ofMinutes(10)))
        .isInstanceOf(OtpDeliveryFailed.class)
        .hasMessageNotContaining("042917");
  }

  @Test
  void settingsNeverPrintThePassword() {
    assertThat(
            new SmtpSettings(
                    "smtp.example",
                    587,
                    "u",
                    "hunter2-secret",
                    "a@b.example",
                    SmtpSettings.Security.STARTTLS,
                    Duration.ofSeconds(5))
                .toString())
        .doesNotContain("hunter2-secret");
  }
}
