package org.expensetracker.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.expensetracker.domain.balance.Settlement;
import org.expensetracker.domain.identity.UserId;

/**
 * Incoming port: record a payment between two members (members record the ones they take part in,
 * admins and the owner any). It moves their balances like an expense paid by the sender for the
 * receiver.
 */
public interface RecordSettlementUseCase {

  Settlement record(Command command);

  /**
   * {@code settledAt} defaults to today (UTC); the amount is in the workspace's currency, or
   * derived from {@code original} (paid in another currency) exactly as for expenses.
   */
  record Command(
      Scope scope,
      UserId from,
      UserId to,
      BigDecimal amount,
      String note,
      Optional<LocalDate> settledAt,
      Optional<OriginalAmount> original) {
    /** A payment in the workspace currency. */
    public Command(
        Scope scope,
        UserId from,
        UserId to,
        BigDecimal amount,
        String note,
        Optional<LocalDate> settledAt) {
      this(scope, from, to, amount, note, settledAt, Optional.empty());
    }

    public Command {
      Objects.requireNonNull(original, "original");
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(settledAt, "settledAt");
    }
  }
}
