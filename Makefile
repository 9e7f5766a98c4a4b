# B2C Kompas: every set-up step is idempotent and fast when already done.
#   make serve   set up, build the release app and serve it (prints its URL)
#   make test    set up (plus Chromium), then every check CI runs
#   make build   the release build in dist/, ready for any static host
#   make bench   sizes and timings (see BENCHMARKS.md)
#   make dev     Trunk's development server with live reload

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION        := 0.21.14
WASM_BINDGEN_VERSION := 0.2.130
WASM_SPLIT_VERSION   := 0.2.4
CARGO_BIN            := $(HOME)/.cargo/bin
NODE_BIN             := $(CURDIR)/node_modules/.bin
export PATH          := $(NODE_BIN):$(CARGO_BIN):$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
PORT                 ?= 8080
SUDO                 := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: help setup setup-rust setup-npm setup-browser build serve dev test check fmt-check clippy unit e2e bench clean

help:
	@echo "make serve   build the app and serve it"
	@echo "make test    run every check (fmt, clippy, unit, release build, end-to-end)"
	@echo "make build   release build into dist/"
	@echo "make bench   sizes and timings"

setup: setup-rust setup-npm

setup-rust:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@if [ "$$(trunk --version 2>/dev/null)" != "trunk $(TRUNK_VERSION)" ]; then \
	  echo "Installing Trunk $(TRUNK_VERSION) (about 8 minutes, once)"; \
	  cargo install trunk --version $(TRUNK_VERSION) --locked; fi
	@# No --locked: its lockfile wants a webpki-roots the registry here does not serve.
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "Installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 2 minutes, once)"; \
	  cargo install wasm-bindgen-cli --version =$(WASM_BINDGEN_VERSION); fi
	@# The per-route split of the wasm (tools/split.mjs): the tool `cargo leptos --split` uses.
	@if ! cargo install --list | grep -qx 'wasm_split_cli_support v$(WASM_SPLIT_VERSION):'; then \
	  echo "Installing wasm-split-cli $(WASM_SPLIT_VERSION) (about 1.5 minutes, once)"; \
	  cargo install wasm_split_cli_support --version =$(WASM_SPLIT_VERSION) --features build-binary --locked; fi
	@grep -q '^version = "$(WASM_BINDGEN_VERSION)"' <(grep -A1 '^name = "wasm-bindgen"$$' Cargo.lock) || \
	  { echo "Cargo.lock's wasm-bindgen is not $(WASM_BINDGEN_VERSION): Trunk would try to download a CLI"; exit 1; }

# npm ci only when the lockfile changed since the last install.
setup-npm: node_modules/.installed
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# Debian's Chromium for the end-to-end tests (never a downloaded browser).
setup-browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y chromium chromium-driver; fi

build: setup
	trunk build --release --offline

serve: build
	node tools/serve.mjs --dir dist --port $(PORT)

dev: setup
	trunk serve --port $(PORT)

fmt-check:
	cargo fmt --check

clippy: setup-rust
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bin b2c-kompas -- -D warnings

# Unit and property tests, then the import fuzzing with its case counts printed.
unit:
	cargo test --lib --bins
	cargo test --test fuzz_import -- --nocapture

e2e: setup-browser build
	npx playwright test -c tests/e2e

check: fmt-check clippy unit e2e

test: setup setup-browser check

bench: setup setup-browser build
	cargo run --quiet --release --example bench_domain
	node tools/bench.mjs

clean:
	cargo clean
	rm -rf dist build node_modules test-results
