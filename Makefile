# The two commands of the README, plus helpers. Each target sets up what it
# needs first (scripts/bootstrap.sh), so they work on a fresh machine.
.PHONY: serve test dist setup bench

serve:
	./scripts/serve.sh

test:
	./scripts/test.sh

dist:
	./scripts/bootstrap.sh && ./scripts/dist.sh

setup:
	./scripts/bootstrap.sh

bench:
	./scripts/bench.sh
