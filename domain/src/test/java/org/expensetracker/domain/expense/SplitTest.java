package org.expensetracker.domain.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.domain.testing.Errors.invalidFields;
import static org.expensetracker.domain.testing.Errors.messageOf;
import static org.expensetracker.domain.testing.MoneyFixtures.jpy;
import static org.expensetracker.domain.testing.MoneyFixtures.kwd;
import static org.expensetracker.domain.testing.MoneyFixtures.usd;
import static org.expensetracker.domain.testing.Users.alice;
import static org.expensetracker.domain.testing.Users.bob;
import static org.expensetracker.domain.testing.Users.carol;
import static org.expensetracker.domain.testing.Users.dave;

import java.math.BigDecimal;
import java.util.List;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.junit.jupiter.api.Test;

class SplitTest {

  @Test
  void tenDollarsSplitThreeWaysGivesTheOddCentToTheSmallestUserId() {
    Split split = Split.equalAmong(List.of(carol(), alice(), bob()));

    assertThat(split.partsOf(usd("10.00")))
        .containsExactly(
            new Part(alice(), usd("3.34")),
            new Part(bob(), usd("3.33")),
            new Part(carol(), usd("3.33")));
  }

  @Test
  void leftoverCentsGoToLargestRemaindersThenByUserId() {
    // 0.10 by weights 2:3:1 -> 3.33, 5.00, 1.67 cents: carol's .67 is the largest remainder.
    Split split =
        new Split(
            SplitMode.SHARES, List.of(share(alice(), "2"), share(bob(), "3"), share(carol(), "1")));

    assertThat(split.partsOf(usd("0.10")))
        .containsExactly(
            new Part(alice(), usd("0.03")),
            new Part(bob(), usd("0.05")),
            new Part(carol(), usd("0.02")));
  }

  @Test
  void threeFriendsShareADinnerEqually() {
    assertThat(Split.equalAmong(List.of(alice(), bob(), carol())).partsOf(usd("86.40")))
        .extracting(Part::amount)
        .containsExactly(usd("28.80"), usd("28.80"), usd("28.80"));
  }

  @Test
  void aTripCabinIsSharedByHeadcountWeights() {
    // Alice comes as a couple (2), Bob alone (1), Carol with two children (3).
    Split split =
        new Split(
            SplitMode.SHARES, List.of(share(alice(), "2"), share(bob(), "1"), share(carol(), "3")));

    assertThat(split.partsOf(usd("1000.00")))
        .containsExactly(
            new Part(alice(), usd("333.33")),
            new Part(bob(), usd("166.67")),
            new Part(carol(), usd("500.00")));
  }

  @Test
  void yenSplitsInWholeYen() {
    assertThat(Split.equalAmong(List.of(alice(), bob(), carol())).partsOf(jpy("1000")))
        .extracting(Part::amount)
        .containsExactly(jpy("334"), jpy("333"), jpy("333"));
  }

  @Test
  void kuwaitiDinarSplitsInFils() {
    assertThat(Split.equalAmong(List.of(alice(), bob(), carol())).partsOf(kwd("10.000")))
        .extracting(Part::amount)
        .containsExactly(kwd("3.334"), kwd("3.333"), kwd("3.333"));
  }

  @Test
  void percentagesWithTwoDecimalsAddingToAHundredSplitExactly() {
    Split split =
        new Split(
            SplitMode.PERCENT,
            List.of(share(alice(), "33.33"), share(bob(), "33.33"), share(carol(), "33.34")));

    assertThat(split.partsOf(usd("100.00")))
        .extracting(Part::amount)
        .containsExactly(usd("33.33"), usd("33.33"), usd("33.34"));
    assertThat(split.partsOf(usd("10.00")))
        .extracting(Part::amount)
        .containsExactly(usd("3.33"), usd("3.33"), usd("3.34"));
  }

  @Test
  void sharesOneTwoThreeGiveOneSixthTwoSixthsThreeSixths() {
    Split split =
        new Split(
            SplitMode.SHARES, List.of(share(alice(), "1"), share(bob(), "2"), share(carol(), "3")));

    assertThat(split.partsOf(usd("60.00")))
        .extracting(Part::amount)
        .containsExactly(usd("10.00"), usd("20.00"), usd("30.00"));
  }

  @Test
  void exactAmountsAreTakenAsGiven() {
    Split split = new Split(SplitMode.EXACT, List.of(share(bob(), "7.5"), share(alice(), "2.50")));

    assertThat(split.partsOf(usd("10.00")))
        .containsExactly(new Part(alice(), usd("2.50")), new Part(bob(), usd("7.50")));
  }

  @Test
  void aSingleCentSplitThreeWaysLeavesTwoParticipantsAtZero() {
    assertThat(Split.equalAmong(List.of(alice(), bob(), carol())).partsOf(usd("0.01")))
        .extracting(Part::amount)
        .containsExactly(usd("0.01"), usd("0.00"), usd("0.00"));
  }

