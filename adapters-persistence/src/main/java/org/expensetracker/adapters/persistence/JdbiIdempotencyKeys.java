package org.expensetracker.adapters.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.expensetracker.application.port.in.IdempotencyUseCase;
import org.expensetracker.application.port.out.IdempotencyKeys;
import org.expensetracker.domain.identity.UserId;

/**
 * {@link IdempotencyKeys} on PostgreSQL. The claim is an {@code INSERT … ON CONFLICT DO NOTHING}:
 * when another transaction has inserted the same key and not finished, PostgreSQL makes this insert
 * wait for it, so a concurrent duplicate sees the first request's stored response instead of
 * running twice.
 */
final class JdbiIdempotencyKeys implements IdempotencyKeys {
  private static final HexFormat HEX = HexFormat.of();
  private final JdbiTransactions db;

  JdbiIdempotencyKeys(JdbiTransactions db) {
    this.db = db;
  }

  @Override
  public Optional<IdempotencyUseCase.Stored> claim(
      UserId user, String key, String fingerprint, Instant now, Instant expiredBefore) {
    byte[] hash = HEX.parseHex(fingerprint);
    return db.withHandle(
        h -> {
          // Two rounds at most: the row can be purged between the conflict and the read.
          for (int attempt = 0; attempt < 3; attempt++) {
            int inserted =
                h.createUpdate(
                        """
                        insert into idempotency_keys (user_id, idempotency_key, request_hash, created_at)
                        values (:user_id, :key, :hash, :now)
                        on conflict do nothing
                        """)
                    .bind("user_id", user.value())
                    .bind("key", key)
                    .bind("hash", hash)
                    .bind("now", ExpenseRows.utc(now))
                    .execute();
            if (inserted == 1) {
              return Optional.<IdempotencyUseCase.Stored>empty();
            }
            Optional<Row> existing =
                h.createQuery(
                        """
                        select request_hash, response_status, response_body, response_headers,
                               created_at
                          from idempotency_keys
                         where user_id = :user_id and idempotency_key = :key
                           for update
                        """)
                    .bind("user_id", user.value())
                    .bind("key", key)
                    .map((rs, ctx) -> Row.of(rs))
                    .findOne();
            if (existing.isEmpty()) {
              continue;
            }
            Row row = existing.get();
            if (row.createdAt().isBefore(expiredBefore) || row.response() == null) {
              // Expired (or never completed): the key starts a new life with this request.
              h.createUpdate(
                      """
                      update idempotency_keys
                         set request_hash = :hash, created_at = :now, response_status = null,
                             response_body = null, response_headers = '{}'
                       where user_id = :user_id and idempotency_key = :key
                      """)
                  .bind("user_id", user.value())
                  .bind("key", key)
                  .bind("hash", hash)
                  .bind("now", ExpenseRows.utc(now))
                  .execute();
              return Optional.<IdempotencyUseCase.Stored>empty();
            }
            return Optional.of(
                new IdempotencyUseCase.Stored(HEX.formatHex(row.hash()), row.response()));
          }
          throw new IllegalStateException("Could not claim idempotency key");
        });
  }

  private record Row(byte[] hash, IdempotencyUseCase.Response response, Instant createdAt) {
    static Row of(ResultSet rs) throws SQLException {
      int status = rs.getInt("response_status");
      IdempotencyUseCase.Response response = null;
      if (!rs.wasNull()) {
        List<IdempotencyUseCase.Header> headers = new ArrayList<>();
        Array array = rs.getArray("response_headers");
        String[] flat = (String[]) array.getArray();
        for (int i = 0; i + 1 < flat.length; i += 2) {
          headers.add(new IdempotencyUseCase.Header(flat[i], flat[i + 1]));
        }
        response = new IdempotencyUseCase.Response(status, rs.getString("response_body"), headers);
      }
      return new Row(
          rs.getBytes("request_hash"),
          response,
          rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
  }

  @Override
  public void complete(UserId user, String key, IdempotencyUseCase.Response response) {
    List<String> flat = new ArrayList<>();
    for (IdempotencyUseCase.Header header : response.headers()) {
      flat.add(header.name());
      flat.add(header.value());
    }
    // Deferred: it goes with the commit, uncounted. After a claim it cannot miss: the claim
    // inserted the row or locked and reset it earlier in this same transaction. Without one it
    // matches nothing, or a stored response, which it must not replace.
    DeferredWrite update =
        new DeferredWrite(
            """
            update idempotency_keys
               set response_status = :status, response_body = :body,
                   response_headers = :headers
             where user_id = :user_id and idempotency_key = :key and response_status is null
            """);
    update.put("user_id", user.value(), UUID.class);
    update.put("key", key, String.class);
    update.put("status", (short) response.status(), Short.class);
    update.put("body", response.body(), String.class);
    update.put("headers", flat.toArray(String[]::new), String[].class);
    db.write(update);
  }

  /**
   * Oldest first along {@code idempotency_keys_by_age}, deleted by {@code ctid = any(array(…))}: a
   * TID scan whatever the statistics say. The earlier {@code ctid in (select …)} was planned, right
   * after the table had been vacuumed empty, as a sequential scan and hash join over the whole
   * table, once every 64 keyed requests.
   */
  @Override
  public int purge(Instant before, int max) {
    return db.withHandle(
        h ->
            h.createUpdate(
                    """
                    delete from idempotency_keys
                     where ctid = any(array(select ctid from idempotency_keys
                                             where created_at < :before
                                             order by created_at
                                             limit :max for update skip locked))
                    """)
                .bind("before", ExpenseRows.utc(before))
                .bind("max", max)
                .execute());
  }
}
