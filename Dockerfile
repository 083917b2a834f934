# The dashboard's image: the frontend bundled with Node, the jar built with the Maven wrapper, run on a JRE.
FROM node:22-bookworm-slim AS frontend
WORKDIR /build/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npm run build -- --outdir=/build/static

FROM eclipse-temurin:25-jdk AS jar
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
COPY --from=frontend /build/static src/main/resources/static
RUN ./mvnw -B -ntp -Dfrontend.skip -DskipTests -Dkeycloak.skip package

FROM eclipse-temurin:25-jre
RUN useradd --system --no-create-home dashboard
WORKDIR /app
COPY --from=jar /build/target/macie-jobs-dashboard-*.jar app.jar
USER dashboard
EXPOSE 8080
# MaxRAMPercentage=50: the default heap, a quarter of the container's memory, is too small for many open event
# streams (about 100 KB of heap each); the other half is for metaspace, code and threads (about 150 MB). UseSerialGC:
# G1's own structures cost 25-50 MB more. NewRatio=3: a young generation of a quarter of the heap instead of a third,
# so that a heap filled by open streams keeps about 15 MB less of it resident. UseCompactObjectHeaders (Java 25): 8-byte
# object headers, 7 MB less heap with 1,000 open streams. TrimNativeHeapInterval: every second the C library gives
# back the memory the JVM freed (the compilers' arenas above all), 15-35 MB of resident memory that it otherwise keeps.
# LoadBenchmark runs the jar with these options; README: "Memory".
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50", "-XX:+UseSerialGC", "-XX:NewRatio=3", "-XX:+UseCompactObjectHeaders", "-XX:TrimNativeHeapInterval=1000", "-jar", "/app/app.jar"]
