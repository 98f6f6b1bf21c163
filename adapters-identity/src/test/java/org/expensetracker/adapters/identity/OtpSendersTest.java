package org.expensetracker.adapters.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.expensetracker.application.port.out.OtpSender;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.otp.OtpCode;
import org.expensetracker.domain.otp.OtpPurpose;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class OtpSendersTest {
  private static final Email ADA = new Email("ada@example.com");
  private static final OtpCode CODE = OtpCode.parse("123456", "code");

  @Test
  void theLogSenderWritesOneLineWithAddressPurposeAndCode() {
    assertThat(linesLoggedBy(new LogOtpSender()))
        .containsExactly("OTP for ada@example.com (password_reset): 123456");
  }

  @Test
  void theUnsentSenderWarnsWithThePurposeButNeverTheCodeOrAddress() {
    assertThat(linesLoggedBy(new UnsentOtpSender()))
        .singleElement()
        .asString()
        .contains("password_reset")
        .doesNotContain("123456", "ada@example.com");
  }

  /** What {@code sender} logs (under its own class's logger) for Ada's reset code. */
  private static List<String> linesLoggedBy(OtpSender sender) {
    Logger logger = (Logger) LoggerFactory.getLogger(sender.getClass());
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try {
      sender.send(ADA, OtpPurpose.PASSWORD_RESET, CODE, Duration.ofMinutes(10));
    } finally {
      logger.detachAppender(appender);
    }
    return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  @Test
  void theBackgroundSenderDeliversOffTheCallersThreadAndSwallowsFailures() throws Exception {
    CountDownLatch delivered = new CountDownLatch(1);
    Thread caller = Thread.currentThread();
    Thread[] deliveringThread = new Thread[1];
    try (BackgroundOtpSender background =
        new BackgroundOtpSender(
            (to, purpose, code, validFor) -> {
              deliveringThread[0] = Thread.currentThread();
              delivered.countDown();
            })) {
      background.send(ADA, OtpPurpose.VERIFY_EMAIL, CODE, Duration.ofMinutes(10));
      assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(deliveringThread[0]).isNotSameAs(caller);

    try (BackgroundOtpSender failing =
        new BackgroundOtpSender(
            (to, purpose, code, validFor) -> {
              throw new IllegalStateException("mail server down");
            })) {
      failing.send(ADA, OtpPurpose.VERIFY_EMAIL, CODE, Duration.ofMinutes(10));
    }
  }

  @Test
  void messagesSayWhatTheCodeIsForAndHowLongItLasts() {
    OtpMessage verify = OtpMessage.of(OtpPurpose.VERIFY_EMAIL, CODE, Duration.ofMinutes(10));

    assertThat(verify.subject()).isEqualTo("Your Expense Tracker verification code");
    assertThat(verify.text())
        .contains("Your code to verify your email address is")
        .contains("123456")
        .contains("It expires in 10 minutes");
  }
}
