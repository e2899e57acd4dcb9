/* test-store-kill.c: a writer killed at random moments loses nothing it reported saved
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "byline-store.h"

/* Runs tests/store-writer (its path is the first argument after the GTest
 * options) against one library in a temporary folder, kills it with SIGKILL
 * after a random 2 to 80 ms, and then checks in this process that the library
 * is intact and holds every note the writer printed as saved, with the body it
 * printed or a later version of it (the kill may fall between a commit and its
 * line). The same library is used by every round, so it grows. */

#define KILL_SEED    20260128
#define WRITER_LINES_TIMEOUT_MS 60000

typedef struct
{
  char  *base;     /* "note COUNTER SEED" */
  guint  version;  /* 1 as added, then 2, 3... */
} Reported;

static struct
{
  const char *writer;
  char       *dir;
  char       *library;
  GHashTable *reported;        /* gint64 * id → Reported * */
  guint       kills;           /* SIGKILLs sent */
  guint       killed_running;  /* ...that found the writer still at work */
  guint       writer_errors;   /* writers that stopped by themselves */
  guint       bad_lines;
  guint       lines_saved;
  guint       lines_ok;
  guint       notes_checked;
  guint       lost;
  guint       integrity_failures;
} state;

typedef struct
{
  GDataInputStream *in;
  GPtrArray        *lines;
  gboolean          eof;
  gboolean          timed_out;
  GError           *error;
} Reader;

typedef struct
{
  GPtrArray *lines;
  gboolean   killed_running;  /* SIGKILL ended it, so it was still running */
  int        status;          /* the wait status otherwise */
  char      *stderr_text;
  gint64     elapsed_us;
} WriterRun;

static void
reported_free (Reported *r)
{
  g_free (r->base);
  g_free (r);
}

static void
writer_run_clear (WriterRun *run)
{
  g_clear_pointer (&run->lines, g_ptr_array_unref);
  g_clear_pointer (&run->stderr_text, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (WriterRun, writer_run_clear)

/* "note 12 7" is version 1 of note "note 12 7"; "note 12 7 v3" is version 3 */
static gboolean
parse_body (const char *body,
            char      **base,
            guint      *version)
{
  g_auto (GStrv) words = g_strsplit (body, " ", -1);
  guint n = g_strv_length (words);
  guint64 v = 1;

  if (n < 3 || n > 4 || strcmp (words[0], "note") != 0)
    return FALSE;
  if (n == 4 && (words[3][0] != 'v'
                 || !g_ascii_string_to_unsigned (words[3] + 1, 10, 2, G_MAXUINT, &v, NULL)))
    return FALSE;
  *base = g_strdup_printf ("%s %s %s", words[0], words[1], words[2]);
  *version = v;
  return TRUE;
}

static gboolean
record_line (const char *line)
{
  const char *body;
  char *end;
  gint64 id;
  Reported *r;

  if (strcmp (line, "ok") == 0)
    {
      state.lines_ok++;
      return TRUE;
    }
  if (!g_str_has_prefix (line, "saved "))
    return FALSE;
  id = g_ascii_strtoll (line + 6, &end, 10);
  if (end == line + 6 || *end != ' ' || id <= 0)
    return FALSE;
  body = end + 1;
  r = g_new0 (Reported, 1);
  if (!parse_body (body, &r->base, &r->version))
    {
      reported_free (r);
      return FALSE;
    }
  state.lines_saved++;
  g_hash_table_replace (state.reported, g_memdup2 (&id, sizeof id), r);
  return TRUE;
}

static void
read_line_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Reader *r = user_data;
  g_autoptr (GError) error = NULL;
  char *line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (source), result,
                                                          NULL, &error);

  if (line == NULL)
    {
      if (error != NULL)
        r->error = g_steal_pointer (&error);
      r->eof = TRUE;
      return;
    }
  g_ptr_array_add (r->lines, line);
  g_data_input_stream_read_line_async (r->in, G_PRIORITY_DEFAULT, NULL, read_line_cb, r);
}

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Starts a writer with @seed and kills it after @ms milliseconds, or, with
 * @ms 0, once it has printed @min_lines lines. Lines already in the pipe at
 * the kill are read too: the writer printed them, so they count. */
