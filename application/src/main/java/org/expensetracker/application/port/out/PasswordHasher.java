package org.expensetracker.application.port.out;

import org.expensetracker.domain.identity.Password;
import org.expensetracker.domain.identity.PasswordHash;

/** Outgoing port: slow, salted password hashing. */
public interface PasswordHasher {
  PasswordHash hash(Password password);

  /** Whether the password matches; takes about as long whatever the answer. */
  boolean matches(Password password, PasswordHash hash);

  /** Whether the hash was made with weaker settings than the current ones. */
  boolean needsRehash(PasswordHash hash);
}
