# reportmine: `make` lists the targets. Everything runs inside .venv, created on first use.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install run test report excel bench evaluate clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	@echo "installing reportmine and its dependencies into $(VENV) (first run only) ..."
	$(BIN)/pip install --quiet --upgrade pip 2>&1 | { grep -v 'is ignored: it is neither' || true; }
	$(BIN)/pip install --quiet -e '.[dev]' 2>&1 | { grep -v 'is ignored: it is neither' || true; }
	@touch $(STAMP)

install: $(STAMP) ## create .venv and install reportmine with its pinned dependencies

run: $(STAMP) ## run the whole pipeline on data/raw (incremental) and write data/processed
	$(BIN)/reportmine run

test: $(STAMP) ## run the test suite
	$(BIN)/python -m pytest

report: run ## write data/processed/report.html (self-contained)
	$(BIN)/reportmine report

excel: run ## write data/processed/reportmine.xlsx, one sheet per table
	$(BIN)/reportmine excel

bench: $(STAMP) ## throughput and memory against plain jieba (N=2000 articles)
	$(BIN)/reportmine bench --articles $${N:-2000}

evaluate: $(STAMP) ## score extraction on ../shared/annotation/dev (when present)
	$(BIN)/reportmine evaluate ../shared/annotation/dev ../shared/annotation/dev/texts

clean: ## remove data/processed and data/interim (data/raw is kept)
	find data/processed -mindepth 1 ! -name .gitkeep -delete; rm -rf data/interim
