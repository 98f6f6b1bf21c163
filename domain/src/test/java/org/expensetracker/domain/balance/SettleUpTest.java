package org.expensetracker.domain.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.domain.testing.MoneyFixtures.USD;
import static org.expensetracker.domain.testing.MoneyFixtures.usd;
import static org.expensetracker.domain.testing.Users.alice;
import static org.expensetracker.domain.testing.Users.bob;
import static org.expensetracker.domain.testing.Users.carol;
import static org.expensetracker.domain.testing.Users.dave;
import static org.expensetracker.domain.testing.Users.erin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.expensetracker.domain.expense.CostSharing;
import org.expensetracker.domain.expense.Payer;
import org.expensetracker.domain.expense.Share;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.expense.SplitMode;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.testing.BalanceArbitraries;
import org.junit.jupiter.api.Test;

class SettleUpTest {

  @Test
  void afterDinnerTheOthersEachPayWhoPaid() {
    Balances balances = Balances.from(List.of(BalancesTest.DINNER), List.of(), USD);

    assertThat(SettleUp.suggest(balances))
        .containsExactly(
            new Transfer(bob(), alice(), usd("28.80")),
            new Transfer(carol(), alice(), usd("28.80")));
  }

  @Test
  void zeroSumSubgroupsSettleAmongThemselvesWhereGreedyWouldNeedOneMoreTransfer() {
    // Largest debtor to largest creditor first would take 4 transfers: dave->erin 3, bob->alice 2,
    // carol->alice 1, carol->erin 1. {alice, dave} and {bob, carol, erin} each add up to zero.
    Balances balances =
        nets(
            Map.of(
                alice(), "3.00", bob(), "-2.00", carol(), "-2.00", dave(), "-3.00", erin(),
                "4.00"));

    assertThat(SettleUp.suggest(balances))
        .containsExactly(
            new Transfer(bob(), erin(), usd("2.00")),
            new Transfer(carol(), erin(), usd("2.00")),
            new Transfer(dave(), alice(), usd("3.00")));
  }

  @Test
  void equalAmountsAreMatchedBySmallerUserIdFirst() {
    Balances balances =
        nets(Map.of(alice(), "1.00", bob(), "1.00", carol(), "-1.00", dave(), "-1.00"));

    assertThat(SettleUp.suggest(balances))
        .containsExactly(
            new Transfer(carol(), alice(), usd("1.00")), new Transfer(dave(), bob(), usd("1.00")));
  }

  @Test
  void settledWorkspacesNeedNoTransfers() {
    assertThat(SettleUp.suggest(nets(Map.of(alice(), "0.00", bob(), "0.00")))).isEmpty();
    assertThat(SettleUp.suggest(Balances.of(Map.of(), Map.of(), USD))).isEmpty();
  }

  @Property(tries = 500)
  void suggestedTransfersSettleEveryoneInAtMostOneFewerThanTheOpenBalances(
      @ForAll("upToTwenty") Balances balances) {
    List<Transfer> transfers = SettleUp.suggest(balances);

    assertThat(BalanceArbitraries.netsAfter(balances, transfers).values())
        .allSatisfy(net -> assertThat(net.isZero()).isTrue());
    assertThat(transfers).hasSizeLessThanOrEqualTo(Math.max(0, open(balances) - 1));
  }

  @Property(tries = 500)
  void upToEightOpenBalancesSettleInTheFewestPossibleTransfers(
      @ForAll("upToEight") Balances balances) {
    List<BigDecimal> open =
        balances.members().stream()
            .map(balance -> balance.net().amount())
            .filter(net -> net.signum() != 0)
            .toList();

    assertThat(SettleUp.suggest(balances)).hasSize(open.size() - maxZeroSumGroups(open));
  }