static void
run_writer (guint      seed,
            guint      ms,
            guint      min_lines,
            WriterRun *run)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GMainContext) context = g_main_context_new ();
  g_autoptr (GSubprocess) writer = NULL;
  g_autoptr (GSource) timeout = NULL;
  g_autofree char *seed_str = g_strdup_printf ("%u", seed);
  Reader reader = { NULL, g_ptr_array_new_with_free_func (g_free), FALSE, FALSE, NULL };
  char buf[4096];
  gsize n = 0;
  gint64 t0;

  g_main_context_push_thread_default (context);
  t0 = g_get_monotonic_time ();
  writer = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                             &error, state.writer, state.library, seed_str, NULL);
  g_assert_no_error (error);
  timeout = g_timeout_source_new (ms > 0 ? ms : WRITER_LINES_TIMEOUT_MS);
  g_source_set_callback (timeout, timeout_cb, &reader.timed_out, NULL);
  g_source_attach (timeout, context);

  reader.in = g_data_input_stream_new (g_subprocess_get_stdout_pipe (writer));
  g_data_input_stream_set_newline_type (reader.in, G_DATA_STREAM_NEWLINE_TYPE_LF);
  g_data_input_stream_read_line_async (reader.in, G_PRIORITY_DEFAULT, NULL, read_line_cb, &reader);

  while (!reader.timed_out && !reader.eof && (ms > 0 || reader.lines->len < min_lines))
    g_main_context_iteration (context, TRUE);
  if (ms == 0 && reader.timed_out)
    g_test_message ("the writer printed only %u lines in %d ms", reader.lines->len,
                    WRITER_LINES_TIMEOUT_MS);

  g_subprocess_send_signal (writer, SIGKILL);
  state.kills++;
  g_subprocess_wait (writer, NULL, &error);
  g_assert_no_error (error);
  run->elapsed_us = g_get_monotonic_time () - t0;

  /* the pipe's writer is gone: read to its end */
  while (!reader.eof)
    g_main_context_iteration (context, TRUE);
  g_source_destroy (timeout);
  g_main_context_pop_thread_default (context);
  g_assert_no_error (reader.error);

  g_input_stream_read_all (g_subprocess_get_stderr_pipe (writer), buf, sizeof buf - 1, &n, NULL,
                           NULL);
  buf[n] = '\0';
  run->stderr_text = g_strdup (buf);
  run->killed_running = g_subprocess_get_if_signaled (writer)
                        && g_subprocess_get_term_sig (writer) == SIGKILL;
  run->status = g_subprocess_get_status (writer);
  run->lines = g_steal_pointer (&reader.lines);
  g_clear_object (&reader.in);

  if (run->killed_running)
    state.killed_running++;
  else
    {
      state.writer_errors++;
      g_test_message ("writer %u stopped by itself (wait status %d): %s", seed, run->status,
                      run->stderr_text);
    }
  for (guint i = 0; i < run->lines->len; i++)
    if (!record_line (run->lines->pdata[i]))
      {
        if (state.bad_lines++ < 10)
          g_test_message ("writer %u printed an unexpected line: “%s”", seed,
                          (char *) run->lines->pdata[i]);
      }
}

