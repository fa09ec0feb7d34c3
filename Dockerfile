# smile exchange, production image. Build:  docker build -t smile-exchange .
# Run it with MariaDB: see compose.yaml and README.md.

# --- build: Maven runs on JDK 25 here, so the Vaadin production build works (STACK.md trap 1) ---
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
# Warms the dependency cache in its own layer; a real problem shows in the package step below.
RUN ./mvnw -B -q dependency:go-offline -Pproduction || echo "dependency cache warm-up incomplete; package will fetch the rest"
COPY src/ src/
# Without -Pproduction the jar would not run (STACK.md trap 2).
RUN ./mvnw -B -Pproduction -DskipTests package \
    && cp target/smile-exchange-*.jar /build/app.jar

# --- run: a JRE, a user without privileges, data on a volume ---
FROM eclipse-temurin:25-jre
RUN groupadd --system smile && useradd --system --gid smile --home-dir /app --shell /usr/sbin/nologin smile \
    && mkdir -p /app/data && chown -R smile:smile /app
WORKDIR /app
COPY --from=build --chown=smile:smile /build/app.jar /app/app.jar
COPY --chown=smile:smile seed-content/ /app/seed-content/
USER smile
ENV SPRING_PROFILES_ACTIVE=prod \
    SMILE_DATA_DIR=/app/data \
    SMILE_SEED_PATH=/app/seed-content \
    VAADIN_USAGE_STATS_ENABLED=false \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q UP <&3"]
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
