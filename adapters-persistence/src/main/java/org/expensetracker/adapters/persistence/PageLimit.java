package org.expensetracker.adapters.persistence;

/**
 * The LIMIT of a page query, written into the SQL rather than bound.
 *
 * <p>With {@code limit $n} PostgreSQL's generic plan assumes a limit of its own choosing, costs
 * more than the custom plans and is never picked: every execution of the prepared statement is
 * planned again (0.5 ms for the expense list, as much as running it). A literal keeps one cached
 * plan per page size. It is an int we computed, so nothing from a client reaches the SQL text.
 */
final class PageLimit {
  private PageLimit() {}

  static String sql(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("A page holds at least one row: " + limit);
    }
    return " limit " + limit;
  }
}