  @Property(tries = 300)
  void theSameDataGivesTheSameSuggestionWhateverItsOrder(
      @ForAll("expenses") List<CostSharing> expenses,
      @ForAll("settlements") List<Transfer> settlements,
      @ForAll Random random) {
    List<CostSharing> shuffledExpenses = new ArrayList<>(expenses);
    List<Transfer> shuffledSettlements = new ArrayList<>(settlements);
    Collections.shuffle(shuffledExpenses, random);
    Collections.shuffle(shuffledSettlements, random);

    assertThat(SettleUp.suggest(Balances.from(shuffledExpenses, shuffledSettlements, USD)))
        .isEqualTo(SettleUp.suggest(Balances.from(expenses, settlements, USD)));
    assertThat(SettleUp.pairwise(shuffledExpenses, shuffledSettlements))
        .isEqualTo(SettleUp.pairwise(expenses, settlements));
  }

  @Test
  void pairwiseEachParticipantOwesTheSinglePayerTheirPart() {
    assertThat(SettleUp.pairwise(List.of(BalancesTest.DINNER), List.of()))
        .containsExactly(
            new Transfer(bob(), alice(), usd("28.80")),
            new Transfer(carol(), alice(), usd("28.80")));
  }

  @Test
  void pairwiseNetsTheTwoDirectionsOfAPair() {
    CostSharing aliceLends = paidBy(alice(), "20.00", bob()); // bob owes alice 20
    CostSharing bobLends = paidBy(bob(), "6.00", alice()); // alice owes bob 6

    assertThat(SettleUp.pairwise(List.of(aliceLends, bobLends), List.of()))
        .containsExactly(new Transfer(bob(), alice(), usd("14.00")));
  }

  @Test
  void pairwiseSpreadsEachPartOverWhatThePayersStillHaveToGetBack() {
    // Carol's 3 cents split 1.5 : 1.5 between the payers, the odd cent to Alice (smaller id);
    // Dave's
    // 7 cents then go 3 : 4, so each payer gets back exactly the 5 cents they paid.
    CostSharing taxi =
        CostSharing.of(
            usd("0.10"),
            List.of(new Payer(alice(), usd("0.05")), new Payer(bob(), usd("0.05"))),
            new Split(
                SplitMode.EXACT,
                List.of(
                    new Share(carol(), new BigDecimal("0.03")),
                    new Share(dave(), new BigDecimal("0.07")))));

    assertThat(SettleUp.pairwise(List.of(taxi), List.of()))
        .containsExactly(
            new Transfer(carol(), alice(), usd("0.02")),
            new Transfer(carol(), bob(), usd("0.01")),
            new Transfer(dave(), alice(), usd("0.03")),
            new Transfer(dave(), bob(), usd("0.04")));
  }

  @Test
  void pairwiseDropsWhatAPayerOwesThemselves() {
    // 90.00 paid 60 by alice and 30 by bob, equal among alice, bob and carol (30.00 each).
    // carol owes alice 20, bob 10; bob owes alice 20; alice owes bob 10. Netted: bob owes alice 10.
    CostSharing hotel =
        CostSharing.of(
            usd("90.00"),
            List.of(new Payer(alice(), usd("60.00")), new Payer(bob(), usd("30.00"))),
            Split.equalAmong(List.of(alice(), bob(), carol())));

    assertThat(SettleUp.pairwise(List.of(hotel), List.of()))
        .containsExactly(
            new Transfer(bob(), alice(), usd("10.00")),
            new Transfer(carol(), alice(), usd("20.00")),
            new Transfer(carol(), bob(), usd("10.00")));
  }

  @Test
  void pairwiseSettlementsReduceTheDebtAndAnOverpaymentTurnsItAround() {
    CostSharing lunch = paidBy(alice(), "30.00", bob());

    assertThat(
            SettleUp.pairwise(List.of(lunch), List.of(new Transfer(bob(), alice(), usd("30.00")))))
        .isEmpty();
    assertThat(
            SettleUp.pairwise(List.of(lunch), List.of(new Transfer(bob(), alice(), usd("40.00")))))
        .containsExactly(new Transfer(alice(), bob(), usd("10.00")));
  }

