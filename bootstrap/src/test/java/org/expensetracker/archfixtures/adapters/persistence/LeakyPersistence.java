package org.expensetracker.archfixtures.adapters.persistence;

/** Breaks: an adapter on bootstrap, and Javalin outside the HTTP adapter. */
public class LeakyPersistence {
  org.expensetracker.archfixtures.bootstrap.Wiring wiring() {
    return null;
  }

  io.javalin.Javalin javalin() {
    return null;
  }
}
