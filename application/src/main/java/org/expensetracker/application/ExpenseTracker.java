package org.expensetracker.application;

import java.time.Clock;
import java.util.Objects;
import org.expensetracker.application.port.out.HealthCheck;
import org.expensetracker.application.port.out.IdGenerator;
import org.expensetracker.application.port.out.Transactions;

/**
 * The core, built from its outgoing ports: the one object an embedding application (or the HTTP
 * adapter) needs. Each accessor returns an incoming port (a use case interface).
 */
public final class ExpenseTracker {
  private final OutgoingPorts ports;

  private ExpenseTracker(OutgoingPorts ports) {
    this.ports = ports;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Readiness of the storage behind the core. */
  public boolean ready() {
    return ports.health().storageAnswers();
  }

  /** Everything the core needs from the outside world. */
  record OutgoingPorts(
      Transactions transactions, Clock clock, IdGenerator ids, HealthCheck health) {
    OutgoingPorts {
      Objects.requireNonNull(transactions, "transactions");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(ids, "ids");
      Objects.requireNonNull(health, "health");
    }
  }

  /** Collects the outgoing ports; {@link #build()} fails fast when one is missing. */
  public static final class Builder {
    private Transactions transactions;
    private Clock clock = Clock.systemUTC();
    private IdGenerator ids = IdGenerator.random();
    private HealthCheck health = () -> true;

    private Builder() {}

    public Builder transactions(Transactions transactions) {
      this.transactions = transactions;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public Builder ids(IdGenerator ids) {
      this.ids = ids;
      return this;
    }

    public Builder health(HealthCheck health) {
      this.health = health;
      return this;
    }

    public ExpenseTracker build() {
      return new ExpenseTracker(new OutgoingPorts(transactions, clock, ids, health));
    }
  }
}
