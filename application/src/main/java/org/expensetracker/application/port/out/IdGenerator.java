package org.expensetracker.application.port.out;

import java.util.UUID;

/** Outgoing port: new identifiers, so tests can make them predictable. */
public interface IdGenerator {
  UUID newId();

  /** Random (version 4) UUIDs. */
  static IdGenerator random() {
    return UUID::randomUUID;
  }
}
