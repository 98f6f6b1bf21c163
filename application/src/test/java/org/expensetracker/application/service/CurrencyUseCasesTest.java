package org.expensetracker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.expensetracker.application.port.in.CreateExpenseUseCase.CreateExpense;
import org.expensetracker.application.port.in.OriginalAmount;
import org.expensetracker.application.port.in.PatchExpenseUseCase.PatchExpense;
import org.expensetracker.application.port.in.RecordSettlementUseCase;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.port.in.SetExchangeRateUseCase;
import org.expensetracker.domain.balance.Settlement;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpensePatch;
import org.expensetracker.domain.expense.Part;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.RateSource;
import org.expensetracker.domain.shared.Forbidden;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.shared.RuleViolation;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

/** Expenses and settlements in another currency than the workspace's, on in-memory ports. */
class CurrencyUseCasesTest {
  private static final LocalDate DAY = SharedExpensesTestbed.DAY;
  private final SharedExpensesTestbed bed = new SharedExpensesTestbed();
  private final UserId ann = bed.person("Ann");
  private final UserId ben = bed.person("Ben");
  private final UserId vic = bed.person("Vic");

  private WorkspaceId workspace(String currency) {
    return bed.workspace(currency, ann, Map.of(ben, "member", vic, "viewer"));
  }

  private static OriginalAmount original(String amount, String currency, String rate) {
    return new OriginalAmount(
        Optional.ofNullable(amount).map(BigDecimal::new),
        Optional.ofNullable(currency).map(Currency::getInstance),
        Optional.ofNullable(rate).map(BigDecimal::new));
  }

  private Expense spend(WorkspaceId ws, UserId by, String amount, OriginalAmount original) {
    return bed.core
        .createExpense()
        .create(
            new CreateExpense(
                ws,
                by,
                amount == null ? null : new BigDecimal(amount),
                "Ramen",
                "Food",
                DAY,
                Optional.empty(),
                Optional.empty(),
                null,
                Optional.of(original)));
  }

  private void setRate(WorkspaceId ws, UserId by, String currency, String rate, LocalDate from) {
    bed.core
        .setExchangeRate()
        .set(
            new SetExchangeRateUseCase.Command(
                new Scope(ws, by), Currency.getInstance(currency), new BigDecimal(rate), from));
  }

  private static List<String> parts(Expense e) {
    return e.sharing().parts().stream().map(Part::amount).map(Object::toString).toList();
  }

  @Test
  void yenSpentInADollarWorkspaceIsConvertedWithTheClientsRateAndSplitInCents() {
    WorkspaceId usd = workspace("USD");

    Expense ramen = spend(usd, ann, null, original("1234", "JPY", "0.0067"));

    assertThat(ramen.amount().toString()).isEqualTo("8.27");
    assertThat(ramen.details().conversion().original().toString()).isEqualTo("1234");
    assertThat(ramen.details().conversion().rate().source()).isEqualTo(RateSource.CLIENT);
    assertThat(ramen.details().conversion().rate().date()).isEqualTo(DAY);
    assertThat(parts(ramen)).containsExactlyInAnyOrder("4.14", "4.13");
    // Ann paid 8.27 and owes one of the two parts (the odd cent goes to the smaller user id).
    Map<UserId, String> nets = bed.nets(usd, ann);
    assertThat(nets.get(ann)).isIn("4.13", "4.14");
    assertThat(new BigDecimal(nets.get(ann)).add(new BigDecimal(nets.get(ben)))).isZero();
    assertThat(bed.expenses.find(usd, ramen.id()).orElseThrow()).isEqualTo(ramen);
  }

