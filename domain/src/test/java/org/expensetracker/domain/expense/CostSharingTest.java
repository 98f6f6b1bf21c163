package org.expensetracker.domain.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expensetracker.domain.expense.SplitTest.share;
import static org.expensetracker.domain.testing.Errors.invalidFields;
import static org.expensetracker.domain.testing.Errors.messageOf;
import static org.expensetracker.domain.testing.MoneyFixtures.usd;
import static org.expensetracker.domain.testing.Users.alice;
import static org.expensetracker.domain.testing.Users.bob;
import static org.expensetracker.domain.testing.Users.carol;

import java.util.List;
import org.junit.jupiter.api.Test;

class CostSharingTest {
  private static final Split EVERYONE = Split.equalAmong(List.of(alice(), bob(), carol()));

  @Test
  void oneMemberCanPayForEveryone() {
    CostSharing dinner =
        CostSharing.of(usd("90.00"), List.of(new Payer(alice(), usd("90.00"))), EVERYONE);

    assertThat(dinner.payers()).containsExactly(new Payer(alice(), usd("90.00")));
    assertThat(dinner.parts()).extracting(Part::amount).containsOnly(usd("30.00"));
  }

  @Test
  void severalPayersAreSortedByUser() {
    CostSharing shared =
        CostSharing.of(
            usd("90.00"),
            List.of(new Payer(carol(), usd("50.00")), new Payer(alice(), usd("40.00"))),
            EVERYONE);

    assertThat(shared.payers()).extracting(Payer::user).containsExactly(alice(), carol());
  }

  @Test
  void payersMustAddUpExactlyToTheAmount() {
    List<Payer> payers = List.of(new Payer(alice(), usd("40.00")), new Payer(bob(), usd("49.99")));

    assertThat(invalidFields(() -> CostSharing.of(usd("90.00"), payers, EVERYONE)))
        .containsExactly("payers");
    assertThat(messageOf(() -> CostSharing.of(usd("90.00"), payers, EVERYONE), "payers"))
        .isEqualTo("must add up to the expense amount 90.00 (they add up to 89.99)");
  }

  @Test
  void aPayerListedTwiceOrPayingNothingIsRefused() {
    List<Payer> payers =
        List.of(
            new Payer(alice(), usd("90.00")),
            new Payer(bob(), usd("0.00")),
            new Payer(alice(), usd("0.00")));

    assertThat(invalidFields(() -> CostSharing.of(usd("90.00"), payers, EVERYONE)))
        .containsExactly("payers[1].amount", "payers[2].user_id", "payers[2].amount");
  }

  @Test
  void anExpenseNeedsAPayer() {
    assertThat(invalidFields(() -> CostSharing.of(usd("90.00"), List.of(), EVERYONE)))
        .containsExactly("payers");
  }

  @Test
  void payerAndSplitProblemsAreReportedTogether() {
    Split badPercent =
        new Split(SplitMode.PERCENT, List.of(share(alice(), "50"), share(bob(), "49")));

    assertThat(
            invalidFields(
                () ->
                    CostSharing.of(
                        usd("90.00"), List.of(new Payer(alice(), usd("9.00"))), badPercent)))
        .containsExactly("payers", "split.shares");
  }

  @Test
  void rebuildingFromStorageRechecksThatPayersAndPartsAddUp() {
    List<Payer> payers = List.of(new Payer(alice(), usd("10.00")));

    assertThatThrownBy(
            () -> new CostSharing(usd("10.00"), payers, List.of(new Part(alice(), usd("9.99")))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new CostSharing(
                    usd("10.00"),
                    payers,
                    List.of(new Part(bob(), usd("5.00")), new Part(bob(), usd("5.00")))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new CostSharing(
                    usd("10.00"),
                    payers,
                    List.of(new Part(bob(), usd("5.00")), new Part(alice(), usd("5.00"))))
                .parts())
        .extracting(Part::user)
        .containsExactly(alice(), bob());
  }
}
