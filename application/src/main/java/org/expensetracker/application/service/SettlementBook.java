package org.expensetracker.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.expensetracker.application.port.in.DeleteSettlementUseCase;
import org.expensetracker.application.port.in.ListSettlementsUseCase;
import org.expensetracker.application.port.in.RecordSettlementUseCase;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.port.out.AuditTrail;
import org.expensetracker.application.port.out.IdGenerator;
import org.expensetracker.application.port.out.Settlements;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.domain.balance.Settlement;
import org.expensetracker.domain.balance.SettlementId;
import org.expensetracker.domain.history.Audit;
import org.expensetracker.domain.money.Conversion;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.workspace.Action;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.Roster;

/** Recording, reading and deleting settlements: each call one transaction. */
final class SettlementBook
    implements RecordSettlementUseCase, ListSettlementsUseCase, DeleteSettlementUseCase {
  private final Transactions transactions;
  private final Clock clock;
  private final IdGenerator ids;
  private final WorkspaceAccess access;
  private final Settlements settlements;
  private final AuditTrail audit;
  private final Conversions conversions;

  SettlementBook(
      Transactions transactions,
      Clock clock,
      IdGenerator ids,
      WorkspaceAccess access,
      Settlements settlements,
      AuditTrail audit,
      Conversions conversions) {
    this.conversions = conversions;
    this.transactions = transactions;
    this.clock = clock;
    this.ids = ids;
    this.access = access;
    this.settlements = settlements;
    this.audit = audit;
  }

  @Override
  public Settlement record(Command command) {
    Scope scope = command.scope();
    LocalDate day =
        command.settledAt().orElseGet(() -> LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    // Before the transaction, as for expenses: a rate lookup may ask the reference provider.
    Conversion conversion =
        command
            .original()
            .map(
                original -> {
                  Membership recorder = access.member(scope.workspace(), scope.caller());
                  recorder.require(Action.RECORD_OWN_SETTLEMENT);
                  return conversions.create(scope.workspace(), recorder.currency(), original, day);
                })
            .orElse(null);
    return transactions.inTransaction(
        () -> {
          Roster roster = access.lockRoster(scope.workspace());
          Membership recorder = access.memberUnderLock(roster, scope.caller());
          Settlement settlement =
              Settlement.record(
                  new SettlementId(ids.newId()),
                  recorder,
                  command.from(),
                  command.to(),
                  command.amount(),
                  conversion,
                  command.note(),
                  day,
                  clock.instant());
          WorkspaceAccess.requireAmong(roster, List.of(command.from(), command.to()));
          settlements.add(settlement);
          audit.record(
              Audit.settlementCreated(scope.caller(), settlement, settlement.createdAt())
                  .withId(ids.newId()));
          return settlement;
        });
  }

  @Override
  public Settlement get(Scope scope, SettlementId id) {
    return transactions.inTransaction(
        () -> {
          access.reader(scope.workspace(), scope.caller());
          return live(scope, id);
        });
  }

  @Override
  public Page list(Query query) {
    Scope scope = query.scope();
    return transactions.inTransaction(
        () -> {
          access.reader(scope.workspace(), scope.caller());
          query
              .after()
              .filter(
                  after ->
                      settlements
                          .find(scope.workspace(), after)
                          .filter(s -> !s.isDeleted())
                          .isEmpty())
              .ifPresent(
                  after -> {
                    throw new InvalidInput(
                        "cursor", "does not name a settlement of this workspace");
                  });
          List<Settlement> rows =
              settlements.list(scope.workspace(), query.after(), query.limit() + 1);
          if (rows.size() <= query.limit()) {
            return new Page(rows, Optional.empty());
          }
          List<Settlement> items = rows.subList(0, query.limit());
          return new Page(items, Optional.of(items.get(items.size() - 1).id()));
        });
  }

  @Override
  public void delete(Scope scope, SettlementId id) {
    transactions.run(
        () -> {
          Membership member =
              access.memberUnderLock(access.lockRoster(scope.workspace()), scope.caller());
          Settlement deleted = live(scope, id).delete(member, clock.instant());
          if (!settlements.markDeleted(deleted)) {
            throw new NotFound("Settlement");
          }
          audit.record(Audit.settlementDeleted(scope.caller(), deleted).withId(ids.newId()));
        });
  }

  /** A settlement that is not deleted; a deleted one is not found. */
  private Settlement live(Scope scope, SettlementId id) {
    return settlements
        .find(scope.workspace(), id)
        .filter(s -> !s.isDeleted())
        .orElseThrow(() -> new NotFound("Settlement"));
  }
}
