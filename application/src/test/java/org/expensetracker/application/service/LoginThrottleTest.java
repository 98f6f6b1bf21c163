package org.expensetracker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.domain.shared.AuthenticationFailed;
import org.expensetracker.domain.shared.TooManyRequests;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private static final String ADA = "ada@example.com";
  private static final String GHOST = "ghost@example.com";
  private final IdentityTestbed bed = IdentityTestbed.withoutOtp();

  @Test
  void aLockedAccountAnswersTheRightPasswordExactlyLikeAWrongOneFor15Minutes() {
    bed.register(ADA);
    for (int i = 0; i < 10; i++) {
      String client = "203.0.113." + i;
      assertThatThrownBy(() -> bed.login(ADA, "wrong password here", client))
          .isInstanceOf(AuthenticationFailed.class);
    }
    int comparisons = bed.hasher.comparisons();

    Throwable right =
        catchThrowable(() -> bed.login(ADA, IdentityTestbed.PASSWORD, "198.51.100.1"));
    Throwable wrong = catchThrowable(() -> bed.login(ADA, "wrong password here", "198.51.100.2"));

    assertThat(right).isInstanceOf(AuthenticationFailed.class);
    assertThat(right).usingRecursiveComparison().ignoringFields("stackTrace").isEqualTo(wrong);
    // Both compared, as a wrong password does: the answer takes as long too.
    assertThat(bed.hasher.comparisons()).isEqualTo(comparisons + 2);

    bed.clock.advance(Duration.ofMinutes(15));
    assertThat(bed.login(ADA, IdentityTestbed.PASSWORD, "198.51.100.3")).isNotNull();
  }

  @Test
  void anUnknownAddressIsLockedExactlyLikeAKnownOne() {
    bed.register(ADA);
    for (String email : new String[] {ADA, GHOST}) {
      for (int i = 0; i < 10; i++) {
        String client = "203.0.113." + i;
        assertThatThrownBy(() -> bed.login(email, "wrong password", client))
            .isInstanceOf(AuthenticationFailed.class);
      }
    }

    int comparisons = bed.hasher.comparisons();
    assertThatThrownBy(() -> bed.login(GHOST, "wrong password", "203.0.113.99"))
        .isInstanceOf(AuthenticationFailed.class);
    assertThat(bed.hasher.comparisons()).isEqualTo(comparisons + 1);
    // An unknown address fails either way: what tells it is locked is that its ten failures are
    // counted and the eleventh, refused by the lock, is not (uncounted: 0; no lock: 11).
    String ghostKey = IdentitySettings.Limits.defaults().loginFailuresPerAccount().keyFor(GHOST);
    assertThat(bed.rateLimits.stored(ghostKey)).isEqualTo(10);
    assertThatThrownBy(() -> bed.login(ADA, IdentityTestbed.PASSWORD, "203.0.113.99"))
        .isInstanceOf(AuthenticationFailed.class);
    assertThat(bed.hasher.comparisons()).isEqualTo(comparisons + 2);
  }

  @Test
  void tenFailuresFromOneClientBlockThatClientForEveryAccount() {
    bed.register(ADA);
    for (int i = 0; i < 10; i++) {
      String email = "guess" + i + "@example.com";
      assertThatThrownBy(() -> bed.login(email, "wrong password"))
          .isInstanceOf(AuthenticationFailed.class);
    }

    assertThatThrownBy(() -> bed.login(ADA, IdentityTestbed.PASSWORD))
        .isInstanceOf(TooManyRequests.class);
    assertThat(bed.login(ADA, IdentityTestbed.PASSWORD, "198.51.100.7")).isNotNull();
  }

  @Test
  void successfulLoginsAreNotCounted() {
    bed.register(ADA);
    for (int i = 0; i < 15; i++) {
      bed.login(ADA, IdentityTestbed.PASSWORD);
    }

    assertThat(bed.login(ADA, IdentityTestbed.PASSWORD)).isNotNull();
  }

  @Test
  void registrationsFromOneClientAreLimited() {
    for (int i = 0; i < 20; i++) {
      bed.register("new" + i + "@example.com");
    }

    assertThatThrownBy(() -> bed.register("one-more@example.com"))
        .isInstanceOf(TooManyRequests.class);
  }
}
