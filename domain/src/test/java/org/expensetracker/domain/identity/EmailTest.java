package org.expensetracker.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.expensetracker.domain.shared.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

  @ParameterizedTest
  @ValueSource(strings = {"ada@example.com", " Ada@Example.COM ", "\tADA@EXAMPLE.com\n"})
  void isTrimmedAndLowerCased(String raw) {
    assertThat(new Email(raw).value()).isEqualTo("ada@example.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "first.last+tag@mail.example.co.uk",
        "o'brien@example.ie",
        "x@a-b.example",
        "1234567890@example.org"
      })
  void acceptsOrdinaryAddresses(String raw) {
    assertThat(new Email(raw).value()).isEqualTo(raw);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "plainaddress",
        "@example.com",
        "ada@",
        "ada@localhost",
        "ada@@example.com",
        "ada@exa mple.com",
        "ada.@example.com",
        ".ada@example.com",
        "a..da@example.com",
        "ada@-example.com",
        "ada@example.com\r\nBcc: victim@example.com",
        "\"quoted\"@example.com",
        "adä@example.com",
        "ada@exämple.com"
      })
  void refusesMalformedAddresses(String raw) {
    assertThatThrownBy(() -> new Email(raw))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("email"));
  }

  @org.junit.jupiter.api.Test
  void refusesNullOverlongAndLongLocalParts() {
    assertThatThrownBy(() -> new Email(null)).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> new Email("a".repeat(250) + "@example.com"))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> new Email("a".repeat(65) + "@example.com"))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> new Email("a".repeat(1_000_000))).isInstanceOf(InvalidInput.class);
  }

  @org.junit.jupiter.api.Test
  void reportsProblemsUnderTheFieldTheClientUsed() {
    assertThatThrownBy(() -> Email.of("nope", "username"))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("username"));
  }
}
