# The dashboard's image: the frontend bundled with Node, the jar built with the Maven wrapper, run on a JRE.
FROM node:22-bookworm-slim AS frontend
WORKDIR /build/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npm run build -- --outdir=/build/static

FROM eclipse-temurin:21-jdk AS jar
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
COPY --from=frontend /build/static src/main/resources/static
RUN ./mvnw -B -ntp -Dfrontend.skip -DskipTests -Dkeycloak.skip package

FROM eclipse-temurin:21-jre
RUN useradd --system --no-create-home dashboard
WORKDIR /app
COPY --from=jar /build/target/macie-jobs-dashboard-*.jar app.jar
USER dashboard
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