  @Test
  void dollarsSpentInAYenWorkspaceRoundToWholeYenAndDinarsKeepFils() {
    WorkspaceId jpy = workspace("JPY");
    WorkspaceId kwd = workspace("KWD");

    Expense taxi = spend(jpy, ann, null, original("3.00", "USD", "149.5"));
    Expense tea = spend(kwd, ben, null, original("10.00", "USD", "0.30712"));

    assertThat(taxi.amount().toString()).isEqualTo("448"); // 448.5, a tie, half-even
    assertThat(parts(taxi)).containsExactlyInAnyOrder("224", "224");
    assertThat(tea.amount().toString()).isEqualTo("3.071");
    assertThat(parts(tea)).containsExactlyInAnyOrder("1.536", "1.535");
  }

  @Test
  void withoutAClientRateTheWorkspaceRateOnOrBeforeTheDayIsUsed() {
    WorkspaceId usd = workspace("USD");
    setRate(usd, ann, "JPY", "0.0065", DAY.minusDays(30));
    setRate(usd, ann, "JPY", "0.0067", DAY.minusDays(1));
    setRate(usd, ann, "JPY", "0.0070", DAY.plusDays(1));

    Expense ramen = spend(usd, ben, null, original("1000", "JPY", null));

    assertThat(ramen.amount().toString()).isEqualTo("6.70");
    assertThat(ramen.details().conversion().rate().source()).isEqualTo(RateSource.WORKSPACE);
    assertThat(ramen.details().conversion().rate().date()).isEqualTo(DAY.minusDays(1));
    assertThat(bed.reference.calls()).isZero();
  }

  @Test
  void withoutAWorkspaceRateTheReferenceRateIsFetchedOnceAndCached() {
    WorkspaceId usd = workspace("USD");
    bed.reference.publish("EUR", "USD", DAY.minusDays(2), "1.0842");

    Expense first = spend(usd, ann, null, original("10.00", "EUR", null));
    Expense second = spend(usd, ann, null, original("20.00", "EUR", null));

    assertThat(first.amount().toString()).isEqualTo("10.84");
    assertThat(second.amount().toString()).isEqualTo("21.68");
    assertThat(first.details().conversion().rate().source()).isEqualTo(RateSource.REFERENCE);
    assertThat(first.details().conversion().rate().date()).isEqualTo(DAY.minusDays(2));
    assertThat(bed.reference.calls()).isEqualTo(1);
  }

  @Test
  void noRateAnywhereIsA422NamingCurrencyAndDay() {
    WorkspaceId usd = workspace("USD");

    assertThatThrownBy(() -> spend(usd, ann, null, original("1000", "THB", null)))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("THB")
        .hasMessageContaining("USD")
        .hasMessageContaining(DAY.toString());
    assertThat(bed.expenses.inWorkspace(usd)).isEmpty();
  }

  @Test
  void aRateChangedLaterLeavesRecordedExpensesAsTheyWere() {
    WorkspaceId usd = workspace("USD");
    setRate(usd, ann, "JPY", "0.0067", DAY.minusDays(1));
    Expense ramen = spend(usd, ann, null, original("1000", "JPY", null));

    setRate(usd, ann, "JPY", "0.0100", DAY.minusDays(1));
    setRate(usd, ann, "JPY", "0.0200", DAY.minusDays(10));

    Expense read =
        bed.core
            .getExpense()
            .get(
                new org.expensetracker.application.port.in.GetExpenseUseCase.GetExpense(
                    usd, ann, ramen.id()));
    assertThat(read).isEqualTo(ramen);
    assertThat(read.amount().toString()).isEqualTo("6.70");
    // Editing another field keeps the rate too; a new original amount is converted with it.
    Expense renamed =
        patch(usd, ramen, ExpensePatch.none().withDescription("Udon"), Optional.empty());
    assertThat(renamed.amount().toString()).isEqualTo("6.70");
    Expense more =
        patch(usd, renamed, ExpensePatch.none(), Optional.of(original("3000", null, null)));
    assertThat(more.amount().toString()).isEqualTo("20.10");
    assertThat(more.details().conversion().rate().rateText()).isEqualTo("0.0067");
  }

