package org.expensetracker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.expensetracker.application.port.in.IdempotencyUseCase.Header;
import org.expensetracker.application.port.in.IdempotencyUseCase.Outcome;
import org.expensetracker.application.port.in.IdempotencyUseCase.Request;
import org.expensetracker.application.port.in.IdempotencyUseCase.Response;
import org.expensetracker.application.testing.InMemoryIdempotencyKeys;
import org.expensetracker.application.testing.InMemoryTransactions;
import org.expensetracker.application.testing.MutableClock;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class IdempotentRequestsTest {
  static final String BODY_A = "a".repeat(64);
  static final String BODY_B = "b".repeat(64);

  final MutableClock clock = MutableClock.at("2026-11-05T12:00:00Z");
  final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
  final IdempotentRequests requests =
      new IdempotentRequests(new InMemoryTransactions(), clock, keys);
  final UserId alice = new UserId(UUID.randomUUID());
  final UserId bob = new UserId(UUID.randomUUID());
  final AtomicInteger runs = new AtomicInteger();

  Response work() {
    int n = runs.incrementAndGet();
    return new Response(201, "{\"n\":" + n + "}", List.of(new Header("Location", "/x/" + n)));
  }

  @Test
  void aRetryWithTheSameKeyAndRequestReplaysTheFirstResponseWithoutRunningAgain() {
    Outcome first = requests.run(new Request(alice, "k-1", BODY_A), this::work);
    Outcome retry = requests.run(new Request(alice, "k-1", BODY_A), this::work);

    assertThat(first.replayed()).isFalse();
    assertThat(retry.replayed()).isTrue();
    assertThat(retry.response()).isEqualTo(first.response());
    assertThat(runs).hasValue(1);
  }

  @Test
  void theSameKeyWithADifferentRequestIsARuleViolation() {
    requests.run(new Request(alice, "k-1", BODY_A), this::work);
    assertThatThrownBy(() -> requests.run(new Request(alice, "k-1", BODY_B), this::work))
        .isInstanceOf(RuleViolation.class);
    assertThat(runs).hasValue(1);
  }

  @Test
  void keysBelongToOneUser() {
    requests.run(new Request(alice, "k-1", BODY_A), this::work);
    Outcome bobs = requests.run(new Request(bob, "k-1", BODY_A), this::work);
    assertThat(bobs.replayed()).isFalse();
    assertThat(runs).hasValue(2);
  }

  @Test
  void aKeyOlderThanADayStartsAfresh() {
    requests.run(new Request(alice, "k-1", BODY_A), this::work);
    clock.advance(Duration.ofHours(24).plusSeconds(1));
    Outcome later = requests.run(new Request(alice, "k-1", BODY_B), this::work);
    assertThat(later.replayed()).isFalse();
    assertThat(runs).hasValue(2);
  }

  @Test
  void aFailedRequestDoesNotUseUpItsKey() {
    assertThatThrownBy(
            () ->
                requests.run(
                    new Request(alice, "k-1", BODY_A),
                    () -> {
                      throw new InvalidInput("amount", "bad");
                    }))
        .isInstanceOf(InvalidInput.class);
    assertThat(requests.run(new Request(alice, "k-1", BODY_B), this::work).replayed()).isFalse();
  }

  @Test
  void keysMustBeVisibleAsciiUpTo255Characters() {
    assertThatThrownBy(() -> new Request(alice, "", BODY_A)).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> new Request(alice, "a b", BODY_A)).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> new Request(alice, "k".repeat(256), BODY_A))
        .isInstanceOf(InvalidInput.class);
    assertThat(new Request(alice, "k".repeat(255), BODY_A).key()).hasSize(255);
  }
}
