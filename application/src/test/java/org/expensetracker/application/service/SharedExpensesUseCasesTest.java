package org.expensetracker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.expensetracker.application.port.in.DeleteExpenseUseCase.DeleteExpense;
import org.expensetracker.application.port.in.ListSettlementsUseCase;
import org.expensetracker.application.port.in.PatchExpenseUseCase.PatchExpense;
import org.expensetracker.application.port.in.RemoveMemberUseCase;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.domain.balance.Settlement;
import org.expensetracker.domain.balance.Transfer;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpensePatch;
import org.expensetracker.domain.expense.PaidBy;
import org.expensetracker.domain.expense.Share;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.expense.SplitMode;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.Conflict;
import org.expensetracker.domain.shared.Forbidden;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class SharedExpensesUseCasesTest {
  final SharedExpensesTestbed bed = new SharedExpensesTestbed();
  final UserId ann = bed.person("Ann");
  final UserId ben = bed.person("Ben");
  final UserId cat = bed.person("Cat");
  final UserId eve = bed.person("Eve");
  final UserId stranger = bed.person("Stranger");
  final WorkspaceId trip =
      bed.workspace("EUR", ann, Map.of(ben, "admin", cat, "member", eve, "viewer"));

  private static Share share(UserId user, String value) {
    return new Share(user, new BigDecimal(value));
  }

  private List<String> parts(Expense e) {
    return e.sharing().parts().stream()
        .map(p -> bed.users.byId(p.user()).orElseThrow().fullName().value() + " " + p.amount())
        .toList();
  }

  @Test
  void withoutASplitTheMembersWhoMayRecordShareEquallyAndViewersAreLeftOut() {
    Expense dinner = bed.spend(trip, cat, "10.00");

    // The odd cent goes to the smallest user id (largest remainder, then id): ids are random here.
    assertThat(dinner.sharing().parts())
        .extracting(p -> p.user(), p -> p.amount().toString().startsWith("3.3"))
        .containsExactlyInAnyOrder(tuple(ann, true), tuple(ben, true), tuple(cat, true));
    assertThat(dinner.sharing().parts())
        .extracting(p -> p.amount().toString())
        .containsExactlyInAnyOrder("3.34", "3.33", "3.33");
    assertThat(dinner.soloPayer()).contains(cat);
  }

  @Test
  void threeFriendsDinnerWorkedOutByHand() {
    // Ann pays 90 for all three; Ben pays 30 for Ben and Cat.
    bed.spend(
        trip,
        ann,
        "90.00",
        Optional.empty(),
        Optional.of(Split.equalAmong(List.of(ann, ben, cat))));
    bed.spend(
        trip, ben, "30.00", Optional.empty(), Optional.of(Split.equalAmong(List.of(ben, cat))));

    assertThat(bed.nets(trip, eve))
        .containsEntry(ann, "60.00")
        .containsEntry(ben, "-15.00")
        .containsEntry(cat, "-45.00")
        .containsEntry(eve, "0.00");
    assertThat(bed.core.settleUp().settleUp(new Scope(trip, cat), true).transfers())
        .extracting(Transfer::from, Transfer::to, t -> t.amount().toString())
        .containsExactlyInAnyOrder(tuple(ben, ann, "15.00"), tuple(cat, ann, "45.00"));
    // Unsimplified: Cat owes Ben directly for the second dinner.
    assertThat(bed.core.settleUp().settleUp(new Scope(trip, cat), false).transfers())
        .extracting(Transfer::from, Transfer::to, t -> t.amount().toString())
        .containsExactlyInAnyOrder(
            tuple(ben, ann, "30.00"), tuple(cat, ann, "30.00"), tuple(cat, ben, "15.00"));
  }

  @Test
  void aTripWithUnevenSharesSeveralPayersAndAnExactSplit() {
    // A 100.00 cabin paid 70/30 by Ann and Ben, by weights 2:1:1.
    Expense cabin =
        bed.spend(
            trip,
            ann,
            "100.00",
            Optional.of(new PaidBy.Several(List.of(share(ann, "70"), share(ben, "30.00")))),
            Optional.of(
                new Split(
                    SplitMode.SHARES, List.of(share(ann, "2"), share(ben, "1"), share(cat, "1")))));
    // Fuel 45.50, Cat pays, exact amounts.
    bed.spend(
        trip,
        cat,
        "45.50",
        Optional.empty(),
        Optional.of(new Split(SplitMode.EXACT, List.of(share(ben, "20.25"), share(cat, "25.25")))));

    assertThat(parts(cabin)).containsExactlyInAnyOrder("Ann 50.00", "Ben 25.00", "Cat 25.00");
    assertThat(bed.nets(trip, ann))
        .containsEntry(ann, "20.00")
        .containsEntry(ben, "-15.25")
        .containsEntry(cat, "-4.75");
  }

  @Test
  void aJpyWorkspaceSplitsWholeYen() {
    UserId kai = bed.person("Kai");
    WorkspaceId tokyo = bed.workspace("JPY", kai, Map.of(ann, "member", ben, "member"));
    Expense sushi = bed.spend(tokyo, kai, "1000");

    assertThat(sushi.sharing().parts())
        .extracting(p -> p.amount().toString())
        .containsExactlyInAnyOrder("334", "333", "333");
    assertThatThrownBy(() -> bed.spend(tokyo, kai, "1.5")).isInstanceOf(InvalidInput.class);
    String kaiPart =
        sushi.sharing().parts().stream()
            .filter(p -> p.user().equals(kai))
            .findFirst()
            .orElseThrow()
            .amount()
            .toString();
    assertThat(bed.nets(tokyo, kai))
        .containsEntry(kai, String.valueOf(1000 - Integer.parseInt(kaiPart)));
  }

  @Test
  void everyoneNamedMustBeACurrentMemberOrTheyAreNotFound() {
    Optional<Split> withStranger = Optional.of(Split.equalAmong(List.of(ann, stranger)));
    assertThatThrownBy(() -> bed.spend(trip, ann, "5.00", Optional.empty(), withStranger))
        .isInstanceOf(NotFound.class)
        .hasMessage("Member not found");
    Optional<PaidBy> strangerPaid =
        Optional.of(new PaidBy.Several(List.of(share(ann, "1"), share(stranger, "4"))));
    assertThatThrownBy(() -> bed.spend(trip, ann, "5.00", strangerPaid, Optional.empty()))
        .isInstanceOf(NotFound.class);
    assertThat(bed.expenses.inWorkspace(trip)).isEmpty();
  }

  @Test
  void payersMustAddUpToTheAmountAndTheSplitToo() {
    Optional<PaidBy> short1 =
        Optional.of(new PaidBy.Several(List.of(share(ann, "1"), share(ben, "2"))));
    Optional<Split> badPercent =
        Optional.of(new Split(SplitMode.PERCENT, List.of(share(ann, "50"), share(ben, "49.99"))));
    assertThatThrownBy(() -> bed.spend(trip, ann, "5.00", short1, badPercent))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(f -> f.field())
                    .containsExactly("payers", "split.shares"));
  }

  @Test
  void changingTheAmountRecomputesEveryPartAndMovesTheBalances() {
    Expense e = bed.spend(trip, ann, "9.00");
    Expense changed =
        bed.core
            .patchExpense()
            .patch(
                new PatchExpense(
                    trip,
                    ann,
                    e.id(),
                    OptionalLong.of(1),
                    ExpensePatch.none().withAmount(new BigDecimal("12"))));

    assertThat(parts(changed)).containsExactlyInAnyOrder("Ann 4.00", "Ben 4.00", "Cat 4.00");
    assertThat(bed.nets(trip, ann)).containsEntry(ann, "8.00").containsEntry(cat, "-4.00");
    bed.core.deleteExpense().delete(new DeleteExpense(trip, ann, e.id(), OptionalLong.empty()));
    assertThat(bed.nets(trip, ann)).containsEntry(ann, "0.00").containsEntry(cat, "0.00");
  }

  @Test
  void membersRecordSettlementsTheyTakePartInAdminsAnyViewersNone() {
    bed.spend(trip, ann, "30.00");
    assertThat(bed.settle(trip, cat, cat, ann, "10.00").amount().toString()).isEqualTo("10.00");
    assertThatThrownBy(() -> bed.settle(trip, cat, ben, ann, "1.00")).isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> bed.settle(trip, eve, eve, ann, "1.00")).isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> bed.settle(trip, stranger, stranger, ann, "1.00"))
        .isInstanceOf(NotFound.class)
        .hasMessage("Workspace not found");
    assertThatThrownBy(() -> bed.settle(trip, ben, stranger, ann, "1.00"))
        .isInstanceOf(NotFound.class)
        .hasMessage("Member not found");
    Settlement byAdmin = bed.settle(trip, ben, ben, ann, "10.00");

    assertThat(bed.nets(trip, eve))
        .containsEntry(ann, "0.00")
        .containsEntry(ben, "0.00")
        .containsEntry(cat, "0.00");
    assertThatThrownBy(() -> bed.core.deleteSettlement().delete(new Scope(trip, cat), byAdmin.id()))
        .isInstanceOf(Forbidden.class);
    bed.core.deleteSettlement().delete(new Scope(trip, ann), byAdmin.id());
    assertThat(bed.nets(trip, ann)).containsEntry(ben, "-10.00");
  }

  @Test
  void recordingEverySuggestedTransferLeavesEveryoneAtZero() {
    bed.spend(trip, ann, "100.00");
    bed.spend(
        trip, ben, "17.01", Optional.empty(), Optional.of(Split.equalAmong(List.of(ann, cat))));
    for (Transfer t : bed.core.settleUp().settleUp(new Scope(trip, ann), true).transfers()) {
      bed.settle(trip, ann, t.from(), t.to(), t.amount().toString());
    }

    assertThat(bed.nets(trip, ann).values()).allMatch(net -> net.equals("0.00"));
    assertThat(bed.core.settleUp().settleUp(new Scope(trip, ann), true).transfers()).isEmpty();
    assertThat(bed.core.settleUp().settleUp(new Scope(trip, ann), false).transfers()).isEmpty();
  }

  @Test
  void aMemberWithABalanceCannotBeRemovedOrLeaveUntilSettled() {
    bed.spend(trip, ann, "30.00");
    RemoveMemberUseCase.Command removeCat =
        new RemoveMemberUseCase.Command(new Scope(trip, ann), cat);

    assertThatThrownBy(() -> bed.core.removeMember().remove(removeCat))
        .isInstanceOfSatisfying(
            Conflict.class,
            e -> {
              assertThat(e.code()).isEqualTo("balance-not-settled");
              assertThat(e.getMessage()).contains("owes 10.00 EUR");
            });
    assertThatThrownBy(
            () ->
                bed.core
                    .removeMember()
                    .remove(new RemoveMemberUseCase.Command(new Scope(trip, cat), cat)))
        .isInstanceOf(Conflict.class);
    // A viewer learns nothing: the role check comes first.
    assertThatThrownBy(
            () ->
                bed.core
                    .removeMember()
                    .remove(new RemoveMemberUseCase.Command(new Scope(trip, eve), cat)))
        .isInstanceOf(Forbidden.class);

    bed.settle(trip, cat, cat, ann, "10.00");
    bed.core.removeMember().remove(removeCat);
    assertThat(bed.workspaces.usersOf(trip)).doesNotContain(cat);
    // Cat's history stays: the balance line is there, at zero, while the expense names Cat.
    assertThat(bed.nets(trip, ann)).containsEntry(cat, "0.00");
  }

  @Test
  void aFormerMemberCannotBeGivenANewPartWhenAnOldExpenseChanges() {
    Expense e = bed.spend(trip, ann, "30.00");
    bed.settle(trip, cat, cat, ann, "10.00");
    bed.core.removeMember().remove(new RemoveMemberUseCase.Command(new Scope(trip, ann), cat));

    assertThatThrownBy(
            () ->
                bed.core
                    .patchExpense()
                    .patch(
                        new PatchExpense(
                            trip,
                            ann,
                            e.id(),
                            OptionalLong.empty(),
                            ExpensePatch.none().withAmount(BigDecimal.TEN))))
        .isInstanceOf(NotFound.class)
        .hasMessage("Member not found");
    // A change that leaves the money alone is still fine.
    bed.core
        .patchExpense()
        .patch(
            new PatchExpense(
                trip, ann, e.id(), OptionalLong.empty(), ExpensePatch.none().withCategory("Fun")));
  }

  @Test
  void settlementsAreListedNewestFirstPageByPage() {
    Settlement first = bed.settle(trip, ann, ann, ben, "1.00");
    bed.clock.advance(java.time.Duration.ofSeconds(1));
    Settlement second = bed.settle(trip, ann, ann, cat, "2.00");
    bed.clock.advance(java.time.Duration.ofSeconds(1));
    Settlement third = bed.settle(trip, ann, ben, cat, "3.00");

    ListSettlementsUseCase.Page page =
        bed.core
            .listSettlements()
            .list(new ListSettlementsUseCase.Query(new Scope(trip, eve), Optional.empty(), 2));
    assertThat(page.items()).containsExactly(third, second);
    assertThat(page.next()).contains(second.id());
    ListSettlementsUseCase.Page rest =
        bed.core
            .listSettlements()
            .list(new ListSettlementsUseCase.Query(new Scope(trip, eve), page.next(), 2));
    assertThat(rest.items()).containsExactly(first);
    assertThat(rest.next()).isEmpty();
    assertThat(bed.core.listSettlements().get(new Scope(trip, eve), first.id())).isEqualTo(first);
    WorkspaceId other = bed.workspace("EUR", stranger, Map.of());
    assertThatThrownBy(() -> bed.core.listSettlements().get(new Scope(other, stranger), first.id()))
        .isInstanceOf(NotFound.class)
        .hasMessage("Settlement not found");
  }
}
