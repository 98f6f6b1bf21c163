package org.expensetracker.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.expensetracker.application.port.in.IdempotencyUseCase;
import org.expensetracker.domain.identity.UserId;

/**
 * Outgoing port: remembered first responses per (user, Idempotency-Key), written in the same
 * transaction as the work they describe.
 */
public interface IdempotencyKeys {

  /**
   * Claims the key for a new request, or returns what is stored for it. Returns empty when the
   * caller now owns the key (never seen, or seen before {@code expiredBefore}); the caller must
   * then {@link #complete} it in the same transaction. While another transaction holds an
   * unfinished claim on the same key this waits for that transaction to end.
   */
  Optional<IdempotencyUseCase.Stored> claim(
      UserId user, String key, String fingerprint, Instant now, Instant expiredBefore);

  /**
   * Records the response of a key claimed in this transaction. Any other key is left as it is: a
   * stored response is never replaced, and a key nobody claimed stores nothing.
   */
  void complete(UserId user, String key, IdempotencyUseCase.Response response);

  /**
   * Forgets up to {@code max} keys created before {@code before}, the oldest first; returns how
   * many.
   */
  int purge(Instant before, int max);
}
