package org.expensetracker.adapters.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.expensetracker.application.port.out.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * The {@link Transactions} port on Jdbi. The open transaction's handle is kept per thread so every
 * repository call made by the use case joins it; outside a transaction each call gets its own
 * short-lived handle (auto-commit).
 *
 * <p>Writes that nobody reads back in the transaction ({@link #write}) wait and go to the database
 * with the next statement, or with the {@code COMMIT}, in one round trip: a create is the roster
 * lock and then one round trip for the expense, its audit entry and the commit.
 */
public final class JdbiTransactions implements Transactions {
  private final Jdbi jdbi;
  private final ThreadLocal<Open> current = new ThreadLocal<>();

  /** The thread's handle, and in a transaction the writes not sent yet. */
  private record Open(Handle handle, boolean transaction, List<DeferredWrite> pending) {
    void sendPending(boolean commit) {
      List<DeferredWrite> writes = List.copyOf(pending);
      pending.clear();
      send(handle, writes, commit);
    }
  }

  JdbiTransactions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return onOneHandle(work, true);
  }

  /** One auto-commit handle for the whole read, kept per thread like a transaction's. */
  @Override
  public <T> T reading(Supplier<T> work) {
    return onOneHandle(work, false);
  }

  private <T> T onOneHandle(Supplier<T> work, boolean transaction) {
    Open outer = current.get();
    if (outer != null) {
      if (transaction && !outer.transaction()) {
        // Its statements would each commit on their own: no atomicity, no lock held past one.
        throw new IllegalStateException("A transaction cannot begin inside reading()");
      }
      return work.get(); // nested: join the outer handle (and its transaction, if any)
    }
    HandleCallback<T, RuntimeException> bound =
        handle -> {
          Open open = new Open(handle, transaction, new ArrayList<>());
          current.set(open);
          try {
            T result = work.get();
            if (!open.pending().isEmpty()) {
              // Jdbi's commit after this finds the transaction over and sends nothing.
              open.sendPending(true);
            }
            return result;
          } finally {
            current.remove();
          }
        };
    try {
      return transaction ? jdbi.inTransaction(bound) : jdbi.withHandle(bound);
    } catch (RuntimeException e) {
      throw StorageErrors.translate(e);
    }
  }

  /** Whether this thread is inside {@link #inTransaction} or {@link #reading}. */
  boolean isOpen() {
    return current.get() != null;
  }

  /**
   * Runs {@code callback} on the thread's transaction handle, or on a fresh one if there is none.
   * Deferred writes go first, so the callback sees them.
   */
  <T> T withHandle(HandleCallback<T, RuntimeException> callback) {
    Open open = current.get();
    try {
      if (open == null) {
        return jdbi.withHandle(callback);
      }
      if (!open.pending().isEmpty()) {
        open.sendPending(false);
      }
      return callback.withHandle(open.handle());
    } catch (RuntimeException e) {
      throw StorageErrors.translate(e);
    }
  }

  /**
   * A write whose outcome nothing in the transaction reads, not even its row count: in a
   * transaction it is sent with the next statement or the commit, and its failure rolls the whole
   * transaction back all the same; outside one it runs at once.
   */
  void write(DeferredWrite write) {
    Open open = current.get();
    if (open != null && open.transaction()) {
      open.pending().add(write);
      return;
    }
    withHandle(
        h -> {
          send(h, List.of(write), false);
          return null;
        });
  }

  /** Sends the pending writes as one statement (and round trip), the commit last if asked. */
  private static void send(Handle handle, List<DeferredWrite> writes, boolean commit) {
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < writes.size(); i++) {
      writes.get(i).appendTo(sql, i);
      sql.append(";\n");
    }
    if (commit) {
      sql.append("commit");
    }
    Update update = handle.createUpdate(sql.toString());
    for (int i = 0; i < writes.size(); i++) {
      writes.get(i).bindTo(update, i);
    }
    update.execute();
  }

  /** Attaches a SqlObject DAO to the thread's handle (see {@link #withHandle}). */
  <D, T> T withDao(Class<D> type, java.util.function.Function<D, T> work) {
    return withHandle(handle -> work.apply(handle.attach(type)));
  }
}
