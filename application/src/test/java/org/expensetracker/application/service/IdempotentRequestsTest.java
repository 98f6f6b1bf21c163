package org.expensetracker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.expensetracker.application.port.in.IdempotencyUseCase.Creates;
import org.expensetracker.application.port.in.IdempotencyUseCase.Header;
import org.expensetracker.application.port.in.IdempotencyUseCase.Outcome;
import org.expensetracker.application.port.in.IdempotencyUseCase.Request;
import org.expensetracker.application.port.in.IdempotencyUseCase.Response;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.testing.FakeMemberships;
import org.expensetracker.application.testing.InMemoryExpenses;
import org.expensetracker.application.testing.InMemoryIdempotencyKeys;
import org.expensetracker.application.testing.InMemoryTransactions;
import org.expensetracker.application.testing.MutableClock;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.Forbidden;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.shared.RuleViolation;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class IdempotentRequestsTest {
  static final String BODY_A = "a".repeat(64);
  static final String BODY_B = "b".repeat(64);

  final MutableClock clock = MutableClock.at("2026-11-05T12:00:00Z");
  final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
  final UserId alice = new UserId(UUID.randomUUID());
  final UserId bob = new UserId(UUID.randomUUID());
  final WorkspaceId trip = new WorkspaceId(UUID.randomUUID());
  final FakeMemberships memberships =
      new FakeMemberships()
          .workspace(trip, Currency.getInstance("EUR"))
          .member(trip, alice, Role.MEMBER)
          .member(trip, bob, Role.MEMBER);
  final IdempotentRequests requests =
      new IdempotentRequests(
          new InMemoryTransactions(),
          clock,
          keys,
          new WorkspaceAccess(memberships, new InMemoryExpenses()));
  final AtomicInteger runs = new AtomicInteger();

  /** An expense {@code user} creates in the trip with {@code key}, the body digested as given. */
  Request request(UserId user, String key, String fingerprint) {
    return new Request(new Scope(trip, user), Creates.EXPENSE, key, fingerprint);
  }

  Response work() {
    int n = runs.incrementAndGet();
    return new Response(201, "{\"n\":" + n + "}", List.of(new Header("Location", "/x/" + n)));
  }

  @Test
  void aRetryWithTheSameKeyAndRequestReplaysTheFirstResponseWithoutRunningAgain() {
    Outcome first = requests.run(request(alice, "k-1", BODY_A), this::work);
    Outcome retry = requests.run(request(alice, "k-1", BODY_A), this::work);

    assertThat(first.replayed()).isFalse();
    assertThat(retry.replayed()).isTrue();
    assertThat(retry.response()).isEqualTo(first.response());
    assertThat(runs).hasValue(1);
  }

  @Test
  void theSameKeyWithADifferentRequestIsARuleViolation() {
    requests.run(request(alice, "k-1", BODY_A), this::work);
    assertThatThrownBy(() -> requests.run(request(alice, "k-1", BODY_B), this::work))
        .isInstanceOf(RuleViolation.class);
    assertThat(runs).hasValue(1);
  }

  @Test
  void keysBelongToOneUser() {
    requests.run(request(alice, "k-1", BODY_A), this::work);
    Outcome bobs = requests.run(request(bob, "k-1", BODY_A), this::work);
    assertThat(bobs.replayed()).isFalse();
    assertThat(runs).hasValue(2);
  }

  @Test
  void aKeyOlderThanADayStartsAfresh() {
    requests.run(request(alice, "k-1", BODY_A), this::work);
    clock.advance(Duration.ofHours(24).plusSeconds(1));
    Outcome later = requests.run(request(alice, "k-1", BODY_B), this::work);
    assertThat(later.replayed()).isFalse();
    assertThat(runs).hasValue(2);
  }

  @Test
  void aFailedRequestDoesNotUseUpItsKey() {
    assertThatThrownBy(
            () ->
                requests.run(
                    request(alice, "k-1", BODY_A),
                    () -> {
                      throw new InvalidInput("amount", "bad");
                    }))
        .isInstanceOf(InvalidInput.class);
    assertThat(requests.run(request(alice, "k-1", BODY_B), this::work).replayed()).isFalse();
  }

  @Test
  void aRemovedMemberRepeatingTheirRequestGetsTheNonMembers404NotTheReplay() {
    assertThat(retryAfter(() -> memberships.remove(trip, alice))).isInstanceOf(NotFound.class);
  }

  @Test
  void aMemberDemotedToViewerGetsTheViewers403NotTheReplay() {
    assertThat(retryAfter(() -> memberships.member(trip, alice, Role.VIEWER)))
        .isInstanceOf(Forbidden.class);
  }

  /** Alice's request, then {@code change}, then her retry: what the retry throws (never runs). */
  private Throwable retryAfter(Runnable change) {
    requests.run(request(alice, "k-1", BODY_A), this::work);
    change.run();
    Throwable thrown =
        catchThrowable(() -> requests.run(request(alice, "k-1", BODY_A), this::work));
    assertThat(runs).hasValue(1);
    return thrown;
  }

  @Test
  void keysMustBeVisibleAsciiUpTo255Characters() {
    assertThatThrownBy(() -> request(alice, "", BODY_A)).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> request(alice, "a b", BODY_A)).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> request(alice, "k".repeat(256), BODY_A))
        .isInstanceOf(InvalidInput.class);
    assertThat(request(alice, "k".repeat(255), BODY_A).key()).hasSize(255);
  }
}
