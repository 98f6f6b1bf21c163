package org.expensetracker.domain.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expensetracker.domain.testing.MoneyFixtures.USD;
import static org.expensetracker.domain.testing.MoneyFixtures.usd;
import static org.expensetracker.domain.testing.Users.alice;
import static org.expensetracker.domain.testing.Users.bob;
import static org.expensetracker.domain.testing.Users.carol;
import static org.expensetracker.domain.testing.Users.dave;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.expensetracker.domain.expense.CostSharing;
import org.expensetracker.domain.expense.Payer;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.testing.BalanceArbitraries;
import org.junit.jupiter.api.Test;

class BalancesTest {
  static final CostSharing DINNER =
      CostSharing.of(
          usd("86.40"),
          List.of(new Payer(alice(), usd("86.40"))),
          Split.equalAmong(List.of(alice(), bob(), carol())));

  @Test
  void whoPaidForThreeFriendsDinnerIsOwedTheOthersParts() {
    Balances balances = Balances.from(List.of(DINNER), List.of(), USD);

    assertThat(balances.members())
        .containsExactly(
            new Balance(alice(), usd("86.40"), usd("28.80")),
            new Balance(bob(), usd("0.00"), usd("28.80")),
            new Balance(carol(), usd("0.00"), usd("28.80")));
    assertThat(balances.members())
        .extracting(Balance::net)
        .containsExactly(usd("57.60"), usd("-28.80"), usd("-28.80"));
  }

  @Test
  void aSettlementRaisesTheSendersNetAndLowersTheReceivers() {
    Balances balances =
        Balances.from(List.of(DINNER), List.of(new Transfer(bob(), alice(), usd("28.80"))), USD);

    assertThat(balances.balanceOf(alice()).net()).isEqualTo(usd("28.80"));
    assertThat(balances.balanceOf(bob()).net()).isEqualTo(usd("0.00"));
  }

  @Test
  void aMemberWithNoActivityHasAZeroBalance() {
    assertThat(Balances.from(List.of(DINNER), List.of(), USD).balanceOf(dave()))
        .isEqualTo(new Balance(dave(), usd("0.00"), usd("0.00")));
  }

  @Test
  void perUserSumsThatDoNotBalanceAreRefusedAsInconsistentData() {
    assertThatThrownBy(
            () -> Balances.of(Map.of(alice(), usd("10.00")), Map.of(bob(), usd("9.99")), USD))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 300)
  void netsAlwaysAddUpToExactlyZero(
      @ForAll("expenses") List<CostSharing> expenses,
      @ForAll("settlements") List<Transfer> settlements) {
    Balances balances = Balances.from(expenses, settlements, USD);

    assertThat(balances.members().stream().map(Balance::net).reduce(Money.zero(USD), Money::plus))
        .isEqualTo(Money.zero(USD));
  }

  @Property(tries = 300)
  void perUserSumsGiveTheSameBalancesAsWholeExpensesInAnyOrder(
      @ForAll("expenses") List<CostSharing> expenses,
      @ForAll("settlements") List<Transfer> settlements,
      @ForAll Random random) {
    Map<UserId, Money> paid = new HashMap<>();
    Map<UserId, Money> owed = new HashMap<>();
    for (CostSharing expense : expenses) {
      expense.payers().forEach(p -> paid.merge(p.user(), p.amount(), Money::plus));
      expense.parts().forEach(p -> owed.merge(p.user(), p.amount(), Money::plus));
    }
    for (Transfer settlement : settlements) {
      paid.merge(settlement.from(), settlement.amount(), Money::plus);
      owed.merge(settlement.to(), settlement.amount(), Money::plus);
    }
    List<CostSharing> shuffled = new ArrayList<>(expenses);
    Collections.shuffle(shuffled, random);

    assertThat(Balances.of(paid, owed, USD)).isEqualTo(Balances.from(shuffled, settlements, USD));
  }

  @Provide
  Arbitrary<List<CostSharing>> expenses() {
    return BalanceArbitraries.expenses();
  }

  @Provide
  Arbitrary<List<Transfer>> settlements() {
    return BalanceArbitraries.settlements();
  }
}