/* Every reported note is in @store with its reported body or a later version */
static guint
check_reported (GPtrArray *notes)
{
  g_autoptr (GHashTable) bodies = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTableIter iter;
  gpointer key, value;
  guint lost = 0;

  for (guint i = 0; i < notes->len; i++)
    {
      BylineNote *note = notes->pdata[i];

      g_hash_table_insert (bodies, &note->id, note->body);
    }
  g_hash_table_iter_init (&iter, state.reported);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 id = *(gint64 *) key;
      Reported *r = value;
      const char *body = g_hash_table_lookup (bodies, &id);
      g_autofree char *base = NULL;
      guint version = 0;

      state.notes_checked++;
      if (body == NULL)
        {
          if (lost++ < 10)
            g_test_message ("note %" G_GINT64_FORMAT " (“%s” v%u) was reported saved but is gone",
                            id, r->base, r->version);
        }
      else if (!parse_body (body, &base, &version) || strcmp (base, r->base) != 0
               || version < r->version)
        {
          if (lost++ < 10)
            g_test_message ("note %" G_GINT64_FORMAT " was reported saved as “%s” v%u but "
                            "holds “%s”", id, r->base, r->version, body);
        }
    }
  return lost;
}

/* Opens the library as the app would after a crash and checks it */
static guint
check_library (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineStore) store = byline_store_open (state.library, &error);
  g_autoptr (GPtrArray) notes = NULL;
  guint lost;

  if (store == NULL)
    {
      g_test_message ("the library does not open: %s", error->message);
      state.integrity_failures++;
      return 0;
    }
  if (!byline_store_check_integrity (store, &error))
    {
      g_test_message ("integrity check: %s", error->message);
      state.integrity_failures++;
      g_clear_error (&error);
    }
  notes = byline_store_list_notes (store, 0, NULL, &error);
  if (notes == NULL)
    {
      g_test_message ("the notes cannot be listed: %s", error->message);
      state.integrity_failures++;
      return 0;
    }
  lost = check_reported (notes);
  state.lost += lost;
  return notes->len;
}

static guint
env_uint (const char *name,
          guint       fallback)
{
  const char *s = g_getenv (name);
  guint64 v;

  if (s == NULL || !g_ascii_string_to_unsigned (s, 10, 0, G_MAXUINT, &v, NULL))
    return fallback;
  return v;
}

static void
test_random (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (KILL_SEED);
  guint rounds = env_uint ("BYLINE_KILL_ROUNDS", 200);
  guint rounds_with_lines = 0;
  guint rounds_running = 0;
  guint n_notes = 0;
  guint64 total_ms = 0;
  gint64 t0 = g_get_monotonic_time ();

  /* The first writer makes the library and adds the article, which takes
   * the lexicons' loading and an analysis: longer than most rounds last. */
  {
    g_auto (WriterRun) run = { 0 };

    run_writer (0, 0, 100, &run);
    g_test_message ("first writer: %u lines in %.0f ms", run.lines->len, run.elapsed_us / 1000.0);
    n_notes = check_library ();
  }

  for (guint round = 1; round <= rounds; round++)
    {
      g_auto (WriterRun) run = { 0 };
      guint ms = g_rand_int_range (rand, 2, 81);

      total_ms += ms;
      run_writer (round, ms, 0, &run);
      if (run.lines->len > 0)
        rounds_with_lines++;
      if (run.killed_running)
        rounds_running++;
      n_notes = check_library ();
    }

  g_test_message ("rounds: %u (kill after %.1f ms on average), %.1f s in all", rounds,
                  rounds ? (double) total_ms / rounds : 0.0, (g_get_monotonic_time () - t0) / 1e6);
  g_test_message ("kills: %u with the first writer's, %u of them while it was running; rounds "
                  "where the writer was still running at the kill: %u of %u; rounds with writes "
                  "reported before the kill: %u; writers that stopped by themselves: %u",
                  state.kills, state.killed_running, rounds_running, rounds, rounds_with_lines,
                  state.writer_errors);
  g_test_message ("lines: %u saved, %u ok, %u unexpected; notes reported saved: %u; notes in "
                  "the library: %u", state.lines_saved, state.lines_ok, state.bad_lines,
                  g_hash_table_size (state.reported), n_notes);
  g_test_message ("notes checked: %u; lost: %u; integrity failures: %u", state.notes_checked,
                  state.lost, state.integrity_failures);

  g_assert_cmpuint (state.lost, ==, 0);
  g_assert_cmpuint (state.integrity_failures, ==, 0);
  g_assert_cmpuint (state.writer_errors, ==, 0);
  g_assert_cmpuint (state.bad_lines, ==, 0);
  g_assert_cmpuint (g_hash_table_size (state.reported), >, 0);
  g_assert_cmpuint (n_notes, >=, g_hash_table_size (state.reported));
  /* the kill really fell while the writer was at work, in more than 3 rounds of 4 */
  g_assert_cmpuint (rounds_running * 4, >, rounds * 3);
}

