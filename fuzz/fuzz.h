/*
 * Shared helpers for the libFuzzer targets in fuzz/.  Each target checks
 * properties of a library entry point, not only that it survives: a broken
 * property aborts with a message, which libFuzzer reports as a crash and
 * saves as a reproducer.
 */
#ifndef FUZZ_H
#define FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "artkit.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Abort with "property failed: <message>" on standard error. */
void fz_fail(const char *fmt, ...);
#define FZ_CHECK(cond, ...) do { if (!(cond)) fz_fail(__VA_ARGS__); } while (0)

/* Standard output goes to a scratch file, so what the out_* functions
 * write can be read back: fz_capture_begin() empties it, fz_capture_end()
 * flushes and returns its bytes (valid until the next call). */
void fz_capture_begin(void);
const char *fz_capture_end(size_t *n);

/* A scratch file holding exactly the given bytes; its path. */
const char *fz_tempfile(const void *data, size_t n);

/* A pipe holding the given bytes with its write end closed, so reading
 * it gives them and then end of file: the read end's descriptor, to be
 * closed by the caller, and in *path a name that opens it ("/dev/fd/N").
 * Cheaper than a file; inputs too big for a pipe go to a scratch file. */
int fz_pipe(const void *data, size_t n, const char **path);

/* Lines as lr_next() defines them: ended by LF, CR LF or a lone CR; a
 * last line without a line end counts when it is not empty. */
struct fz_lines {
	struct text *v;
	size_t n, cap;
};
void fz_split_lines(const char *s, size_t n, struct fz_lines *out);

/* An independent strict UTF-8 check (RFC 3629): the length of the valid
 * sequence at s, or 0 when none starts there. */
size_t fz_utf8_valid(const unsigned char *s, size_t n);

/* s with every byte that does not start a valid sequence replaced by
 * U+FFFD, into a growing buffer; returns its length. */
size_t fz_utf8_repair(const char *s, size_t n, char **buf, size_t *cap);

/* Cut an input into np pieces: np - 1 length bytes at data[at], then the
 * pieces themselves, the last one taking what is left.  0, or -1 when the
 * input is too short for the length bytes. */
int fz_cut(const uint8_t *data, size_t size, size_t at, size_t np, struct text *piece);

int fz_memeq(const void *a, size_t an, const void *b, size_t bn);

#endif
