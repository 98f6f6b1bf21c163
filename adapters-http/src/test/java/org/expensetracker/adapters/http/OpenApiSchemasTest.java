package org.expensetracker.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The documented JSON shapes against the records the adapter really writes and reads: the same
 * property names, as Jackson (snake_case, {@code @JsonProperty}) names them. A field added to a
 * response or request record without documentation fails here.
 */
class OpenApiSchemasTest {
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final JsonNode DOC =
      MAPPER.valueToTree(ApiDocsRoutes.document().document(ApiDocsRoutes.API_VERSION));

  @Test
  void everyResponseSchemaHasExactlyTheFieldsOfItsRecord() {
    Map<String, Class<?>> responses = new LinkedHashMap<>();
    responses.put("Expense", ExpenseJson.ExpenseResponse.class);
    responses.put("ExpensePage", ExpenseJson.PageResponse.class);
    responses.put("ExpenseSummary", ExpenseJson.SummaryResponse.class);
    responses.put("MoneyLine", ExpenseJson.MoneyLine.class);
    responses.put("Split", ExpenseJson.SplitJson.class);
    responses.put("User", IdentityRoutes.UserResponse.class);
    responses.put("Token", IdentityRoutes.TokenResponse.class);
    responses.put("Accepted", IdentityRoutes.AcceptedResponse.class);
    responses.put("Workspace", WorkspaceRoutes.WorkspaceResponse.class);
    responses.put("Member", WorkspaceRoutes.MemberResponse.class);
    responses.put("WorkspaceList", WorkspaceRoutes.Items.class);
    responses.put("Balances", SharedExpenseJson.BalancesResponse.class);
    responses.put("Balance", SharedExpenseJson.BalanceLine.class);
    responses.put("SettleUp", SharedExpenseJson.SettleUpResponse.class);
    responses.put("Transfer", SharedExpenseJson.TransferLine.class);
    responses.put("Settlement", SharedExpenseJson.SettlementResponse.class);
    responses.put("SettlementPage", SharedExpenseJson.SettlementPage.class);
    responses.put("AuditEntry", HistoryJson.EntryResponse.class);
    responses.put("FieldChangeLine", HistoryJson.ChangeLine.class);
    responses.put("ActivityPage", HistoryJson.ActivityPage.class);
    responses.put("AuditEntryList", HistoryJson.EntryList.class);
    responses.put("Change", HistoryJson.ChangeResponse.class);
    responses.put("ChangesPage", HistoryJson.ChangesPage.class);
    responses.put("ExchangeRate", ExchangeRateRoutes.RateResponse.class);
    responses.put("ExchangeRates", ExchangeRateRoutes.RatesResponse.class);
    responses.put("FieldProblem", Problem.FieldProblem.class);
    responses.put("Problem", Problem.class);
    responses.forEach(
        (schema, type) ->
            assertThat(documented(DOC.at("/components/schemas/" + schema)))
                .as(schema + " vs " + type.getSimpleName())
                .isEqualTo(written(type)));
    summaryLines();
  }

  private void summaryLines() {
    JsonNode summary = DOC.at("/components/schemas/ExpenseSummary/properties");
    assertThat(documented(summary.at("/by_category/items")))
        .isEqualTo(written(ExpenseJson.CategoryLine.class));
    assertThat(documented(summary.at("/by_member/items")))
        .isEqualTo(written(ExpenseJson.MemberLine.class));
    assertThat(documented(summary.at("/by_month/items")))
        .isEqualTo(written(ExpenseJson.MonthLine.class));
    assertThat(documented(summary.at("/by_original_currency/items")))
        .isEqualTo(written(ExpenseJson.CurrencyLine.class));
  }

