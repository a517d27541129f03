/* Unit tests for the shared helpers: buffer limits, slices, errors, arena. */
#include <stdlib.h>
#include <string.h>

#include "common/arena.h"
#include "common/buf.h"
#include "common/err.h"
#include "common/str.h"
#include "tests/testlib.h"

static void test_buf_grows_and_terminates(void)
{
	struct csw_buf b = CSW_BUF_INIT(CSW_BUF_NOLIMIT);
	int i;

	CHECK_STR_EQ(b.buf, "");
	for (i = 0; i < 1000; i++)
		CHECK_INT_EQ(csw_buf_addf(&b, "%d,", i % 10), CSW_OK);
	CHECK_INT_EQ(b.len, 2000);
	CHECK_INT_EQ(b.buf[b.len], '\0');
	CHECK(strncmp(b.buf, "0,1,2,", 6) == 0);
	csw_buf_release(&b);
	CHECK_INT_EQ(b.len, 0);
	CHECK_STR_EQ(b.buf, "");
}

static void test_buf_respects_max(void)
{
	struct csw_buf b = CSW_BUF_INIT(8);

	CHECK_INT_EQ(csw_buf_adds(&b, "12345678"), CSW_OK);
	CHECK_INT_EQ(csw_buf_addch(&b, 'x'), CSW_E_TOOBIG);
	CHECK_INT_EQ(b.len, 8);
	CHECK_STR_EQ(b.buf, "12345678");
	CHECK_INT_EQ(csw_buf_addf(&b, "%s", "more"), CSW_E_TOOBIG);
	CHECK_STR_EQ(b.buf, "12345678");
	csw_buf_release(&b);
}

static void test_buf_detach(void)
{
	struct csw_buf b = CSW_BUF_INIT(100);
	size_t len = 0;
	char *s;

	s = csw_buf_detach(&b, &len);
	CHECK_STR_EQ(s, "");
	free(s);
	csw_buf_adds(&b, "abc");
	s = csw_buf_detach(&b, &len);
	CHECK_STR_EQ(s, "abc");
	CHECK_INT_EQ(len, 3);
	CHECK_INT_EQ(b.len, 0);
	CHECK_INT_EQ(b.max, 100);
	free(s);
}

static void test_str_helpers(void)
{
	struct csw_str s = csw_str_trim(csw_str_from("  \tName==1.0 \r\n"));
	struct csw_str head, tail;
	char *dup;

	CHECK(csw_str_eq(s, "Name==1.0"));
	CHECK(csw_str_ieq(s, "name==1.0"));
	CHECK(!csw_str_eq(s, "Name==1.0 "));
	CHECK(csw_str_starts(s, "Name"));
	CHECK(csw_str_split(s, '=', &head, &tail));
	CHECK(csw_str_eq(head, "Name"));
	CHECK(csw_str_eq(tail, "=1.0"));
	CHECK(!csw_str_split(head, ';', &head, &tail));
	CHECK_INT_EQ(tail.n, 0);
	dup = csw_str_dup(s);
	CHECK_STR_EQ(dup, "Name==1.0");
	free(dup);
	CHECK(csw_is_space('\v'));
	CHECK(!csw_is_alpha(0xe9));
}

static void test_err_set_where_prefix(void)
{
	struct csw_err err = CSW_ERR_INIT;

	CHECK_INT_EQ(csw_err_set(&err, CSW_E_PARSE, "cannot parse version '%s'", "1.x"), CSW_E_PARSE);
	CHECK_STR_EQ(err.msg, "cannot parse version '1.x'");
	csw_err_where(&err, "requirements.txt:%d", 12);
	csw_err_where(&err, "outer:%d", 1);
	CHECK_STR_EQ(err.where, "requirements.txt:12");
	csw_err_prefix(&err, "in '%s'", "foo==1.x");
	CHECK_STR_EQ(err.msg, "in 'foo==1.x': cannot parse version '1.x'");
	CHECK(csw_err_default_hint(CSW_E_HTTP) != NULL);
	CHECK_STR_EQ(csw_err_code_name(CSW_E_UNSAT), "unsatisfiable");
	CHECK_INT_EQ(csw_err_set(NULL, CSW_E_IO, "ignored"), CSW_E_IO);
}

static void test_arena(void)
{
	struct csw_arena a = CSW_ARENA_INIT;
	char *big, *s;
	int i;

	for (i = 0; i < 10000; i++) {
		s = csw_arena_strdup(&a, "hello");
		CHECK_STR_EQ(s, "hello");
	}
	big = csw_arena_alloc(&a, 200000);
	CHECK_INT_EQ(big[199999], 0);
	CHECK(a.used >= 200000);
	csw_arena_release(&a);
	CHECK_INT_EQ(a.used, 0);
	csw_arena_release(NULL);
}

int main(void)
{
	RUN(test_buf_grows_and_terminates);
	RUN(test_buf_respects_max);
	RUN(test_buf_detach);
	RUN(test_str_helpers);
	RUN(test_err_set_where_prefix);
	RUN(test_arena);
	return tap_done();
}
