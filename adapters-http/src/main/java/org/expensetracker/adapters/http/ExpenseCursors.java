package org.expensetracker.adapters.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.expense.ExpensePosition;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Opaque, tamper-evident list cursors. A cursor carries where the last page ended and is bound to
 * the workspace and to the exact sort and filters of the list it came from, signed with HMAC-SHA256
 * under a server key: a changed byte, another list's cursor or a cursor made up by a client is
 * refused (400), and a cursor from another workspace is not found there (404).
 */
final class ExpenseCursors {
  private static final String VERSION = "c1";
  private static final int MAX_LENGTH = 512;
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final SecretKey key;

  ExpenseCursors(SecretKey key) {
    this.key = key;
  }

  /**
   * @param binding the canonical sort and filters of the list (see {@code ListParams#binding})
   */
  String encode(WorkspaceId workspace, String binding, ExpensePosition after) {
    String payload =
        String.join(
            "|",
            VERSION,
            workspace.toString(),
            B64.encodeToString(sha256(binding)),
            after.spentAt().toString(),
            Long.toString(after.amountMinor()),
            after.createdAt().getEpochSecond() + "." + after.createdAt().getNano() / 1000,
            after.id().toString());
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    return B64.encodeToString(bytes) + "." + B64.encodeToString(mac(bytes));
  }

  ExpensePosition decode(String cursor, WorkspaceId workspace, String binding) {
    if (cursor.length() > MAX_LENGTH) {
      throw invalid();
    }
    int dot = cursor.indexOf('.');
    if (dot < 0) {
      throw invalid();
    }
    byte[] payload;
    byte[] signature;
    try {
      payload = B64D.decode(cursor.substring(0, dot));
      signature = B64D.decode(cursor.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (!MessageDigest.isEqual(mac(payload), signature)) {
      throw invalid();
    }
    String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
    if (parts.length != 7 || !parts[0].equals(VERSION)) {
      throw invalid();
    }
    if (!parts[1].equals(workspace.toString())) {
      throw new NotFound("Cursor");
    }
    if (!MessageDigest.isEqual(B64D.decode(parts[2]), sha256(binding))) {
      throw new InvalidInput("cursor", "belongs to a list with other filters or another sort");
    }
    return parse(parts).orElseThrow(ExpenseCursors::invalid);
  }

  private static Optional<ExpensePosition> parse(String[] parts) {
    try {
      String[] instant = parts[5].split("\\.");
      return Optional.of(
          new ExpensePosition(
              LocalDate.parse(parts[3]),
              Long.parseLong(parts[4]),
              Instant.ofEpochSecond(Long.parseLong(instant[0]), Long.parseLong(instant[1]) * 1000),
              new ExpenseId(UUID.fromString(parts[6]))));
    } catch (RuntimeException e) {
      // Signed by us, so this means a format change; refuse rather than guess.
      return Optional.empty();
    }
  }

  private static InvalidInput invalid() {
    return new InvalidInput("cursor", "is not a cursor this server issued for this list");
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return Arrays.copyOf(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
