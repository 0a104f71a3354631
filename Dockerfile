# kratos-account-ui: build with cargo, run as a non-root user on a slim Debian.
# Templates are compiled into the binary; static/ is copied (edit it to theme, no rebuild).

FROM rust:1.95-slim-bookworm AS build
# A theme from themes/<name>/templates replaces the built-in templates it has (README: Theming).
ARG THEME=
WORKDIR /src
COPY . .
RUN if [ -n "${THEME}" ]; then cp -r "themes/${THEME}/templates/." theme/; fi \
    && cargo build --release --locked --bin kratos-account-ui

FROM debian:bookworm-slim
# CA roots for an https Kratos.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build /src/target/release/kratos-account-ui /usr/local/bin/kratos-account-ui
COPY static ./static
# SESSION_SECRET (at least 64 bytes) must be given at run time: `docker run -e SESSION_SECRET=...`.
ENV HOST=0.0.0.0 \
    PORT=4455 \
    STATIC_DIR=/app/static \
    LOG_FORMAT=json
USER 10001
EXPOSE 4455
HEALTHCHECK --interval=30s --timeout=5s --start-period=5s --retries=3 \
    CMD ["kratos-account-ui", "healthcheck"]
ENTRYPOINT ["kratos-account-ui"]
