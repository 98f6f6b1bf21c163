package org.expensetracker.application.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.expensetracker.application.port.in.IdempotencyUseCase;
import org.expensetracker.application.port.out.IdempotencyKeys;
import org.expensetracker.domain.identity.UserId;

/**
 * In-memory {@link IdempotencyKeys}. A claim is only kept once completed, which stands in for the
 * rollback a failed request gets in PostgreSQL; run it under {@link InMemoryTransactions}.
 */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {
  private final Map<Key, Entry> stored = new ConcurrentHashMap<>();
  private final Map<Key, Entry> pending = new ConcurrentHashMap<>();

  private record Key(UserId user, String key) {}

  private record Entry(
      String fingerprint, Instant createdAt, IdempotencyUseCase.Response response) {}

  @Override
  public Optional<IdempotencyUseCase.Stored> claim(
      UserId user, String key, String fingerprint, Instant now, Instant expiredBefore) {
    Key k = new Key(user, key);
    Entry existing = stored.get(k);
    if (existing != null && !existing.createdAt().isBefore(expiredBefore)) {
      return Optional.of(
          new IdempotencyUseCase.Stored(existing.fingerprint(), existing.response()));
    }
    pending.put(k, new Entry(fingerprint, now, null));
    return Optional.empty();
  }

  @Override
  public void complete(UserId user, String key, IdempotencyUseCase.Response response) {
    Key k = new Key(user, key);
    Entry claim = pending.remove(k);
    if (claim == null) {
      return; // not claimed (or completed already): nothing to record, nothing replaced
    }
    stored.put(k, new Entry(claim.fingerprint(), claim.createdAt(), response));
  }

  @Override
  public int purge(Instant before, int max) {
    List<Key> expired =
        stored.entrySet().stream()
            .filter(e -> e.getValue().createdAt().isBefore(before))
            .sorted(Comparator.comparing(e -> e.getValue().createdAt()))
            .limit(max)
            .map(Map.Entry::getKey)
            .toList();
    expired.forEach(stored::remove);
    return expired.size();
  }

  public int size() {
    return stored.size();
  }
}
