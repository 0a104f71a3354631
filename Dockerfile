# kratos-account-ui: build with cargo, run as a non-root user on a slim Debian.
# Templates are compiled into the binary; static/ is copied (edit it to theme, no rebuild).
#
# Build: DOCKER_BUILDKIT=1 docker build -t kratos-account-ui .
# Behind a TLS-inspecting proxy, hand its CA to the steps that download crates (PEM, added to
# the system roots, never stored in a layer):
#   docker build --secret id=extra_ca,src=/path/to/proxy-ca.pem -t kratos-account-ui .

FROM rust:1.95-slim-bookworm AS build
# A theme from themes/<name>/templates replaces the built-in templates it has (README: Theming).
ARG THEME=
# One step, one layer: the sources are mounted rather than copied (writable for the theme, the
# writes are dropped), and cargo's target directory and registry are cache mounts kept by the
# builder between builds, so a source change recompiles only this crate (not its
# dependencies) and no layer holds a copy of target/.
RUN --mount=type=bind,target=/src,rw \
    --mount=type=cache,id=kratos-account-ui-target,target=/target \
    --mount=type=cache,id=cargo-registry,target=/usr/local/cargo/registry \
    --mount=type=secret,id=extra_ca \
    if [ -s /run/secrets/extra_ca ]; then \
        cat /etc/ssl/certs/ca-certificates.crt /run/secrets/extra_ca > /tmp/ca.pem \
        && export CARGO_HTTP_CAINFO=/tmp/ca.pem; \
    fi \
    && if [ -n "${THEME}" ]; then cp -r "/src/themes/${THEME}/templates/." /src/theme/; fi \
    && CARGO_TARGET_DIR=/target cargo build --release --locked \
        --manifest-path /src/Cargo.toml --bin kratos-account-ui \
    && cp /target/release/kratos-account-ui /usr/local/bin/kratos-account-ui \
    && rm -f /tmp/ca.pem

FROM debian:bookworm-slim
# CA roots for an https Kratos.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build /usr/local/bin/kratos-account-ui /usr/local/bin/kratos-account-ui
COPY static ./static
# SESSION_SECRET (at least 64 bytes, the same for every replica) must be given at run time,
# e.g. `docker run -e SESSION_SECRET ...` with the value in the caller's environment.
# On SIGTERM the server drains for SHUTDOWN_DRAIN (5s) before it stops: give `docker stop` more
# than that plus 10 s for requests in flight (`--stop-timeout 20`).
ENV HOST=0.0.0.0 \
    PORT=4455 \
    STATIC_DIR=/app/static \
    LOG_FORMAT=json
USER 10001
EXPOSE 4455
HEALTHCHECK --interval=30s --timeout=5s --start-period=5s --retries=3 \
    CMD ["kratos-account-ui", "healthcheck"]
ENTRYPOINT ["kratos-account-ui"]
