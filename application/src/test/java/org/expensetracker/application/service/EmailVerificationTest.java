package org.expensetracker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.expensetracker.application.testing.CapturingOtpSender;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.otp.OneTimeCode;
import org.expensetracker.domain.otp.OtpPurpose;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.TooManyRequests;
import org.junit.jupiter.api.Test;

class EmailVerificationTest {
  private static final String ADA = "ada@example.com";
  private final IdentityTestbed bed = IdentityTestbed.withOtp();

  private void resend(String email) {
    bed.core.resendCode().resend(new Email(email), IdentityTestbed.CLIENT);
  }

  @Test
  void registrationSendsOneCodeSayingHowLongItLasts() {
    bed.register(ADA);

    assertThat(bed.mail.sent()).hasSize(1);
    CapturingOtpSender.Sent sent = bed.mail.sent().get(0);
    assertThat(sent.to().value()).isEqualTo(ADA);
    assertThat(sent.purpose()).isEqualTo(OtpPurpose.VERIFY_EMAIL);
    assertThat(sent.validFor()).isEqualTo(Duration.ofMinutes(10));
    assertThat(sent.code().digits()).hasSize(6).containsOnlyDigits();
  }

  @Test
  void theCodeIsStoredOnlyAsAHash() {
    bed.register(ADA);

    OneTimeCode stored = bed.otps.find(new Email(ADA), OtpPurpose.VERIFY_EMAIL).orElseThrow();
    assertThat(new String(stored.codeHash(), java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain(bed.lastCode(ADA));
  }

  @Test
  void theRightCodeVerifiesAndThenLoginWorks() {
    bed.register(ADA);

    assertThat(bed.verify(ADA, bed.lastCode(ADA)).verified()).isTrue();
    assertThat(bed.login(ADA, IdentityTestbed.PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void aWrongCodeIsRefusedAndTheRightOneStillWorksAfterFewerThanFiveTries() {
    bed.register(ADA);

    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> bed.verify(ADA, bed.wrongCode(ADA)))
          .isInstanceOfSatisfying(
              InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("code"));
    }
    assertThat(bed.verify(ADA, bed.lastCode(ADA)).verified()).isTrue();
  }

  @Test
  void fiveWrongTriesKillTheCode() {
    bed.register(ADA);
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> bed.verify(ADA, bed.wrongCode(ADA)))
          .isInstanceOf(InvalidInput.class);
    }

    assertThatThrownBy(() -> bed.verify(ADA, bed.lastCode(ADA))).isInstanceOf(InvalidInput.class);
  }

  @Test
  void theCodeExpiresAfterTenMinutes() {
    bed.register(ADA);
    bed.clock.advance(Duration.ofMinutes(10));

    assertThatThrownBy(() -> bed.verify(ADA, bed.lastCode(ADA))).isInstanceOf(InvalidInput.class);
  }

  @Test
  void aCodeWorksOnlyOnce() {
    bed.register(ADA);
    String code = bed.lastCode(ADA);
    bed.verify(ADA, code);

    assertThatThrownBy(() -> bed.verify(ADA, code)).isInstanceOf(InvalidInput.class);
  }

  @Test
  void ofTwentyParallelCorrectSubmissionsExactlyOneSucceeds() throws Exception {
    bed.register(ADA);
    String code = bed.lastCode(ADA);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String client = "198.51.100." + i;
        Callable<Boolean> attempt =
            () -> {
              start.await();
              try {
                bed.verify(ADA, code, client);
                return true;
              } catch (InvalidInput | TooManyRequests refused) {
                return false;
              }
            };
        results.add(pool.submit(attempt));
      }
      start.countDown();
      int successes = 0;
      for (Future<Boolean> result : results) {
        successes += result.get() ? 1 : 0;
      }
      assertThat(successes).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aResentCodeReplacesTheOldOne() {
    bed.register(ADA);
    String first = bed.lastCode(ADA);
    bed.clock.advance(Duration.ofSeconds(61));

    resend(ADA);
    String second = bed.lastCode(ADA);

    assertThat(bed.mail.count(ADA, OtpPurpose.VERIFY_EMAIL)).isEqualTo(2);
    if (!first.equals(second)) {
      assertThatThrownBy(() -> bed.verify(ADA, first)).isInstanceOf(InvalidInput.class);
    }
    assertThat(bed.verify(ADA, second).verified()).isTrue();
  }

  @Test
  void aResendWithinSixtySecondsIsRefusedWithTheWait() {
    bed.register(ADA);
    bed.clock.advance(Duration.ofSeconds(20));

    assertThatThrownBy(() -> resend(ADA))
        .isInstanceOfSatisfying(
            TooManyRequests.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(40)));
    assertThat(bed.mail.count(ADA, OtpPurpose.VERIFY_EMAIL)).isEqualTo(1);
  }