  @Property(tries = 300)
  void pairwiseTransfersAlsoSettleEveryoneWithAtMostOnePerPair(
      @ForAll("expenses") List<CostSharing> expenses,
      @ForAll("settlements") List<Transfer> settlements) {
    Balances balances = Balances.from(expenses, settlements, USD);
    List<Transfer> transfers = SettleUp.pairwise(expenses, settlements);

    assertThat(BalanceArbitraries.netsAfter(balances, transfers).values())
        .allSatisfy(net -> assertThat(net.isZero()).isTrue());
    Set<Set<UserId>> pairs = new HashSet<>();
    transfers.forEach(t -> assertThat(pairs.add(Set.of(t.from(), t.to()))).isTrue());
  }

  @Property(tries = 300)
  void onceTheSimplifiedPlanIsPaidNoPairOwesAnything(
      @ForAll("expenses") List<CostSharing> expenses,
      @ForAll("settlements") List<Transfer> settlements) {
    List<Transfer> paid = new ArrayList<>(settlements);
    paid.addAll(SettleUp.suggest(Balances.from(expenses, settlements, USD)));

    assertThat(SettleUp.pairwise(expenses, paid)).isEmpty();
  }

  @Test
  void circularDebtsCancelOut() {
    // Alice owes Bob 10, Bob owes Carol 10, Carol owes Alice 4: 4 goes round, 6 and 6 remain.
    List<CostSharing> expenses =
        List.of(
            paidBy(bob(), "10.00", alice()),
            paidBy(carol(), "10.00", bob()),
            paidBy(alice(), "4.00", carol()));

    assertThat(SettleUp.pairwise(expenses, List.of()))
        .containsExactlyInAnyOrder(
            new Transfer(alice(), bob(), usd("6.00")), new Transfer(bob(), carol(), usd("6.00")));
  }

  @Provide
  Arbitrary<Balances> upToTwenty() {
    return BalanceArbitraries.balances(2, 20);
  }

  @Provide
  Arbitrary<Balances> upToEight() {
    return BalanceArbitraries.balances(2, 8);
  }

  @Provide
  Arbitrary<List<CostSharing>> expenses() {
    return BalanceArbitraries.expenses();
  }

  @Provide
  Arbitrary<List<Transfer>> settlements() {
    return BalanceArbitraries.settlements();
  }

  /**
   * Brute force, independent of the production search: the first value joins every possible set of
   * the others that adds up to zero with it, and the rest is partitioned recursively.
   */
  private static int maxZeroSumGroups(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return 0;
    }
    List<BigDecimal> others = values.subList(1, values.size());
    int best = 0;
    for (int subset = 0; subset < 1 << others.size(); subset++) {
      BigDecimal sum = values.get(0);
      List<BigDecimal> rest = new ArrayList<>();
      for (int i = 0; i < others.size(); i++) {
        if ((subset >> i & 1) == 1) {
          sum = sum.add(others.get(i));
        } else {
          rest.add(others.get(i));
        }
      }
      if (sum.signum() == 0) {
        best = Math.max(best, 1 + maxZeroSumGroups(rest));
      }
    }
    return best;
  }

  private static int open(Balances balances) {
    return (int) balances.members().stream().filter(b -> !b.net().isZero()).count();
  }

  private static Balances nets(Map<UserId, String> nets) {
    Map<UserId, Money> amounts = new HashMap<>();
    nets.forEach((user, net) -> amounts.put(user, usd(net)));
    return BalanceArbitraries.withNets(amounts);
  }

  private static CostSharing paidBy(UserId payer, String amount, UserId forWhom) {
    return CostSharing.of(
        usd(amount), List.of(new Payer(payer, usd(amount))), Split.equalAmong(List.of(forWhom)));
  }
}
