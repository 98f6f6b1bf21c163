package org.expensetracker.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs an OpenAPI linter of the ecosystem, Redocly CLI (recommended rules), over the document the
 * server serves: errors fail the build, warnings are printed. Needs Node and the npm registry, so
 * it belongs to the {@code docs-check} profile.
 */
@Tag("docs-check")
class OpenApiLintTest {
  static final String REDOCLY = "@redocly/cli@2.77.0";

  @Test
  void theDocumentPassesRedoclyLintWithoutErrors() throws Exception {
    Path file = Path.of("target", "openapi.json").toAbsolutePath();
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        Json.mapper()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(ApiDocsRoutes.document().document(ApiDocsRoutes.API_VERSION)));
    Path log = file.resolveSibling("openapi-lint.txt");
    Process lint =
        new ProcessBuilder(
                List.of("npx", "--yes", REDOCLY, "lint", "--format=stylish", file.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean finished = lint.waitFor(10, TimeUnit.MINUTES);
    String output = read(log);
    System.out.println(output);
    assertThat(finished).as("lint finished in 10 minutes").isTrue();
    assertThat(lint.exitValue()).as(output).isZero();
    assertThat(output).contains("Woohoo! Your API description is valid.");
  }

  private static String read(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
  }
}
