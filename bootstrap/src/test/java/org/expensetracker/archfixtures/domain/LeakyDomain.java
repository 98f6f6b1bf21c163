package org.expensetracker.archfixtures.domain;

/** Breaks: domain on a framework (Javalin), domain on an adapter, and a public setter. */
public class LeakyDomain {
  private Object value;

  public void setValue(Object value) {
    this.value = value;
  }

  io.javalin.http.Context context() {
    return null;
  }

  org.expensetracker.archfixtures.adapters.persistence.LeakyPersistence adapter() {
    return null;
  }

  Object value() {
    return value;
  }
}
