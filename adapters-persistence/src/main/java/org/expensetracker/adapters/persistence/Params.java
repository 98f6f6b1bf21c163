package org.expensetracker.adapters.persistence;

import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Where a statement's named values go: straight onto a Jdbi statement, or into a {@link
 * DeferredWrite} sent later. Each value comes with its Java type, so that a null keeps its SQL
 * type.
 */
@FunctionalInterface
interface Params {
  void put(String name, Object value, Class<?> type);

  /** Binds onto {@code statement} at once. */
  static Params on(SqlStatement<?> statement) {
    return statement::bindByType;
  }
}
