package org.expensetracker.archfixtures.adapters.http;

/** Breaks: one adapter on another, and bcrypt outside the identity adapter. */
public class LeakyHttp {
  org.expensetracker.archfixtures.adapters.persistence.LeakyPersistence persistence() {
    return null;
  }

  at.favre.lib.crypto.bcrypt.BCrypt.Hasher hasher() {
    return null;
  }
}
