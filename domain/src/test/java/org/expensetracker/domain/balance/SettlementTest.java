package org.expensetracker.domain.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.FieldError;
import org.expensetracker.domain.shared.Forbidden;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class SettlementTest {
  static final WorkspaceId WS = new WorkspaceId(UUID.randomUUID());
  static final UserId ANN = new UserId(UUID.randomUUID());
  static final UserId BEN = new UserId(UUID.randomUUID());
  static final UserId CAT = new UserId(UUID.randomUUID());
  static final LocalDate DAY = LocalDate.of(2026, 11, 30);
  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  static Membership as(UserId user, Role role) {
    return new Membership(WS, user, role, Currency.getInstance("USD"));
  }

  static Settlement record(Membership by, UserId from, UserId to, String amount) {
    return Settlement.record(
        new SettlementId(UUID.randomUUID()),
        by,
        from,
        to,
        new BigDecimal(amount),
        " cash ",
        DAY,
        NOW);
  }

  @Test
  void aMemberRecordsASettlementTheyTakePartInButNotOneBetweenOthers() {
    Settlement s = record(as(ANN, Role.MEMBER), ANN, BEN, "12.5");
    assertThat(s.amount().toString()).isEqualTo("12.50");
    assertThat(s.note()).isEqualTo("cash");
    assertThat(s.recordedBy()).isEqualTo(ANN);
    assertThatCode(() -> record(as(BEN, Role.MEMBER), ANN, BEN, "1")).doesNotThrowAnyException();
    assertThatThrownBy(() -> record(as(CAT, Role.MEMBER), ANN, BEN, "1"))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void adminsRecordAnySettlementAndViewersNone() {
    assertThatCode(() -> record(as(CAT, Role.ADMIN), ANN, BEN, "1")).doesNotThrowAnyException();
    assertThatCode(() -> record(as(CAT, Role.OWNER), ANN, BEN, "1")).doesNotThrowAnyException();
    assertThatThrownBy(() -> record(as(ANN, Role.VIEWER), ANN, BEN, "1"))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void theRoleIsCheckedBeforeTheValuesSoAViewerLearnsNothing() {
    assertThatThrownBy(() -> record(as(ANN, Role.VIEWER), ANN, ANN, "-1"))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void badValuesAreAllNamedAndNeverRounded() {
    assertThatThrownBy(() -> record(as(ANN, Role.ADMIN), ANN, ANN, "0.001"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("amount", "to_user_id"));
  }

  @Test
  void onlyPartiesAndAdminsDeleteASettlement() {
    Settlement s = record(as(CAT, Role.ADMIN), ANN, BEN, "3");
    assertThatCode(() -> s.requireDeletableBy(as(BEN, Role.MEMBER))).doesNotThrowAnyException();
    assertThatCode(() -> s.requireDeletableBy(as(CAT, Role.ADMIN))).doesNotThrowAnyException();
    assertThatThrownBy(() -> s.requireDeletableBy(as(CAT, Role.MEMBER)))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> s.requireDeletableBy(as(ANN, Role.VIEWER)))
        .isInstanceOf(Forbidden.class);
  }
}
