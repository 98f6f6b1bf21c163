package org.expensetracker.adapters.persistence;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.expensetracker.application.port.out.Ledger;
import org.expensetracker.domain.expense.CostSharing;
import org.expensetracker.domain.expense.Part;
import org.expensetracker.domain.expense.Payer;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * {@link Ledger} on PostgreSQL: balances are sums over index-only scans of {@code
 * expense_shares_balances}, {@code settlements_sent} and {@code settlements_received}, in one
 * statement; sums of bigint are numeric, so they cannot overflow.
 */
final class JdbiLedger implements Ledger {
  private final JdbiTransactions db;

  JdbiLedger(JdbiTransactions db) {
    this.db = db;
  }

  @Override
  public List<MemberTotals> totals(WorkspaceId workspace, Currency currency) {
    return db.withHandle(
        h ->
            h.createQuery(
                    """
                    with flows (user_id, paid, owed) as (
                      select user_id, sum(paid_minor), sum(owed_minor) from expense_shares
                       where workspace_id = :ws and not deleted group by user_id
                      union all
                      select from_user_id, sum(amount_minor), 0 from settlements
                       where workspace_id = :ws and deleted_at is null group by from_user_id
                      union all
                      select to_user_id, 0, sum(amount_minor) from settlements
                       where workspace_id = :ws and deleted_at is null group by to_user_id
                      union all
                      select user_id, 0, 0 from workspace_members where workspace_id = :ws)
                    select f.user_id, u.full_name, sum(f.paid) as paid, sum(f.owed) as owed
                      from flows f join users u on u.id = f.user_id
                     group by f.user_id, u.full_name
                     order by f.user_id
                    """)
                .bind("ws", workspace.value())
                .map(
                    (rs, ctx) ->
                        new MemberTotals(
                            new UserId(rs.getObject("user_id", UUID.class)),
                            rs.getString("full_name"),
                            Money.ofMinor(rs.getBigDecimal("paid").toBigIntegerExact(), currency),
                            Money.ofMinor(rs.getBigDecimal("owed").toBigIntegerExact(), currency)))
                .list());
  }

  /** Streams the share rows in expense order and cuts them into one sharing per expense. */
  @Override
  public List<CostSharing> sharings(WorkspaceId workspace, Currency currency) {
    return db.withHandle(
        h -> {
          List<CostSharing> result = new ArrayList<>();
          var current =
              new Object() {
                UUID expense;
                long amount;
                List<Payer> payers = new ArrayList<>();
                List<Part> parts = new ArrayList<>();

                void flush() {
                  if (expense != null) {
                    result.add(new CostSharing(Money.ofMinor(amount, currency), payers, parts));
                  }
                  payers = new ArrayList<>();
                  parts = new ArrayList<>();
                }
              };
          h.createQuery(
                  """
                  select x.expense_id, e.amount_minor, x.user_id, x.paid_minor, x.owed_minor,
                         x.in_split
                    from expense_shares x
                    join expenses e on e.workspace_id = x.workspace_id and e.id = x.expense_id
                   where x.workspace_id = :ws and not x.deleted
                   order by x.expense_id, x.user_id
                  """)
              .bind("ws", workspace.value())
              .setFetchSize(1000)
              .map(
                  (rs, ctx) -> {
                    UUID expense = rs.getObject("expense_id", UUID.class);
                    if (!expense.equals(current.expense)) {
                      current.flush();
                      current.expense = expense;
                      current.amount = rs.getLong("amount_minor");
                    }
                    UserId user = new UserId(rs.getObject("user_id", UUID.class));
                    long paid = rs.getLong("paid_minor");
                    if (paid > 0) {
                      current.payers.add(new Payer(user, Money.ofMinor(paid, currency)));
                    }
                    if (rs.getBoolean("in_split")) {
                      current.parts.add(
                          new Part(user, Money.ofMinor(rs.getLong("owed_minor"), currency)));
                    }
                    return null;
                  })
              .forEach(row -> {});
          current.flush();
          return result;
        });
  }
}