  @Test
  void resendingToAnUnknownAddressSendsNothingAndIsThrottledTheSame() {
    resend("ghost@example.com");

    assertThat(bed.mail.sent()).isEmpty();
    assertThatThrownBy(() -> resend("ghost@example.com")).isInstanceOf(TooManyRequests.class);
  }

  @Test
  void resendingToAVerifiedAddressSendsNothing() {
    bed.verifiedUser(ADA);
    bed.clock.advance(Duration.ofMinutes(2));

    resend(ADA);

    assertThat(bed.mail.count(ADA, OtpPurpose.VERIFY_EMAIL)).isEqualTo(1);
  }

  @Test
  void atMostFiveCodesAnHourGoToOneAddress() {
    bed.register(ADA);
    for (int i = 0; i < 4; i++) {
      bed.clock.advance(Duration.ofSeconds(61));
      resend(ADA);
    }
    bed.clock.advance(Duration.ofSeconds(61));

    assertThatThrownBy(() -> resend(ADA)).isInstanceOf(TooManyRequests.class);
    assertThat(bed.mail.count(ADA, OtpPurpose.VERIFY_EMAIL)).isEqualTo(5);
  }

  @Test
  void registeringAnUnverifiedAddressAgainSendsAFreshCodeAfterTheCooldown() {
    bed.register(ADA, "the squatter's password here");
    assertThatThrownBy(() -> bed.register(ADA, "the owner's own password"))
        .isInstanceOf(TooManyRequests.class);
    bed.clock.advance(Duration.ofSeconds(61));

    bed.register(ADA, "the owner's own password");

    assertThat(bed.verify(ADA, bed.lastCode(ADA)).verified()).isTrue();
    assertThat(bed.login(ADA, "the owner's own password")).isNotNull();
  }

  @Test
  void anExpiredUnverifiedRegistrationCannotBeVerifiedNorGetCodes() {
    bed.register(ADA);
    bed.clock.advance(Duration.ofHours(24));

    resend(ADA);

    assertThat(bed.mail.count(ADA, OtpPurpose.VERIFY_EMAIL)).isEqualTo(1);
  }

  @Test
  void failedChecksFromOneClientAreLimitedAcrossAddresses() {
    for (int i = 0; i < 10; i++) {
      String email = "user" + i + "@example.com";
      bed.register(email);
      assertThatThrownBy(() -> bed.verify(email, bed.wrongCode(email)))
          .isInstanceOf(InvalidInput.class);
    }
    bed.register("last@example.com");

    assertThatThrownBy(() -> bed.verify("last@example.com", bed.lastCode("last@example.com")))
        .isInstanceOfSatisfying(
            TooManyRequests.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(15)));
  }

  @Test
  void failedChecksForOneAddressAreLimitedAcrossClients() {
    bed.register(ADA);
    for (int i = 0; i < 10; i++) {
      if (i % 5 == 4) {
        bed.clock.advance(Duration.ofSeconds(61));
        resend(ADA);
      }
      String client = "203.0.113." + i;
      assertThatThrownBy(() -> bed.verify(ADA, bed.wrongCode(ADA), client))
          .isInstanceOf(InvalidInput.class);
    }
    bed.clock.advance(Duration.ofSeconds(61));
    resend(ADA);

    assertThatThrownBy(() -> bed.verify(ADA, bed.lastCode(ADA), "203.0.113.99"))
        .isInstanceOf(TooManyRequests.class);
  }
}
