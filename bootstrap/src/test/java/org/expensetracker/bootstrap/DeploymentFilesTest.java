package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of the {@code Dockerfile} and {@code compose.yaml} without a container
 * engine: they copy the jar the build makes, expose the configured port, probe a health route that
 * exists, and hand the server a {@code DATABASE_URL} it accepts.
 */
@PostgresTest
class DeploymentFilesTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static String read(String file) throws IOException {
    return Files.readString(ROOT.resolve(file));
  }

  private static String group(String text, String regex) {
    Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
    assertThat(m.find()).as("expected a match for " + regex).isTrue();
    return m.group(1);
  }

  @Test
  void dockerfileCopiesTheJarTheShadePluginBuilds() throws IOException {
    String finalName = group(read("bootstrap/pom.xml"), "<finalName>([^<]+)</finalName>");
    String copied =
        group(
            read("Dockerfile"), "^COPY --from=build /src/(\\S+\\.jar) /app/expense-tracker\\.jar");
    assertThat(copied).isEqualTo("bootstrap/target/" + finalName + ".jar");
    // The build stage works in /src on the whole tree, with the README's package command.
    assertThat(read("Dockerfile"))
        .contains("WORKDIR /src\nCOPY . .\nRUN mvn -B -q -DskipTests package");
    assertThat(read(".dockerignore")).contains("**/target/", "data/", ".env");
  }

  @Test
  void dockerfileRunsAsAnUnprivilegedUserOnAllInterfacesOfTheDefaultPort() throws IOException {
    String dockerfile = read("Dockerfile");
    Config defaults = Config.from(Map.of());
    String user = group(dockerfile, "^USER (\\S+)$");
    assertThat(user).isNotIn("root", "0");
    assertThat(Integer.parseInt(user)).isPositive();
    assertThat(group(dockerfile, "^EXPOSE (\\d+)$")).isEqualTo(String.valueOf(defaults.port()));
    assertThat(group(dockerfile, "PORT=(\\d+)")).isEqualTo(String.valueOf(defaults.port()));
    assertThat(group(dockerfile, "HOST=(\\S+)")).isEqualTo("0.0.0.0");
    assertThat(group(dockerfile, "^FROM (\\S+)$")).contains("jre");
    assertThat(group(dockerfile, "ENTRYPOINT \\[(.*)\\]"))
        .isEqualTo("\"java\", \"-XX:MaxRAMPercentage=75\", \"-jar\", \"/app/expense-tracker.jar\"");
  }

  @Test
  void healthcheckProbesTheReadinessRouteOnTheDefaultPort() throws IOException {
    String probe = group(read("Dockerfile"), "CMD curl -fsS http://127\\.0\\.0\\.1:(\\d+/\\S+)");
    assertThat(probe).isEqualTo(Config.from(Map.of()).port() + "/health/ready");
    try (ApiClient api = ApiClient.start()) {
      ApiClient.Response ready = api.get("/" + probe.substring(probe.indexOf('/') + 1), null);
      assertThat(ready.status()).isEqualTo(200);
      assertThat(ready.json().get("status").asText()).isEqualTo("ready");
    }
  }

  @Test
  void composeGivesTheServerAnAsyncpgDatabaseUrlItAccepts() throws IOException {
    String compose = read("compose.yaml");
    String raw = group(compose, "^\\s+DATABASE_URL: (\\S+)$");
    assertThat(raw).startsWith("postgresql+asyncpg://");
    DatabaseUrl url = DatabaseUrl.parse(withComposeDefaults(raw));
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/expenses");
    assertThat(url.username()).isEqualTo("expenses");
    assertThat(url.password()).isEqualTo("expenses");
    // The database the URL names is the one the postgres service creates.
    assertThat(group(compose, "^\\s+POSTGRES_DB: (\\S+)$")).isEqualTo("expenses");
    assertThat(group(compose, "^\\s+POSTGRES_USER: (\\S+)$")).isEqualTo("expenses");
  }

  @Test
  void composeRunsPostgres17OnAVolumeAndTakesTheSecretFromTheEnvironment() throws IOException {
    String compose = read("compose.yaml");
    assertThat(group(compose, "^\\s+image: (\\S+)$")).isEqualTo("postgres:17");
    assertThat(group(compose, "^\\s+- (\\w+):/var/lib/postgresql/data$")).isEqualTo("pgdata");
    assertThat(compose).containsPattern("(?m)^volumes:\\n  pgdata:");
    assertThat(group(compose, "^\\s+SECRET_KEY: (.+)$")).startsWith("${SECRET_KEY:?");
    int port = Config.from(Map.of()).port();
    assertThat(group(compose, "^\\s+- \"(\\d+:\\d+)\"$")).isEqualTo(port + ":" + port);
    assertThat(group(compose, "^\\s+HOST: (\\S+)$")).isEqualTo("0.0.0.0");
  }

  @Test
  void composeWithoutAMailServerRefusesToStartRatherThanLogCodesUnlessOtpLogIsSet()
      throws IOException {
    Map<String, String> env = new HashMap<>();
    Matcher line =
        Pattern.compile("(?m)^      ([A-Z_]+): (.+)$")
            .matcher(read("compose.yaml").split("\n  api:\n", 2)[1]);
    while (line.find()) {
      env.put(line.group(1), line.group(2).replaceAll("^\"(.*)\"$", "$1")); // YAML quotes
    }
    env.put("SECRET_KEY", "x".repeat(32)); // compose demands it (${SECRET_KEY:?...})
    env.replaceAll((name, value) -> withComposeDefaults(value));

    assertThat(env).containsKeys("SMTP_HOST", "SMTP_USERNAME", "SMTP_PASSWORD", "OTP_LOG");
    assertThatThrownBy(() -> Config.from(env).codeDelivery())
        .isInstanceOf(StartupFailure.class)
        .hasMessageContaining("SMTP_HOST");
    env.put("OTP_LOG", "true");
    assertThat(Config.from(env).codeDelivery()).isEqualTo(Config.CodeDelivery.LOG);
    env.put("SMTP_HOST", "smtp.example");
    assertThat(Config.from(env).codeDelivery()).isEqualTo(Config.CodeDelivery.SMTP);
  }

  /** Compose's {@code ${NAME:-default}} with nothing set in the environment. */
  private static String withComposeDefaults(String value) {
    String result = value.replaceAll("\\$\\{\\w+:-([^}]*)}", "$1");
    assertThat(result).doesNotContain("${");
    return result;
  }
}
