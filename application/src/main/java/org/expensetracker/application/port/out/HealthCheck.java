package org.expensetracker.application.port.out;

/** Outgoing port: whether the storage answers right now (for readiness probes). */
public interface HealthCheck {
  boolean storageAnswers();
}
