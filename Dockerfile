# syntax=docker/dockerfile:1
# The quire command as a container image, for machines without Java:
#
#   docker build -t quire .
#   docker run --rm -v "$PWD:/site" quire build
#
# It builds the command line's jar with the Maven wrapper, makes a Java runtime of only the
# modules Quire uses (docker/make-runtime, which a test of this repository runs too), and keeps
# that runtime alone in a small image that runs as a user without privileges.

ARG JDK_IMAGE=eclipse-temurin:17-jdk

FROM ${JDK_IMAGE} AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -pl cli -am package -DskipTests -Dinvoker.skip=true \
    && cp "$(ls cli/target/quire-cli-*.jar | grep -v -e original -e sources | head -n 1)" /quire.jar

FROM ${JDK_IMAGE} AS runtime
COPY docker/make-runtime /usr/local/bin/make-runtime
COPY --from=build /quire.jar /quire.jar
RUN make-runtime /quire.jar /opt/quire

FROM debian:bookworm-slim
LABEL org.opencontainers.image.title="Quire" \
      org.opencontainers.image.description="A static site generator for blogs about research papers" \
      org.opencontainers.image.source="https://github.com/quire-dev/quire"
COPY --from=runtime /opt/quire /opt/quire
ENV PATH="/opt/quire/bin:${PATH}"
# The user that owns most people's files on Linux (uid 1000), so that what a build writes into
# the mounted site belongs to them; `docker run --user "$(id -u):$(id -g)"` suits the others.
RUN groupadd --gid 1000 quire \
    && useradd --uid 1000 --gid quire --no-create-home --home-dir /site --shell /usr/sbin/nologin quire
USER quire
WORKDIR /site
# quire serve --bind 0.0.0.0 listens here.
EXPOSE 1313
ENTRYPOINT ["/opt/quire/bin/quire"]
CMD ["--help"]
