package org.expensetracker.adapters.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
    Logger logger = (Logger) LoggerFactory.getLogger(LogOtpSender.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try {
      new LogOtpSender().send(ADA, OtpPurpose.PASSWORD_RESET, CODE, Duration.ofMinutes(10));
    } finally {
      logger.detachAppender(appender);
    }

    assertThat(appender.list).hasSize(1);
    assertThat(appender.list.get(0).getFormattedMessage())
        .isEqualTo("OTP for ada@example.com (password_reset): 123456");
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
