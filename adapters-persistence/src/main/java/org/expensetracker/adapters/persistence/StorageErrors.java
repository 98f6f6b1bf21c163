package org.expensetracker.adapters.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.expensetracker.application.port.out.StorageUnavailable;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;

/** Tells "the database is away" (503 for the client) apart from bugs (500). */
final class StorageErrors {
  private StorageErrors() {}

  static RuntimeException translate(RuntimeException e) {
    return isUnavailable(e) ? new StorageUnavailable("Database unavailable", e) : e;
  }

  /**
   * A failed statement's message: the driver's error and the SQL text, never the bound arguments
   * (Jdbi's default), which may be password hashes or code digests.
   */
  static String messageWithoutArguments(StatementException e) {
    StatementContext context = e.getStatementContext();
    String sql = context == null ? null : context.getRenderedSql();
    if (sql == null) {
      return e.getShortMessage();
    }
    int limit = context.getConfig(StatementExceptions.class).getLengthLimit();
    String shown = sql.length() > limit ? sql.substring(0, limit) + "[...]" : sql;
    return e.getShortMessage() + " [statement:\"" + shown + "\"]";
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
