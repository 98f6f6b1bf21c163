package org.expensetracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.expensetracker.application.port.out.AuditTrail;
import org.expensetracker.application.port.out.AuditTrail.FeedItem;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.domain.history.ActivityFilter;
import org.expensetracker.domain.history.AuditAction;
import org.expensetracker.domain.history.AuditEntry;
import org.expensetracker.domain.history.EntityType;
import org.expensetracker.domain.history.FieldChange;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AuditTrail} must do, in memory and on PostgreSQL alike. */
public abstract class AuditTrailContract {
  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  protected abstract AuditTrail audit();

  protected abstract Transactions transactions();

  protected abstract WorkspaceId newWorkspace(Currency currency);

  protected abstract UserId newUser(String fullName);

  private WorkspaceId ws;
  private UserId ann;
  private UserId ben;

  @BeforeEach
  void people() {
    ws = newWorkspace(Currency.getInstance("EUR"));
    ann = newUser("Ann");
    ben = newUser("Ben");
  }

  private <T> T tx(Supplier<T> work) {
    return transactions().inTransaction(work);
  }

  private AuditEntry recorded(
      UserId actor, EntityType entity, UUID id, Instant at, FieldChange... changes) {
    AuditEntry e =
        new AuditEntry(
            UUID.randomUUID(), ws, actor, AuditAction.UPDATED, entity, id, at, List.of(changes));
    tx(
        () -> {
          audit().record(e);
          return null;
        });
    return e;
  }

  @Test
  void entriesReadBackNewestFirstWithNullsAndFiltersAndPages() {
    UUID expense = UUID.randomUUID();
    AuditEntry first =
        recorded(ann, EntityType.EXPENSE, expense, T0, new FieldChange("notes", null, "hi"));
    AuditEntry second =
        recorded(
            ben,
            EntityType.SETTLEMENT,
            UUID.randomUUID(),
            T0.plusSeconds(86_400),
            new FieldChange("note", "a", null));
    AuditEntry third =
        recorded(
            ann,
            EntityType.EXPENSE,
            expense,
            T0.plusSeconds(90_000),
            new FieldChange("amount", "1.00", "2.00"));

    assertThat(tx(() -> audit().list(ws, ActivityFilter.all(), Optional.empty(), 10)))
        .containsExactly(third, second, first);
    assertThat(tx(() -> audit().list(ws, ActivityFilter.all(), Optional.of(third.id()), 1)))
        .containsExactly(second);
    assertThat(
            tx(
                () ->
                    audit()
                        .list(
                            ws,
                            ActivityFilter.of(EntityType.EXPENSE, expense),
                            Optional.empty(),
                            10)))
        .containsExactly(third, first);
    ActivityFilter byBen =
        new ActivityFilter(
            Optional.empty(),
            Optional.empty(),
            Optional.of(ben),
            Optional.empty(),
            Optional.empty());
    assertThat(tx(() -> audit().list(ws, byBen, Optional.empty(), 10))).containsExactly(second);
    LocalDate day2 = LocalDate.of(2026, 11, 21);
    ActivityFilter onDay2 =
        new ActivityFilter(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(day2),
            Optional.of(day2));
    assertThat(tx(() -> audit().list(ws, onDay2, Optional.empty(), 10)))
        .containsExactly(third, second);
    assertThat(tx(() -> audit().contains(ws, first.id()))).isTrue();
    WorkspaceId other = newWorkspace(Currency.getInstance("EUR"));
    assertThat(tx(() -> audit().contains(other, first.id()))).isFalse();
    assertThat(tx(() -> audit().list(other, ActivityFilter.all(), Optional.empty(), 10))).isEmpty();
  }

  @Test
  void theFeedHandsOutEveryEntryOnceInOrderAndContinuesFromAPosition() {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      UUID id = UUID.randomUUID();
      ids.add(id);
      recorded(ann, EntityType.EXPENSE, id, T0, new FieldChange("amount", null, i + ".00"));
    }
    List<FeedItem> firstTwo = tx(() -> audit().feed(ws, Optional.empty(), 2));
    List<FeedItem> rest = tx(() -> audit().feed(ws, Optional.of(firstTwo.get(1).position()), 10));

    List<UUID> seen = new ArrayList<>();
    firstTwo.forEach(i -> seen.add(i.entityId()));
    rest.forEach(i -> seen.add(i.entityId()));
    assertThat(seen).containsExactlyElementsOf(ids);
    assertThat(tx(() -> audit().feed(ws, Optional.of(rest.get(rest.size() - 1).position()), 10)))
        .isEmpty();
    WorkspaceId other = newWorkspace(Currency.getInstance("EUR"));
    assertThat(tx(() -> audit().feed(other, Optional.empty(), 10))).isEmpty();
  }
}
