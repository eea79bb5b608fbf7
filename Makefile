# artkit: small Unix filters for plain-text news articles.
#
#   make                 build every program
#   make check           build and run the bats suite
#   make check SANITIZE=1  the same under ASan + UBSan (objects in san/)
#   make check-valgrind  program tests and bad-input matrix under memcheck
#   make fuzz FUZZ_SECONDS=N  every libFuzzer target for N seconds (clang)
#   make install PREFIX=/usr/local DESTDIR=  programs, manual pages, examples
#   make dist            artkit-VERSION.tar.gz from the files under git
#   make unicode         regenerate lib/unicode_tables.c (maintainers)

VERSION  = 0.1.0
PREFIX   = /usr/local
BINDIR   = $(PREFIX)/bin
MANDIR   = $(PREFIX)/share/man
DOCDIR   = $(PREFIX)/share/doc/artkit

CC       = cc
CFLAGS   = -O2 -g
WARN     = -std=c11 -Wall -Wextra -pedantic
ALL_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -Ilib $(CPPFLAGS)

SANITIZE =
ifeq ($(SANITIZE),1)
O        = san/
SANFLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
else
O        =
SANFLAGS =
endif

ALL_CFLAGS = $(WARN) $(CFLAGS) $(SANFLAGS)

LIBSRC  = $(sort $(wildcard lib/*.c))
LIBOBJ  = $(LIBSRC:%.c=$(O)%.o)
PROGS   = $(sort $(basename $(notdir $(wildcard cmd/*.c))))
BINS    = $(PROGS:%=$(O)%)
MAN1    = $(wildcard man/man1/*.1)
MAN5    = $(wildcard man/man5/*.5)
MAN7    = $(wildcard man/man7/*.7)
# what artkit(7) tells to copy and try: the corpus Makefile, an article
EXAMPLES = examples/Makefile examples/sample.txt

BATS    = bats

# test drivers: tests/NAME.c -> tests/bin/NAME, built for make check only
TESTSRC  = $(wildcard tests/*.c)
TESTBINS = $(TESTSRC:tests/%.c=$(O)tests/bin/%)

all: $(BINS)

$(O)lib/%.o: lib/%.c $(wildcard lib/*.h)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_CPPFLAGS) -c -o $@ $<

$(O)cmd/%.o: cmd/%.c lib/artkit.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_CPPFLAGS) -c -o $@ $<

$(O)libartkit.a: $(LIBOBJ)
	rm -f $@
	$(AR) rcs $@ $(LIBOBJ)

$(BINS): $(O)%: $(O)cmd/%.o $(O)libartkit.a
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(O)libartkit.a

$(TESTBINS): $(O)tests/bin/%: tests/%.c $(O)libartkit.a $(wildcard lib/*.h)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_CPPFLAGS) $(LDFLAGS) -o $@ $< $(O)libartkit.a

check: all $(TESTBINS)
	@command -v $(BATS) >/dev/null 2>&1 || { \
	  echo "make check needs bats-core: apt-get install bats," \
	       "or npm install --prefix .bats bats && make check BATS=.bats/node_modules/.bin/bats" >&2; \
	  exit 2; }
	ARTKIT_BIN="$(CURDIR)/$(O)" $(BATS) tests

# A first look: real pipelines on the sample article in examples/.
demo: all
	@set -e; PATH="$(CURDIR):$$PATH"; export PATH; \
	for cmd in \
	  "arthdr -H -f title,utc,id,tags examples/sample.txt" \
	  "artstrip -v examples/sample.txt" \
	  "artstrip examples/sample.txt | artsent" \
	  "artstrip examples/sample.txt | arttok -f | sort | uniq -c | sort -rn | head -5" \
	  "artwc examples/sample.txt"; do \
	  printf '\n$$ %s\n' "$$cmd"; sh -c "$$cmd"; done

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	         $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7 \
	         $(DESTDIR)$(DOCDIR)/examples
	cp -f $(BINS) $(DESTDIR)$(BINDIR)/
	cp -f $(MAN1) $(DESTDIR)$(MANDIR)/man1/
	cp -f $(MAN5) $(DESTDIR)$(MANDIR)/man5/
	cp -f $(MAN7) $(DESTDIR)$(MANDIR)/man7/
	cp -f $(EXAMPLES) $(DESTDIR)$(DOCDIR)/examples/

uninstall:
	for p in $(PROGS); do rm -f $(DESTDIR)$(BINDIR)/$$p; done
	for m in $(notdir $(MAN1)); do rm -f $(DESTDIR)$(MANDIR)/man1/$$m; done
	for m in $(notdir $(MAN5)); do rm -f $(DESTDIR)$(MANDIR)/man5/$$m; done
	for m in $(notdir $(MAN7)); do rm -f $(DESTDIR)$(MANDIR)/man7/$$m; done
	for e in $(notdir $(EXAMPLES)); do rm -f $(DESTDIR)$(DOCDIR)/examples/$$e; done
	rmdir $(DESTDIR)$(DOCDIR)/examples $(DESTDIR)$(DOCDIR) 2>/dev/null || true

unicode:
	sh tools/gen-unicode.sh /usr/share/unicode > lib/unicode_tables.c.new
	mv lib/unicode_tables.c.new lib/unicode_tables.c

# The source tarball: the files under version control, in artkit-VERSION/.
DIST = artkit-$(VERSION)
dist:
	rm -rf $(DIST) $(DIST).tar.gz
	files=$$(git ls-files) && test -n "$$files" && mkdir $(DIST) && \
	  tar -cf - $$files | (cd $(DIST) && tar -xf -)
	tar -cf - $(DIST) | gzip -9 > $(DIST).tar.gz
	rm -rf $(DIST)

# make check-valgrind: the bad-input matrix and the program tests with
# every program run under valgrind memcheck; a memory error or a leak
# (definite, indirect or possible) makes the program exit 99 and its test
# fail.  VGTESTS picks other test files.
VALGRIND = valgrind
VGFLAGS  = -q --error-exitcode=99 --leak-check=full \
	   --errors-for-leak-kinds=definite,indirect,possible \
	   --show-leak-kinds=definite,indirect,possible
# The bad-input matrix runs every program; the program files chosen here
# keep the run inside CI's time.
VGTESTS  = tests/badinput.bats tests/arthdr.bats tests/artjson.bats \
	   tests/artsent.bats tests/artstrip.bats tests/arttok.bats tests/artwc.bats \
	   tests/artpick.bats tests/artfreq.bats
VGDIR    = san/valgrind/

check-valgrind: all $(TESTBINS)
	@command -v $(VALGRIND) >/dev/null 2>&1 || { \
	  echo "make check-valgrind needs valgrind: apt-get install valgrind" >&2; exit 2; }
	@rm -rf $(VGDIR) && mkdir -p $(VGDIR)tests && \
	ln -s "$(CURDIR)/tests/bin" $(VGDIR)tests/bin && for p in $(PROGS); do \
	  printf '#!/bin/sh\nexec %s %s "%s" "$$@"\n' '$(VALGRIND)' '$(VGFLAGS)' \
	    "$(CURDIR)/$$p" > $(VGDIR)$$p && chmod +x $(VGDIR)$$p || exit 1; \
	done
	ARTKIT_BIN="$(CURDIR)/$(VGDIR)" ARTKIT_VALGRIND=1 $(BATS) $(VGTESTS)

.PHONY: check-valgrind

# make fuzz FUZZ_SECONDS=N: build every libFuzzer target fuzz/fuzz_NAME.c
# with clang under ASan + UBSan and run each for N seconds on a copy of its
# seed corpus fuzz/corpus/NAME (FUZZ_SECONDS=0: only replay the corpus).
# A crash or a broken property stops with the reproducer saved in san/fuzz.
FUZZ_SECONDS = 10
FUZZCC   = clang
FUZZFLAGS = -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined \
	    -fno-sanitize-recover=all
FUZZDIR  = san/fuzz/
FUZZSRC  = $(sort $(wildcard fuzz/fuzz_*.c))
FUZZERS  = $(FUZZSRC:fuzz/%.c=$(FUZZDIR)%)
FUZZOBJ  = $(LIBSRC:%.c=$(FUZZDIR)%.o)

$(FUZZDIR)lib/%.o: lib/%.c $(wildcard lib/*.h)
	@mkdir -p $(@D)
	$(FUZZCC) $(WARN) $(FUZZFLAGS) -fsanitize=fuzzer-no-link $(ALL_CPPFLAGS) -c -o $@ $<

$(FUZZDIR)fuzz/common.o: fuzz/common.c fuzz/fuzz.h lib/artkit.h
	@mkdir -p $(@D)
	$(FUZZCC) $(WARN) $(FUZZFLAGS) $(ALL_CPPFLAGS) -c -o $@ $<

$(FUZZDIR)libartkit.a: $(FUZZOBJ)
	rm -f $@
	$(AR) rcs $@ $(FUZZOBJ)

$(FUZZDIR)fuzz_%: fuzz/fuzz_%.c fuzz/fuzz.h $(FUZZDIR)fuzz/common.o $(FUZZDIR)libartkit.a
	$(FUZZCC) $(WARN) $(FUZZFLAGS) -fsanitize=fuzzer $(ALL_CPPFLAGS) -o $@ $< \
	    $(FUZZDIR)fuzz/common.o $(FUZZDIR)libartkit.a

fuzz: $(FUZZERS)
	@set -e; for f in $(FUZZERS); do \
	  t=$${f#$(FUZZDIR)fuzz_}; mkdir -p $(FUZZDIR)corpus/$$t fuzz/corpus/$$t; \
	  if [ "$(FUZZ_SECONDS)" = 0 ]; then lim=-runs=0; \
	  else lim=-max_total_time=$(FUZZ_SECONDS); fi; \
	  if $$f $$lim -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	      -artifact_prefix=$(FUZZDIR)$$t- $(FUZZDIR)corpus/$$t fuzz/corpus/$$t \
	      >$(FUZZDIR)$$t.log 2>&1; then \
	    echo "fuzz $$t: $$(sed -n 's/^stat::number_of_executed_units: *//p' \
	      $(FUZZDIR)$$t.log) runs, corpus $$(find $(FUZZDIR)corpus/$$t fuzz/corpus/$$t \
	      -type f | wc -l) inputs, no failure"; \
	  else tail -40 $(FUZZDIR)$$t.log; echo "fuzz $$t: FAILED (log: $(FUZZDIR)$$t.log)"; \
	    exit 1; fi; \
	done

.PHONY: fuzz
.SECONDARY: $(FUZZOBJ) $(FUZZDIR)fuzz/common.o

clean:
	rm -rf san tests/bin lib/*.o cmd/*.o libartkit.a $(PROGS) $(DIST) $(DIST).tar.gz

.PHONY: all check demo dist install uninstall unicode clean
.SECONDARY: $(LIBOBJ)
