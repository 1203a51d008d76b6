.PHONY: run test build deps release clean bench bench-vs-clips

SWIFT ?= swift

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# career exits 1 when a conversation ends before its advice is complete (see `career help chat`);
# that is a normal way to leave, not a failed make.
run: build
	@$(SWIFT) run --skip-build career || [ $$? -eq 1 ]

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	scripts/check-brief-html .build/debug/career
	scripts/check-api --careerd .build/debug/careerd --max-time 45

# The ordo-one/benchmark suite lives in its own package (Benchmarks/) so that its dependencies
# stay out of the main build. Pass ARGS, e.g. ARGS='--filter "waltz.*"'.
bench: deps
	cd Benchmarks && $(SWIFT) package --disable-sandbox benchmark $(ARGS)

# Debian's clips and our release build side by side on the CLIPS-language workloads.
# Pass ARGS, e.g. ARGS='-n 5 --only waltz-50'.
bench-vs-clips: release
	scripts/bench-vs-clips $(ARGS)

clean:
	rm -rf .build Benchmarks/.build
