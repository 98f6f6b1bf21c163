package org.expensetracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.expensetracker.application.port.in.IdempotencyUseCase.Header;
import org.expensetracker.application.port.in.IdempotencyUseCase.Response;
import org.expensetracker.application.port.in.IdempotencyUseCase.Stored;
import org.expensetracker.application.port.out.IdempotencyKeys;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.domain.identity.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyKeys} must do, in memory and in PostgreSQL. */
public abstract class IdempotencyKeysContract {
  static final Instant T0 = Instant.parse("2026-11-05T12:00:00Z");
  static final Duration DAY = Duration.ofHours(24);
  static final String HASH_A = "0a".repeat(32);
  static final String HASH_B = "0b".repeat(32);
  static final Response CREATED =
      new Response(
          201,
          "{\"id\":\"x\",\"amount\":\"1.00\"}",
          List.of(new Header("Location", "/api/v1/x"), new Header("ETag", "\"1\"")));

  protected abstract IdempotencyKeys keys();

  protected abstract Transactions transactions();

  protected abstract UserId newUser();

  private UserId alice;

  @BeforeEach
  void givenAUser() {
    alice = newUser();
  }

  private <T> T tx(Supplier<T> work) {
    return transactions().inTransaction(work);
  }

  private Optional<Stored> claim(UserId user, String key, String hash, Instant now) {
    return tx(() -> keys().claim(user, key, hash, now, now.minus(DAY)));
  }

  private void claimAndComplete(UserId user, String key, String hash, Instant now) {
    tx(
        () -> {
          assertThat(keys().claim(user, key, hash, now, now.minus(DAY))).isEmpty();
          keys().complete(user, key, CREATED);
          return null;
        });
  }

  @Test
  void aCompletedKeyReturnsItsFingerprintAndResponse() {
    claimAndComplete(alice, "key-1", HASH_A, T0);

    Optional<Stored> again = claim(alice, "key-1", HASH_B, T0.plusSeconds(60));

    assertThat(again).contains(new Stored(HASH_A, CREATED));
  }

  @Test
  void aStoredResponseIsNeverReplaced() {
    claimAndComplete(alice, "key-1", HASH_A, T0);
    Response other = new Response(200, "{}", List.of());
    tx(
        () -> {
          keys().complete(alice, "key-1", other);
          return null;
        });
    assertThat(claim(alice, "key-1", HASH_B, T0.plusSeconds(60)))
        .contains(new Stored(HASH_A, CREATED));
  }

  @Test
  void completingAKeyNobodyClaimedStoresNothing() {
    tx(
        () -> {
          keys().complete(alice, "never-claimed", CREATED);
          return null;
        });
    assertThat(claim(alice, "never-claimed", HASH_A, T0)).isEmpty();
  }

  @Test
  void aKeyIsScopedToItsUser() {
    claimAndComplete(alice, "key-1", HASH_A, T0);
    assertThat(claim(newUser(), "key-1", HASH_A, T0)).isEmpty();
  }

  @Test
  void anExpiredKeyCanBeClaimedAgain() {
    claimAndComplete(alice, "key-1", HASH_A, T0);
    Instant later = T0.plus(DAY).plusSeconds(1);
    claimAndComplete(alice, "key-1", HASH_B, later);
    assertThat(claim(alice, "key-1", HASH_A, later.plusSeconds(1)))
        .hasValueSatisfying(s -> assertThat(s.fingerprint()).isEqualTo(HASH_B));
  }

  @Test
  void purgingForgetsOnlyExpiredKeys() {
    claimAndComplete(alice, "old", HASH_A, T0);
    claimAndComplete(alice, "new", HASH_A, T0.plus(DAY));
    int purged = tx(() -> keys().purge(T0.plusSeconds(1), 100));
    assertThat(purged).isEqualTo(1);
    assertThat(claim(alice, "new", HASH_A, T0.plus(DAY))).isPresent();
  }

  @Test
  void purgingForgetsAtMostMaxKeysTheOldestFirst() {
    // Long before every other test's keys: the sweep is global, and those are expired here too.
    Instant base = T0.minus(Duration.ofDays(400));
    claimAndComplete(alice, "oldest", HASH_A, base);
    claimAndComplete(alice, "older", HASH_A, base.plusSeconds(1));
    claimAndComplete(alice, "old", HASH_A, base.plusSeconds(2));
    int purged = tx(() -> keys().purge(base.plusSeconds(60), 2));
    assertThat(purged).isEqualTo(2);
    Instant now = base.plusSeconds(3);
    assertThat(claim(alice, "old", HASH_A, now)).isPresent();
    assertThat(claim(alice, "older", HASH_A, now)).isEmpty();
    assertThat(claim(alice, "oldest", HASH_A, now)).isEmpty();
  }
}