static guint
count_notes (BylineStore *store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) notes = byline_store_list_notes (store, 0, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (check_reported (notes), ==, 0);
  return notes->len;
}

/* After a kill the log holds committed writes not yet in the main file; a
 * first opener recovers them, and a second one sees the same library. */
static void
test_wal_recovery (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineStore) first = NULL;
  g_autoptr (BylineStore) second = NULL;
  g_autoptr (BylineStore) third = NULL;
  g_autofree char *wal = g_strconcat (state.library, "-wal", NULL);
  g_auto (WriterRun) run = { 0 };
  GStatBuf st;
  guint n_first, n_second, n_third;

  run_writer (100000, 0, 50, &run);
  g_assert_true (run.killed_running);
  g_assert_cmpuint (run.lines->len, >=, 50);
  g_assert_cmpuint (state.bad_lines, ==, 0);
  if (g_stat (wal, &st) == 0)
    g_test_message ("after the kill: %u lines, the log is %" G_GINT64_FORMAT " bytes",
                    run.lines->len, (gint64) st.st_size);
  else
    g_test_message ("after the kill: %u lines, no log file", run.lines->len);

  first = byline_store_open (state.library, &error);
  g_assert_no_error (error);
  n_first = count_notes (first);
  second = byline_store_open (state.library, &error);
  g_assert_no_error (error);
  n_second = count_notes (second);
  g_assert_cmpuint (n_first, ==, n_second);
  g_clear_pointer (&second, byline_store_close);
  g_clear_pointer (&first, byline_store_close);

  third = byline_store_open (state.library, &error);
  g_assert_no_error (error);
  g_assert_true (byline_store_check_integrity (third, &error));
  g_assert_no_error (error);
  n_third = count_notes (third);
  g_assert_cmpuint (n_first, ==, n_third);
  g_assert_cmpuint (n_first, >=, g_hash_table_size (state.reported));
  g_test_message ("notes: %u from the first handle, %u from the second, %u after both closed",
                  n_first, n_second, n_third);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *default_writer = NULL;
  const char *const leftovers[] = { "", "-wal", "-shm", "-journal" };
  int status;

  g_test_init (&argc, &argv, NULL);
  if (argc > 1)
    state.writer = argv[1];
  else
    state.writer = default_writer = g_test_build_filename (G_TEST_BUILT, "store-writer", NULL);
  state.dir = g_dir_make_tmp ("byline-kill-XXXXXX", &error);
  g_assert_no_error (error);
  state.library = g_build_filename (state.dir, "library.db", NULL);
  state.reported = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                         (GDestroyNotify) reported_free);

  g_test_add_func ("/store/kill/random", test_random);
  g_test_add_func ("/store/kill/wal-recovery", test_wal_recovery);
  status = g_test_run ();

  for (guint i = 0; i < G_N_ELEMENTS (leftovers); i++)
    {
      g_autofree char *path = g_strconcat (state.library, leftovers[i], NULL);
      g_unlink (path);
    }
  g_rmdir (state.dir);
  g_clear_pointer (&state.reported, g_hash_table_unref);
  g_free (state.library);
  g_free (state.dir);
  return status;
}
