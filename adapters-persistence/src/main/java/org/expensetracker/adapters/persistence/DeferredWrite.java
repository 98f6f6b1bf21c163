package org.expensetracker.adapters.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * An INSERT, UPDATE or DELETE that nobody reads back in its transaction, with its named values:
 * {@link JdbiTransactions#write} sends it together with the statements after it, in one round trip.
 */
final class DeferredWrite implements Params {
  private static final Pattern NAME = Pattern.compile("(?<![:\\w]):(\\w+)");

  private final String sql;
  private final List<Value> values = new ArrayList<>();

  private record Value(String name, Object value, Class<?> type) {}

  /**
   * @param sql one INSERT, UPDATE or DELETE whose row count nobody needs: it is not read back
   */
  DeferredWrite(String sql) {
    // The parameters are renamed when writes are combined (see #appendTo), which only a statement
    // without literals can take safely; its values are all bound anyway.
    if (sql.indexOf('\'') >= 0 || sql.indexOf(';') >= 0) {
      throw new IllegalArgumentException("A deferred write is one statement without literals");
    }
    this.sql = sql;
  }

  @Override
  public void put(String name, Object value, Class<?> type) {
    values.add(new Value(name, value, type));
  }

  /**
   * Appends the statement with its parameters renamed {@code name_<n>}, so writes can share one.
   */
  void appendTo(StringBuilder combined, int n) {
    Matcher m = NAME.matcher(sql);
    while (m.find()) {
      m.appendReplacement(combined, ":" + m.group(1) + "_" + n);
    }
    m.appendTail(combined);
  }

  /** Binds the values under the names {@link #appendTo} gave them. */
  void bindTo(SqlStatement<?> combined, int n) {
    for (Value v : values) {
      combined.bindByType(v.name() + "_" + n, v.value(), v.type());
    }
  }
}
