package org.expensetracker.adapters.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.expensetracker.application.port.out.StorageUnavailable;

/** Tells "the database is away" (503 for the client) apart from bugs (500). */
final class StorageErrors {
  private StorageErrors() {}

  static RuntimeException translate(RuntimeException e) {
    return isUnavailable(e) ? new StorageUnavailable("Database unavailable", e) : e;
  }

  static boolean isUnavailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        // 08xxx connection exceptions, 57P0x admin/crash shutdown, 57014 statement timeout,
        // 53xxx insufficient resources (too many connections).
        if (state.startsWith("08")
            || state.startsWith("57P")
            || state.equals("57014")
            || state.startsWith("53")) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
