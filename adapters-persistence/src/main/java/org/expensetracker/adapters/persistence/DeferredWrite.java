package org.expensetracker.adapters.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    Template.of(sql).appendTo(combined, n);
  }

  /**
   * A statement cut around its parameter names. The texts are the adapter's own, a few dozen, so
   * each is cut once (the regular expression was a twentieth of a create's CPU); a text beyond the
   * first few hundred is cut every time instead of being kept.
   */
  private static final class Template {
    private static final int MOST_KEPT = 256;
    private static final Map<String, Template> KEPT = new ConcurrentHashMap<>();

    private final String[] pieces; // one more than names: the text around and between them
    private final String[] names;

    private Template(String[] pieces, String[] names) {
      this.pieces = pieces;
      this.names = names;
    }

    static Template of(String sql) {
      Template kept = KEPT.get(sql);
      if (kept != null) {
        return kept;
      }
      Template cut = cut(sql);
      if (KEPT.size() < MOST_KEPT) {
        KEPT.putIfAbsent(sql, cut);
      }
      return cut;
    }

    private static Template cut(String sql) {
      List<String> pieces = new ArrayList<>();
      List<String> names = new ArrayList<>();
      Matcher m = NAME.matcher(sql);
      int from = 0;
      while (m.find()) {
        pieces.add(sql.substring(from, m.start()));
        names.add(m.group(1));
        from = m.end();
      }
      pieces.add(sql.substring(from));
      return new Template(pieces.toArray(String[]::new), names.toArray(String[]::new));
    }

    void appendTo(StringBuilder combined, int n) {
      for (int i = 0; i < names.length; i++) {
        combined.append(pieces[i]).append(':').append(names[i]).append('_').append(n);
      }
      combined.append(pieces[names.length]);
    }
  }

  /** Binds the values under the names {@link #appendTo} gave them. */
  void bindTo(SqlStatement<?> combined, int n) {
    for (Value v : values) {
      combined.bindByType(v.name() + "_" + n, v.value(), v.type());
    }
  }
}