  private Expense patch(
      WorkspaceId ws, Expense e, ExpensePatch patch, Optional<OriginalAmount> original) {
    return bed.core
        .patchExpense()
        .patch(new PatchExpense(ws, ann, e.id(), OptionalLong.of(e.version()), patch, original));
  }

  @Test
  void aPatchToAnotherCurrencyLooksUpANewRateAndAPlainExpenseCanBecomeAForeignOne() {
    WorkspaceId usd = workspace("USD");
    setRate(usd, ann, "KWD", "3.256", DAY);
    Expense dinner = bed.spend(usd, ann, "10.00");

    Expense dinars =
        patch(usd, dinner, ExpensePatch.none(), Optional.of(original("1.005", "KWD", null)));

    assertThat(dinars.amount().toString()).isEqualTo("3.27");
    assertThat(parts(dinars)).containsExactlyInAnyOrder("1.64", "1.63");
    assertThat(dinars.details().conversion().rate().source()).isEqualTo(RateSource.WORKSPACE);
  }

  @Test
  void amountAndOriginalTogetherMustAgree() {
    WorkspaceId usd = workspace("USD");

    Expense ok = spend(usd, ann, "8.27", original("1234", "JPY", "0.0067"));
    assertThat(ok.amount().toString()).isEqualTo("8.27");
    assertThatThrownBy(() -> spend(usd, ann, "8.28", original("1234", "JPY", "0.0067")))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("amount: must equal original_amount × exchange_rate = 8.27");
  }

  @Test
  void badOriginalsAreRefusedNamingTheField() {
    WorkspaceId usd = workspace("USD");

    assertThatThrownBy(() -> spend(usd, ann, null, original("1.5", "JPY", "0.0067")))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("original_amount");
    assertThatThrownBy(() -> spend(usd, ann, null, original("10", "USD", "1")))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("original_currency");
    assertThatThrownBy(() -> spend(usd, ann, null, original(null, "JPY", "0.0067")))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("original_amount");
    assertThatThrownBy(() -> spend(usd, ann, null, original("100", "JPY", "0")))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("exchange_rate");
  }

  @Test
  void viewersAndStrangersLearnNothingFromAForeignExpense() {
    WorkspaceId usd = workspace("USD");
    UserId stranger = bed.person("Sam");

    assertThatThrownBy(() -> spend(usd, vic, null, original("1000", "THB", null)))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> spend(usd, stranger, null, original("1000", "THB", null)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void onlyAdminsSetRatesAndEveryMemberReadsThem() {
    WorkspaceId usd = workspace("USD");
    setRate(usd, ann, "JPY", "0.0067", DAY);

    assertThatThrownBy(() -> setRate(usd, ben, "JPY", "0.0070", DAY)).isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> setRate(usd, ann, "USD", "1", DAY)).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> setRate(usd, ann, "JPY", "-1", DAY)).isInstanceOf(InvalidInput.class);
    assertThat(bed.core.listExchangeRates().list(new Scope(usd, vic)))
        .singleElement()
        .satisfies(r -> assertThat(r.rateText()).isEqualTo("0.0067"));
    assertThatThrownBy(() -> bed.core.listExchangeRates().list(new Scope(usd, bed.person("Sam"))))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void aSettlementPaidInAnotherCurrencyMovesBalancesByTheConvertedAmount() {
    WorkspaceId usd = workspace("USD");
    bed.spend(usd, ann, "20.00");

    Settlement paid =
        bed.core
            .recordSettlement()
            .record(
                new RecordSettlementUseCase.Command(
                    new Scope(usd, ben),
                    ben,
                    ann,
                    null,
                    null,
                    Optional.empty(),
                    Optional.of(original("1500", "JPY", "0.0066667"))));

    assertThat(paid.amount().toString()).isEqualTo("10.00"); // 10.00005 -> 10.00
    assertThat(paid.conversion().original().toString()).isEqualTo("1500");
    assertThat(bed.nets(usd, ann)).containsEntry(ann, "0.00").containsEntry(ben, "0.00");
  }
}
