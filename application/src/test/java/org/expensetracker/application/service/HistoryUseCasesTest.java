package org.expensetracker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.expensetracker.application.port.in.ActivityUseCase;
import org.expensetracker.application.port.in.ChangeRoleUseCase;
import org.expensetracker.application.port.in.ChangesUseCase;
import org.expensetracker.application.port.in.DeleteExpenseUseCase.DeleteExpense;
import org.expensetracker.application.port.in.ListExpensesUseCase.ListExpenses;
import org.expensetracker.application.port.in.PatchExpenseUseCase.PatchExpense;
import org.expensetracker.application.port.in.RemoveMemberUseCase;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.port.in.TransferOwnershipUseCase;
import org.expensetracker.application.port.in.UpdateWorkspaceUseCase;
import org.expensetracker.domain.balance.Settlement;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseFilter;
import org.expensetracker.domain.expense.ExpensePatch;
import org.expensetracker.domain.expense.ExpenseSort;
import org.expensetracker.domain.history.ActivityFilter;
import org.expensetracker.domain.history.AuditAction;
import org.expensetracker.domain.history.AuditEntry;
import org.expensetracker.domain.history.EntityType;
import org.expensetracker.domain.history.FeedPosition;
import org.expensetracker.domain.history.FieldChange;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.Conflict;
import org.expensetracker.domain.shared.Forbidden;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class HistoryUseCasesTest {
  final SharedExpensesTestbed bed = new SharedExpensesTestbed();
  final UserId ann = bed.person("Ann");
  final UserId ben = bed.person("Ben");
  final UserId cat = bed.person("Cat");
  final UserId eve = bed.person("Eve");
  final WorkspaceId trip =
      bed.workspace("EUR", ann, Map.of(ben, "admin", cat, "member", eve, "viewer"));

  private List<AuditEntry> entries() {
    return bed.audit.inWorkspace(trip);
  }

  private AuditEntry last() {
    List<AuditEntry> all = entries();
    return all.get(all.size() - 1);
  }

  @Test
  void creatingAWorkspaceAndAddingMembersIsRecordedOncePerEntity() {
    assertThat(entries())
        .extracting(AuditEntry::entity, AuditEntry::action, AuditEntry::actor)
        .containsExactly(
            tuple(EntityType.WORKSPACE, AuditAction.CREATED, ann),
            tuple(EntityType.MEMBER, AuditAction.CREATED, ann),
            tuple(EntityType.MEMBER, AuditAction.CREATED, ann),
            tuple(EntityType.MEMBER, AuditAction.CREATED, ann),
            tuple(EntityType.MEMBER, AuditAction.CREATED, ann));
    assertThat(entries().get(0).changes())
        .containsExactly(
            new FieldChange("name", null, "Trip"), new FieldChange("currency", null, "EUR"));
  }

  @Test
  void everyExpenseChangeWritesExactlyOneEntryWithItsBeforeAndAfter() {
    int before = entries().size();
    Expense e = bed.spend(trip, cat, "30.00");
    assertThat(entries()).hasSize(before + 1);
    assertThat(last().action()).isEqualTo(AuditAction.CREATED);
    assertThat(last().entityId()).isEqualTo(e.id().value());

    bed.core
        .patchExpense()
        .patch(
            new PatchExpense(
                trip,
                cat,
                e.id(),
                OptionalLong.empty(),
                ExpensePatch.none().withDescription("Late dinner")));
    assertThat(entries()).hasSize(before + 2);
    assertThat(last().changes())
        .containsExactly(new FieldChange("description", "Dinner", "Late dinner"));

    // A patch that changes nothing writes nothing.
    bed.core
        .patchExpense()
        .patch(new PatchExpense(trip, cat, e.id(), OptionalLong.empty(), ExpensePatch.none()));
    assertThat(entries()).hasSize(before + 2);

    bed.core.deleteExpense().delete(new DeleteExpense(trip, cat, e.id(), OptionalLong.empty()));
    assertThat(last().action()).isEqualTo(AuditAction.DELETED);
    bed.core.restoreExpense().restore(new Scope(trip, cat), e.id());
    assertThat(last().action()).isEqualTo(AuditAction.RESTORED);
    assertThat(entries()).hasSize(before + 4);

    assertThat(bed.core.activity().expenseHistory(new Scope(trip, eve), e.id()))
        .extracting(AuditEntry::action)
        .containsExactly(
            AuditAction.CREATED, AuditAction.UPDATED, AuditAction.DELETED, AuditAction.RESTORED);
  }

  @Test
  void settlementsAndMemberChangesAreRecordedToo() {
    Settlement s = bed.settle(trip, cat, cat, ann, "5.00");
    assertThat(last().entity()).isEqualTo(EntityType.SETTLEMENT);
    assertThat(last().changes()).contains(new FieldChange("amount", null, "5.00"));
    bed.core.deleteSettlement().delete(new Scope(trip, ann), s.id());
    assertThat(last().action()).isEqualTo(AuditAction.DELETED);

    bed.core
        .changeRole()
        .changeRole(ChangeRoleUseCase.Command.parse(new Scope(trip, ann), cat, "viewer"));
    assertThat(last().action()).isEqualTo(AuditAction.ROLE_CHANGED);
    assertThat(last().changes()).containsExactly(new FieldChange("role", "member", "viewer"));
    bed.core.removeMember().remove(new RemoveMemberUseCase.Command(new Scope(trip, ann), cat));
    assertThat(last().changes()).containsExactly(new FieldChange("role", "viewer", null));

    int before = entries().size();
    bed.core
        .transferOwnership()
        .transfer(new TransferOwnershipUseCase.Command(new Scope(trip, ann), ben));
    assertThat(entries().subList(before, entries().size()))
        .extracting(AuditEntry::entityId, e -> e.changes().get(0).to())
        .containsExactly(tuple(ann.value(), "admin"), tuple(ben.value(), "owner"));
    bed.core
        .updateWorkspace()
        .update(UpdateWorkspaceUseCase.Command.parse(new Scope(trip, ben), "Trip 2", null));
    assertThat(last().changes()).containsExactly(new FieldChange("name", "Trip", "Trip 2"));
  }

  @Test
  void aDeletedExpenseLeavesBalancesAndListsAndComesBackWithItsId() {
    Expense e = bed.spend(trip, cat, "30.00");
    bed.core.deleteExpense().delete(new DeleteExpense(trip, cat, e.id(), OptionalLong.empty()));

    assertThat(bed.nets(trip, ann).values()).containsOnly("0.00");
    assertThat(list(ann, false)).isEmpty();
    assertThatThrownBy(
            () ->
                bed.core
                    .getExpense()
                    .get(
                        new org.expensetracker.application.port.in.GetExpenseUseCase.GetExpense(
                            trip, ann, e.id())))
        .isInstanceOf(NotFound.class);
    assertThat(list(ben, true)).extracting(Expense::id).containsExactly(e.id());
    assertThat(list(cat, true)).extracting(Expense::id).containsExactly(e.id());
    assertThatThrownBy(() -> list(eve, true)).isInstanceOf(Forbidden.class);
    Expense annsOwn = bed.spend(trip, ann, "1.00");
    bed.core
        .deleteExpense()
        .delete(new DeleteExpense(trip, ann, annsOwn.id(), OptionalLong.empty()));
    // A member sees only the deleted expenses they recorded.
    assertThat(list(cat, true)).extracting(Expense::id).containsExactly(e.id());
    assertThatThrownBy(() -> bed.core.restoreExpense().restore(new Scope(trip, cat), annsOwn.id()))
        .isInstanceOf(Forbidden.class);

    Expense restored = bed.core.restoreExpense().restore(new Scope(trip, cat), e.id());
    assertThat(restored.id()).isEqualTo(e.id());
    assertThat(restored.version()).isEqualTo(3);
    assertThat(bed.nets(trip, ann)).containsEntry(cat, "20.00");
    assertThatThrownBy(() -> bed.core.restoreExpense().restore(new Scope(trip, cat), e.id()))
        .isInstanceOf(Conflict.class);
    assertThatThrownBy(
            () ->
                bed.core
                    .deleteExpense()
                    .delete(new DeleteExpense(trip, cat, annsOwn.id(), OptionalLong.empty())))
        .isInstanceOf(NotFound.class);
  }

  private List<Expense> list(UserId who, boolean deleted) {
    return bed.core
        .listExpenses()
        .list(
            new ListExpenses(
                trip, who, ExpenseFilter.all(), ExpenseSort.DEFAULT, Optional.empty(), 50, deleted))
        .items();
  }

  @Test
  void activityIsNewestFirstFilteredAndPaged() {
    Expense e = bed.spend(trip, cat, "3.00");
    bed.settle(trip, ben, ben, ann, "1.00");
    Scope asEve = new Scope(trip, eve);

    ActivityUseCase.Page first =
        bed.core
            .activity()
            .activity(new ActivityUseCase.Query(asEve, ActivityFilter.all(), Optional.empty(), 2));
    assertThat(first.items())
        .extracting(AuditEntry::entity)
        .containsExactly(EntityType.SETTLEMENT, EntityType.EXPENSE);
    ActivityUseCase.Page second =
        bed.core
            .activity()
            .activity(new ActivityUseCase.Query(asEve, ActivityFilter.all(), first.next(), 200));
    assertThat(second.items()).hasSize(entries().size() - 2);
    assertThat(second.next()).isEmpty();
    ActivityFilter byCat =
        new ActivityFilter(
            Optional.empty(),
            Optional.empty(),
            Optional.of(cat),
            Optional.empty(),
            Optional.empty());
    assertThat(
            bed.core
                .activity()
                .activity(new ActivityUseCase.Query(asEve, byCat, Optional.empty(), 10))
                .items())
        .extracting(AuditEntry::entityId)
        .containsExactly(e.id().value());
    WorkspaceId other = bed.workspace("EUR", bed.person("Zed"), Map.of());
    assertThatThrownBy(
            () ->
                bed.core
                    .activity()
                    .activity(
                        new ActivityUseCase.Query(
                            new Scope(other, ann), ActivityFilter.all(), Optional.empty(), 10)))
        .isInstanceOf(NotFound.class)
        .hasMessage("Workspace not found");
  }

  @Test
  void replayingTheChangeFeedGivesTheServersState() {
    Expense kept = bed.spend(trip, cat, "30.00");
    Expense gone = bed.spend(trip, ann, "10.00");
    Map<String, ChangesUseCase.Change> client = new HashMap<>();
    Optional<FeedPosition> token = sync(client, Optional.empty());
    bed.core.deleteExpense().delete(new DeleteExpense(trip, ann, gone.id(), OptionalLong.empty()));
    bed.core
        .patchExpense()
        .patch(
            new PatchExpense(
                trip,
                cat,
                kept.id(),
                OptionalLong.empty(),
                ExpensePatch.none().withCategory("Fun")));
    bed.core.removeMember().remove(new RemoveMemberUseCase.Command(new Scope(trip, ann), eve));
    Settlement s = bed.settle(trip, ann, ben, ann, "2.00");
    token = sync(client, token);

    assertThat(client.get("expense/" + kept.id()))
        .isInstanceOfSatisfying(
            ChangesUseCase.ExpenseChanged.class,
            c -> assertThat(c.expense().category()).isEqualTo("Fun"));
    assertThat(client.get("expense/" + gone.id())).isInstanceOf(ChangesUseCase.Removed.class);
    assertThat(client.get("member/" + eve)).isInstanceOf(ChangesUseCase.Removed.class);
    assertThat(client.get("member/" + cat)).isInstanceOf(ChangesUseCase.MemberChanged.class);
    assertThat(client.get("settlement/" + s.id()))
        .isInstanceOf(ChangesUseCase.SettlementChanged.class);
    assertThat(client.get("workspace/" + trip)).isInstanceOf(ChangesUseCase.WorkspaceChanged.class);
    // Nothing new: the same token comes back and no changes.
    ChangesUseCase.Page quiet = bed.core.changes().changes(new Scope(trip, ann), token, 10);
    assertThat(quiet.changes()).isEmpty();
    assertThat(quiet.next()).isEqualTo(token);
  }

  /** Applies pages of 3 until there are no more; returns the token to continue from. */
  private Optional<FeedPosition> sync(
      Map<String, ChangesUseCase.Change> client, Optional<FeedPosition> since) {
    Optional<FeedPosition> token = since;
    while (true) {
      ChangesUseCase.Page page = bed.core.changes().changes(new Scope(trip, ben), token, 3);
      page.changes().forEach(c -> client.put(c.type().wireName() + "/" + c.id(), c));
      token = page.next();
      if (!page.more()) {
        return token;
      }
    }
  }
}
