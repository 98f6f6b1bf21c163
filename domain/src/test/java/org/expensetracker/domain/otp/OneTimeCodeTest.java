package org.expensetracker.domain.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.otp.OneTimeCode.Verdict;
import org.expensetracker.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class OneTimeCodeTest {
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  private static final Email ADA = new Email("ada@example.com");
  private final OtpDigest digest =
      new OtpDigest("otp key for tests, 32 bytes or more".getBytes(StandardCharsets.UTF_8));
  private final OtpCode code = OtpCode.parse("123456", "code");

  private OneTimeCode issued() {
    return OneTimeCode.issue(
        ADA, OtpPurpose.VERIFY_EMAIL, digest.hash(ADA, OtpPurpose.VERIFY_EMAIL, code), NOW);
  }

  @Test
  void randomCodesAreSixDigitsWithLeadingZerosKept() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String digits = OtpCode.random(random).digits();
      assertThat(digits).hasSize(6).containsOnlyDigits();
      seen.add(digits.substring(0, 1));
    }
    assertThat(seen).contains("0");
  }

  @Test
  void aTypedCodeMustBeExactlySixAsciiDigits() {
    for (String bad : new String[] {"12345", "1234567", "12a456", "١٢٣٤٥٦", " 123456", ""}) {
      assertThatThrownBy(() -> OtpCode.parse(bad, "code")).isInstanceOf(InvalidInput.class);
    }
    assertThatThrownBy(() -> OtpCode.parse(null, "code")).isInstanceOf(InvalidInput.class);
    assertThat(OtpCode.parse("000000", "code").digits()).isEqualTo("000000");
  }

  @Test
  void theRightCodeIsAcceptedAndAWrongOneIsNot() {
    assertThat(issued().check(code, digest, NOW)).isEqualTo(Verdict.ACCEPTED);
    assertThat(issued().check(OtpCode.parse("123457", "code"), digest, NOW))
        .isEqualTo(Verdict.WRONG);
  }

  @Test
  void theCodeLivesTenMinutes() {
    assertThat(issued().check(code, digest, NOW.plusSeconds(599))).isEqualTo(Verdict.ACCEPTED);
    assertThat(issued().check(code, digest, NOW.plusSeconds(600))).isEqualTo(Verdict.DEAD);
  }

  @Test
  void fiveWrongAttemptsKillTheCode() {
    OneTimeCode stored = issued();
    OneTimeCode fourWrong =
        OneTimeCode.restore(
            ADA, stored.purpose(), stored.codeHash(), NOW, stored.expiresAt(), 4, null);
    OneTimeCode fiveWrong =
        OneTimeCode.restore(
            ADA, stored.purpose(), stored.codeHash(), NOW, stored.expiresAt(), 5, null);

    assertThat(fourWrong.check(code, digest, NOW)).isEqualTo(Verdict.ACCEPTED);
    assertThat(fiveWrong.check(code, digest, NOW)).isEqualTo(Verdict.DEAD);
  }

  @Test
  void aUsedCodeIsDead() {
    OneTimeCode stored = issued();
    OneTimeCode used =
        OneTimeCode.restore(
            ADA, stored.purpose(), stored.codeHash(), NOW, stored.expiresAt(), 0, NOW);

    assertThat(used.check(code, digest, NOW)).isEqualTo(Verdict.DEAD);
  }

  @Test
  void theHashIsBoundToAddressAndPurpose() {
    byte[] forAda = digest.hash(ADA, OtpPurpose.VERIFY_EMAIL, code);

    assertThat(digest.matches(forAda, ADA, OtpPurpose.VERIFY_EMAIL, code)).isTrue();
    assertThat(digest.matches(forAda, ADA, OtpPurpose.PASSWORD_RESET, code)).isFalse();
    assertThat(digest.matches(forAda, new Email("eve@example.com"), OtpPurpose.VERIFY_EMAIL, code))
        .isFalse();
  }

  @Test
  void theHashDependsOnTheServerKeyAndIsNotTheCode() {
    OtpDigest other =
        new OtpDigest("another otp key of 32 bytes or more".getBytes(StandardCharsets.UTF_8));
    byte[] hash = digest.hash(ADA, OtpPurpose.VERIFY_EMAIL, code);

    assertThat(other.hash(ADA, OtpPurpose.VERIFY_EMAIL, code)).isNotEqualTo(hash);
    assertThat(new String(hash, StandardCharsets.ISO_8859_1)).doesNotContain("123456");
    assertThat(hash).hasSize(32);
    assertThatThrownBy(() -> new OtpDigest(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void codesNeverPrintThemselves() {
    assertThat(code.toString()).doesNotContain("123456");
    assertThat(issued().toString()).doesNotContain("123456");
  }
}