  @Test
  void anEmptyListOfParticipantsIsRefused() {
    for (SplitMode mode : SplitMode.values()) {
      assertThat(invalidFields(() -> new Split(mode, List.of()).partsOf(usd("10.00"))))
          .containsExactly("split.shares");
    }
  }

  @Test
  void aParticipantListedTwiceIsRefusedAtTheSecondMention() {
    Split split =
        new Split(SplitMode.EQUAL, List.of(Share.of(alice()), Share.of(bob()), Share.of(alice())));

    assertThat(invalidFields(() -> split.partsOf(usd("10.00"))))
        .containsExactly("split.shares[2].user_id");
  }

  @Test
  void weightsMustBePositiveWholeNumbers() {
    Split split =
        new Split(
            SplitMode.SHARES,
            List.of(
                share(alice(), "0"),
                share(bob(), "-1"),
                share(carol(), "1.5"),
                share(dave(), "2.0")));

    assertThat(invalidFields(() -> split.partsOf(usd("10.00"))))
        .containsExactly(
            "split.shares[0].weight", "split.shares[1].weight", "split.shares[2].weight");
    assertThat(messageOf(() -> split.partsOf(usd("10.00")), "split.shares[2].weight"))
        .isEqualTo("must be a whole number");
  }

  @Test
  void absurdlyLargeWeightsAreRefusedWithoutBeingExpanded() {
    Split split =
        new Split(SplitMode.SHARES, List.of(new Share(alice(), new BigDecimal("1E+999999999"))));

    assertThat(invalidFields(() -> split.partsOf(usd("10.00"))))
        .containsExactly("split.shares[0].weight");
  }

  @Test
  void percentagesMustAddUpToExactlyAHundred() {
    Split split =
        new Split(SplitMode.PERCENT, List.of(share(alice(), "33.33"), share(bob(), "66.66")));

    assertThat(invalidFields(() -> split.partsOf(usd("10.00")))).containsExactly("split.shares");
    assertThat(messageOf(() -> split.partsOf(usd("10.00")), "split.shares")).contains("99.99");
  }

  @Test
  void percentagesHaveAtMostTwoDecimals() {
    Split split =
        new Split(
            SplitMode.PERCENT,
            List.of(share(alice(), "33.333"), share(bob(), "33.333"), share(carol(), "33.334")));

    assertThat(invalidFields(() -> split.partsOf(usd("10.00"))))
        .containsExactly(
            "split.shares[0].percent", "split.shares[1].percent", "split.shares[2].percent");
  }

  @Test
  void exactAmountsMustAddUpToTheExpenseAmountAtTheCurrencyScale() {
    Split notAddingUp =
        new Split(SplitMode.EXACT, List.of(share(alice(), "2.50"), share(bob(), "7.49")));
    Split tooPrecise =
        new Split(SplitMode.EXACT, List.of(share(alice(), "2.505"), share(bob(), "7.495")));

    assertThat(invalidFields(() -> notAddingUp.partsOf(usd("10.00"))))
        .containsExactly("split.shares");
    assertThat(invalidFields(() -> tooPrecise.partsOf(usd("10.00"))))
        .containsExactly("split.shares[0].amount", "split.shares[1].amount");
  }

  @Test
  void everyNonEqualModeRequiresAValuePerParticipant() {
    Split split = new Split(SplitMode.PERCENT, List.of(share(alice(), "100"), Share.of(bob())));

    assertThat(invalidFields(() -> split.partsOf(usd("10.00"))))
        .containsExactly("split.shares[1].percent");
  }

  @Test
  void anEqualSplitWithValuesIsTakenAsTheWrongMode() {
    Split split = new Split(SplitMode.EQUAL, List.of(share(alice(), "50"), share(bob(), "50")));

    assertThat(invalidFields(() -> split.partsOf(usd("10.00")))).containsExactly("split.mode");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Split split =
        new Split(
            SplitMode.EXACT,
            List.of(share(alice(), "-1"), share(bob(), "2"), share(alice(), "0.001")));

    assertThat(invalidFields(() -> split.partsOf(usd("10.00"))))
        .containsExactlyInAnyOrder(
            "split.shares[2].user_id", "split.shares[0].amount", "split.shares[2].amount");
  }

  @Test
  void modeIsReadFromItsWireNameAndDefaultsToEqual() {
    assertThat(SplitMode.parse(null)).isEqualTo(SplitMode.EQUAL);
    assertThat(SplitMode.parse("percent")).isEqualTo(SplitMode.PERCENT);
    assertThat(invalidFields(() -> SplitMode.parse("PERCENT"))).containsExactly("split.mode");
    assertThat(invalidFields(() -> SplitMode.parse("thirds"))).containsExactly("split.mode");
  }

  @Test
  void nothingIsSplitOfAZeroAmount() {
    assertThat(invalidFields(() -> Split.equalAmong(List.of(alice())).partsOf(usd("0.00"))))
        .containsExactly("amount");
  }

  static Share share(UserId user, String value) {
    return new Share(user, new BigDecimal(value));
  }

  static Money total(List<Part> parts) {
    return parts.stream().map(Part::amount).reduce(Money::plus).orElseThrow();
  }
}
