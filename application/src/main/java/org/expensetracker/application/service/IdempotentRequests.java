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

/** Runs a request once per key: the key's claim, the work and its response in one transaction. */
final class IdempotentRequests implements IdempotencyUseCase {
  static final Duration LIFETIME = Duration.ofHours(24);

  /** Expired keys are swept every this many requests, a few at a time, so none piles up. */
  private static final int PURGE_EVERY = 64;

  private static final int PURGE_BATCH = 500;

  private final Transactions transactions;
  private final Clock clock;
  private final IdempotencyKeys keys;
  private final AtomicLong requests = new AtomicLong();

  IdempotentRequests(Transactions transactions, Clock clock, IdempotencyKeys keys) {
    this.transactions = transactions;
    this.clock = clock;
    this.keys = keys;
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
}
