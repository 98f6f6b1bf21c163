package org.expensetracker.archfixtures.application;

/** Breaks: application on JDBC and on Jdbi. */
public class LeakyApplication {
  java.sql.Connection connection() {
    return null;
  }

  org.jdbi.v3.core.Jdbi jdbi() {
    return null;
  }
}
