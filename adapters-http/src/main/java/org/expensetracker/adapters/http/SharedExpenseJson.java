package org.expensetracker.adapters.http;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.expensetracker.application.port.in.BalancesUseCase;
import org.expensetracker.application.port.in.SettleUpUseCase;
import org.expensetracker.domain.balance.Settlement;

/** The JSON shapes of balances, settle-up and settlements. Amounts are exact strings. */
final class SharedExpenseJson {
  private SharedExpenseJson() {}

  /** Every member's standing; the nets add up to exactly zero. */
  record BalancesResponse(String currency, List<BalanceLine> items) {
    static BalancesResponse of(BalancesUseCase.Sheet sheet) {
      return new BalancesResponse(
          sheet.currency().getCurrencyCode(),
          sheet.members().stream()
              .map(
                  b ->
                      new BalanceLine(
                          b.user().value(),
                          b.fullName(),
                          b.paid().toString(),
                          b.owed().toString(),
                          b.net().toString()))
              .toList());
    }
  }

  /** One member: positive {@code net} is owed to them, negative is owed by them. */
  record BalanceLine(UUID userId, String fullName, String paid, String owed, String net) {}

  /** The payments that settle everyone; {@code simplified} says which kind was asked for. */
  record SettleUpResponse(String currency, boolean simplified, List<TransferLine> transfers) {
    static SettleUpResponse of(SettleUpUseCase.Plan plan) {
      return new SettleUpResponse(
          plan.currency().getCurrencyCode(),
          plan.simplified(),
          plan.transfers().stream()
              .map(t -> new TransferLine(t.from().value(), t.to().value(), t.amount().toString()))
              .toList());
    }
  }

  /** One payment to make. */
  record TransferLine(UUID fromUserId, UUID toUserId, String amount) {}

  /** One recorded settlement. */
  record SettlementResponse(
      UUID id,
      UUID workspaceId,
      UUID fromUserId,
      UUID toUserId,
      String amount,
      String currency,
      String note,
      LocalDate settledAt,
      UUID recordedBy,
      Instant createdAt,
      String originalAmount,
      String originalCurrency,
      String exchangeRate,
      String rateSource,
      LocalDate rateDate) {
    static SettlementResponse of(Settlement s) {
      OriginalAmounts.ConversionJson c = OriginalAmounts.ConversionJson.of(s.conversion());
      return new SettlementResponse(
          s.id().value(),
          s.workspace().value(),
          s.from().value(),
          s.to().value(),
          s.amount().toString(),
          s.amount().currency().getCurrencyCode(),
          s.note(),
          s.settledAt(),
          s.recordedBy().value(),
          s.createdAt(),
          c.originalAmount(),
          c.originalCurrency(),
          c.exchangeRate(),
          c.rateSource(),
          c.rateDate());
    }
  }

  /** One page of settlements; {@code next_cursor} is null on the last page. */
  record SettlementPage(List<SettlementResponse> items, String nextCursor) {}
}
