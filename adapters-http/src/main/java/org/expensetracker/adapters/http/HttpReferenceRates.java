package org.expensetracker.adapters.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Optional;
import org.expensetracker.application.port.out.ReferenceRates;
import org.expensetracker.domain.money.ExchangeRate;
import org.expensetracker.domain.money.RateSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ReferenceRates} from an HTTP service answering like the Frankfurter API (the ECB's daily
 * reference rates): {@code GET {base}/{YYYY-MM-DD}?from=JPY&to=USD} returns {@code {"amount": 1,
 * "base": "JPY", "date": "2026-11-20", "rates": {"USD": 0.0067}}}, the date being that of the last
 * publication on or before the day asked.
 *
 * <p>Rates are read as exact decimals straight from the JSON text, never through a double. Any
 * failure (timeout, status other than 200, a body that is not such an answer) is logged and reads
 * as "no rate", so the client gets the 422 that tells them to give one.
 */
public final class HttpReferenceRates implements ReferenceRates {
  private static final Logger log = LoggerFactory.getLogger(HttpReferenceRates.class);
  private static final int MAX_BODY = 64 * 1024;

  private final URI base;
  private final Duration timeout;
  private final HttpClient http;
  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /**
   * @param base the service's root, e.g. {@code https://api.frankfurter.app}
   * @param timeout for connecting and for the whole answer (a rate lookup holds up a request)
   */
  public HttpReferenceRates(URI base, Duration timeout) {
    String text = base.toString();
    this.base = URI.create(text.endsWith("/") ? text : text + "/");
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  @Override
  public Optional<ExchangeRate> find(Currency from, Currency to, LocalDate day) {
    URI uri = base.resolve(day + "?from=" + from.getCurrencyCode() + "&to=" + to.getCurrencyCode());
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(uri)
                  .timeout(timeout)
                  .header("Accept", "application/json")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        // 404 or 422: the provider has no rate for the pair or day, which is not a fault.
        log.info(
            "No reference rate {}->{} on {}: HTTP {}",
            from.getCurrencyCode(),
            to.getCurrencyCode(),
            day,
            response.statusCode());
        return Optional.empty();
      }
      if (response.body().length > MAX_BODY) {
        log.warn("Reference rate answer from {} is too large", base.getHost());
        return Optional.empty();
      }
      return read(json.readTree(response.body()), from, to, day);
    } catch (IOException e) {
      log.warn(
          "Reference rates from {} unavailable: {}", base.getHost(), e.getClass().getSimpleName());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * The rate in the answer, if it is one for this pair, this or an earlier day, and exact enough.
   */
  private Optional<ExchangeRate> read(JsonNode body, Currency from, Currency to, LocalDate day) {
    JsonNode rate = body.path("rates").path(to.getCurrencyCode());
    JsonNode amount = body.path("amount");
    if (!from.getCurrencyCode().equals(body.path("base").asText())
        || !rate.isNumber()
        || (amount.isNumber() && amount.decimalValue().compareTo(BigDecimal.ONE) != 0)) {
      log.warn("Reference rate answer from {} is not a {}->{} rate", base.getHost(), from, to);
      return Optional.empty();
    }
    LocalDate published;
    try {
      published = LocalDate.parse(body.path("date").asText());
    } catch (DateTimeParseException e) {
      log.warn("Reference rate answer from {} has no valid date", base.getHost());
      return Optional.empty();
    }
    BigDecimal value = rate.decimalValue();
    if (published.isAfter(day)
        || value.signum() <= 0
        || value.compareTo(ExchangeRate.MAX_RATE) > 0
        || value.stripTrailingZeros().scale() > ExchangeRate.MAX_SCALE) {
      log.warn(
          "Reference rate answer from {} is out of range: {} on {}",
          base.getHost(),
          value,
          published);
      return Optional.empty();
    }
    return Optional.of(new ExchangeRate(from, to, value, published, RateSource.REFERENCE));
  }
}
