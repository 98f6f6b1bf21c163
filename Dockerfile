# syntax=docker/dockerfile:1
# Build: the same command as the README, in a Maven image with the JDK the project targets.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

# Run: a JRE only, the shaded jar, an unprivileged user.
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin app \
 && mkdir -p /app/data \
 && chown -R app /app
WORKDIR /app
COPY --from=build /src/bootstrap/target/expense-tracker.jar /app/expense-tracker.jar
ENV HOST=0.0.0.0 \
    PORT=8000 \
    DATA_DIR=/app/data
USER 10001
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8000/health/ready || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/expense-tracker.jar"]
