package org.expensetracker.adapters.persistence;

import java.util.function.Supplier;
import org.expensetracker.application.port.out.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@link Transactions} port on Jdbi. The open transaction's handle is kept per thread so every
 * repository call made by the use case joins it; outside a transaction each call gets its own
 * short-lived handle (auto-commit).
 */
public final class JdbiTransactions implements Transactions {
  private final Jdbi jdbi;
  private final ThreadLocal<Handle> current = new ThreadLocal<>();

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
    if (current.get() != null) {
      return work.get(); // nested: join the outer handle (and its transaction, if any)
    }
    HandleCallback<T, RuntimeException> bound =
        handle -> {
          current.set(handle);
          try {
            return work.get();
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

  /**
   * Runs {@code callback} on the thread's transaction handle, or on a fresh one if there is none.
   */
  <T> T withHandle(HandleCallback<T, RuntimeException> callback) {
    Handle handle = current.get();
    try {
      return handle != null ? callback.withHandle(handle) : jdbi.withHandle(callback);
    } catch (RuntimeException e) {
      throw StorageErrors.translate(e);
    }
  }

  /** Attaches a SqlObject DAO to the thread's handle (see {@link #withHandle}). */
  <D, T> T withDao(Class<D> type, java.util.function.Function<D, T> work) {
    return withHandle(handle -> work.apply(handle.attach(type)));
  }
}
