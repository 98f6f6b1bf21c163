package org.expensetracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.expensetracker.application.port.out.OtpStore;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.otp.OneTimeCode;
import org.expensetracker.domain.otp.OtpPurpose;
import org.junit.jupiter.api.Test;

/** What every {@link OtpStore} must do; subclassed in memory and on PostgreSQL. */
public abstract class OtpStoreContract {
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00.250Z");

  protected abstract OtpStore store();

  private static Email someone() {
    return new Email("otp-" + UUID.randomUUID() + "@example.com");
  }

  private static byte[] hash(String s) {
    byte[] bytes = new byte[32];
    byte[] src = s.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(src, 0, bytes, 0, Math.min(32, src.length));
    return bytes;
  }

  @Test
  void aSavedCodeIsFoundWithEveryField() {
    Email email = someone();
    store().save(OneTimeCode.issue(email, OtpPurpose.VERIFY_EMAIL, hash("a"), T0));

    OneTimeCode found = store().find(email, OtpPurpose.VERIFY_EMAIL).orElseThrow();
    assertThat(found.codeHash()).isEqualTo(hash("a"));
    assertThat(found.createdAt()).isEqualTo(T0);
    assertThat(found.expiresAt()).isEqualTo(T0.plus(OneTimeCode.LIFETIME));
    assertThat(found.wrongAttempts()).isZero();
    assertThat(found.usedAt()).isNull();
    assertThat(store().find(email, OtpPurpose.PASSWORD_RESET)).isEmpty();
  }

  @Test
  void aNewCodeReplacesTheOldOneAndStartsFresh() {
    Email email = someone();
    store().save(OneTimeCode.issue(email, OtpPurpose.VERIFY_EMAIL, hash("old"), T0));
    store().recordWrongAttempt(email, OtpPurpose.VERIFY_EMAIL, hash("old"));

    store()
        .save(OneTimeCode.issue(email, OtpPurpose.VERIFY_EMAIL, hash("new"), T0.plusSeconds(61)));

    OneTimeCode found = store().find(email, OtpPurpose.VERIFY_EMAIL).orElseThrow();
    assertThat(found.codeHash()).isEqualTo(hash("new"));
    assertThat(found.wrongAttempts()).isZero();
    assertThat(store().markUsed(email, OtpPurpose.VERIFY_EMAIL, hash("old"), T0.plusSeconds(62)))
        .isFalse();
  }

  @Test
  void aCodeCanBeUsedOnce() {
    Email email = someone();
    store().save(OneTimeCode.issue(email, OtpPurpose.VERIFY_EMAIL, hash("a"), T0));

    assertThat(store().markUsed(email, OtpPurpose.VERIFY_EMAIL, hash("a"), T0.plusSeconds(1)))
        .isTrue();
    assertThat(store().markUsed(email, OtpPurpose.VERIFY_EMAIL, hash("a"), T0.plusSeconds(2)))
        .isFalse();
    assertThat(store().find(email, OtpPurpose.VERIFY_EMAIL).orElseThrow().usedAt())
        .isEqualTo(T0.plusSeconds(1));
  }

  @Test
  void anExpiredCodeCannotBeUsed() {
    Email email = someone();
    store().save(OneTimeCode.issue(email, OtpPurpose.VERIFY_EMAIL, hash("a"), T0));

    assertThat(
            store()
                .markUsed(email, OtpPurpose.VERIFY_EMAIL, hash("a"), T0.plus(OneTimeCode.LIFETIME)))
        .isFalse();
  }

  @Test
  void wrongAttemptsStopAtTheMaximumAndThenTheCodeCannotBeUsed() {
    Email email = someone();
    store().save(OneTimeCode.issue(email, OtpPurpose.PASSWORD_RESET, hash("a"), T0));

    for (int i = 0; i < OneTimeCode.MAX_WRONG_ATTEMPTS + 2; i++) {
      store().recordWrongAttempt(email, OtpPurpose.PASSWORD_RESET, hash("a"));
    }

    assertThat(store().find(email, OtpPurpose.PASSWORD_RESET).orElseThrow().wrongAttempts())
        .isEqualTo(OneTimeCode.MAX_WRONG_ATTEMPTS);
    assertThat(store().markUsed(email, OtpPurpose.PASSWORD_RESET, hash("a"), T0.plusSeconds(1)))
        .isFalse();
  }

  @Test
  void ofTwentyConcurrentUsesOfOneCodeExactlyOneSucceeds() throws Exception {
    Email email = someone();
    store().save(OneTimeCode.issue(email, OtpPurpose.VERIFY_EMAIL, hash("a"), T0));
    int n = 20;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Callable<Boolean> use =
            () -> {
              start.await();
              return store().markUsed(email, OtpPurpose.VERIFY_EMAIL, hash("a"), T0.plusSeconds(1));
            };
        results.add(pool.submit(use));
      }
      start.countDown();
      int wins = 0;
      for (Future<Boolean> result : results) {
        wins += result.get() ? 1 : 0;
      }
      assertThat(wins).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
