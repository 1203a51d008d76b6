.PHONY: run test build deps release clean

SWIFT ?= swift

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

run: build
	@$(SWIFT) run --skip-build career

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build