  @Test
  void everyRecordReadFromABodyIsTheDocumentedRequestBody() {
    Map<String, Class<?>> requests = new LinkedHashMap<>();
    requests.put("/api/v1/auth/register", IdentityRoutes.RegisterRequest.class);
    requests.put("/api/v1/auth/verify-otp", IdentityRoutes.VerifyRequest.class);
    requests.put("/api/v1/auth/resend-otp", IdentityRoutes.EmailRequest.class);
    requests.put("/api/v1/auth/password-reset/request", IdentityRoutes.EmailRequest.class);
    requests.put("/api/v1/auth/password-reset/confirm", IdentityRoutes.ResetRequest.class);
    requests.put("/api/v1/users/me/password", IdentityRoutes.ChangePasswordRequest.class);
    requests.put("/api/v1/workspaces", WorkspaceRoutes.CreateRequest.class);
    requests.put(WorkspaceRoutes.MEMBERS, WorkspaceRoutes.AddMemberRequest.class);
    requests.put(
        WorkspaceRoutes.WORKSPACE + "/transfer-ownership", WorkspaceRoutes.TransferRequest.class);
    requests.forEach(
        (path, type) ->
            assertThat(documented(body(path, "post", "application/json")))
                .as("POST " + path + " vs " + type.getSimpleName())
                .isEqualTo(written(type)));
    assertThat(documented(body(ExpenseRoutes.BASE, "post", "application/json")))
        .isEqualTo(new TreeSet<>(ExpenseRequests.WRITABLE));
    for (String media : new String[] {"application/json", "application/merge-patch+json"}) {
      assertThat(documented(body(ExpenseRoutes.BASE + "/{expense_id}", "patch", media)))
          .as(media)
          .isEqualTo(new TreeSet<>(ExpenseRequests.WRITABLE));
    }
    assertThat(documented(body(ExchangeRateRoutes.BASE + "/{currency}", "put", "application/json")))
        .isEqualTo(new TreeSet<>(ExchangeRateRoutes.FIELDS));
    assertThat(
            documented(body(SharedExpenseRoutes.BASE + "/settlements", "post", "application/json")))
        .isEqualTo(new TreeSet<>(SharedExpenseRoutes.SETTLEMENT_FIELDS));
    assertThat(documented(body(OpenApi.LOGIN_PATH, "post", "application/json")))
        .isEqualTo(written(IdentityRoutes.LoginRequest.class));
    assertThat(documented(body("/api/v1/users/me", "patch", "application/json")))
        .isEqualTo(written(IdentityRoutes.UpdateMeRequest.class));
    assertThat(documented(body(WorkspaceRoutes.WORKSPACE, "patch", "application/json")))
        .isEqualTo(written(WorkspaceRoutes.UpdateRequest.class));
    assertThat(documented(body(WorkspaceRoutes.MEMBER, "patch", "application/json")))
        .isEqualTo(written(WorkspaceRoutes.ChangeRoleRequest.class));
  }

  @Test
  void requestBodiesRefuseUnknownFieldsAsTheApiDoes() {
    DOC.get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op ->
                            op.getValue()
                                .path("requestBody")
                                .path("content")
                                .properties()
                                .forEach(
                                    media ->
                                        assertThat(
                                                media
                                                    .getValue()
                                                    .at("/schema/additionalProperties")
                                                    .asBoolean(true))
                                            .as(
                                                op.getKey()
                                                    + " "
                                                    + path.getKey()
                                                    + " "
                                                    + media.getKey())
                                            .isFalse())));
  }

  private static JsonNode body(String path, String method, String mediaType) {
    return DOC.get("paths")
        .get(path)
        .get(method)
        .at("/requestBody/content/" + mediaType.replace("/", "~1") + "/schema");
  }

  private static Set<String> documented(JsonNode schema) {
    assertThat(schema.isMissingNode()).as("schema present").isFalse();
    Set<String> names = new TreeSet<>();
    schema.get("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Set<String> written(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (BeanPropertyDefinition p :
        MAPPER.getSerializationConfig().introspect(MAPPER.constructType(type)).findProperties()) {
      names.add(p.getName());
    }
    return names;
  }
}
