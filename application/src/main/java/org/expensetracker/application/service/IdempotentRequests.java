package org.expensetracker.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.expensetracker.application.port.in.IdempotencyUseCase;
import org.expensetracker.application.port.out.IdempotencyKeys;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.domain.shared.RuleViolation;
import org.expensetracker.domain.workspace.Action;

/**
 * Runs a request once per key: the key's claim, the work and its response in one transaction; a
 * replay only for a caller who may still make the request.
 */
final class IdempotentRequests implements IdempotencyUseCase {
  static final Duration LIFETIME = Duration.ofHours(24);

  /** Expired keys are swept every this many requests, a few at a time, so none piles up. */
  private static final int PURGE_EVERY = 64;

  private static final int PURGE_BATCH = 500;

  private final Transactions transactions;
  private final Clock clock;
  private final IdempotencyKeys keys;
  private final WorkspaceAccess access;
  private final AtomicLong requests = new AtomicLong();

  IdempotentRequests(
      Transactions transactions, Clock clock, IdempotencyKeys keys, WorkspaceAccess access) {
    this.transactions = transactions;
    this.clock = clock;
    this.keys = keys;
    this.access = access;
  }

  @Override
  public Outcome run(Request request, Supplier<Response> work) {
    Instant now = clock.instant();
    if (requests.incrementAndGet() % PURGE_EVERY == 0) {
      transactions.inTransaction(() -> keys.purge(now.minus(LIFETIME), PURGE_BATCH));
    }
    return transactions.inTransaction(
        () -> {
          Optional<Stored> stored =
              keys.claim(
                  request.user(), request.key(), request.fingerprint(), now, now.minus(LIFETIME));
          if (stored.isPresent()) {
            // The work checks the caller's membership and role itself; a replay, which skips the
            // work, must not answer someone who has since been removed or demoted.
            access
                .member(request.scope().workspace(), request.user())
                .require(requiredFor(request.creates()));
            if (!stored.get().fingerprint().equals(request.fingerprint())) {
              throw new RuleViolation(
                  "idempotency-key-reused",
                  "This Idempotency-Key was already used for a different request");
            }
            return new Outcome(stored.get().response(), true);
          }
          Response response = work.get();
          keys.complete(request.user(), request.key(), response);
          return new Outcome(response, false);
        });
  }

  /** The least a member must be allowed to do to create it (the work checks the rest). */
  private static Action requiredFor(Creates creates) {
    return switch (creates) {
      case EXPENSE -> Action.CREATE_EXPENSE;
      case SETTLEMENT -> Action.RECORD_OWN_SETTLEMENT;
    };
  }
}
