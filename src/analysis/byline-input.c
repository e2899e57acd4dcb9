/* byline-input.c: reading untrusted files and JSON within bounds
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file Byline reads comes from somewhere else: an article, a notes
 * export, a lesson, a student's response. Reading is bounded here so that
 * no input makes it wait forever (a FIFO with no writer), grow without end
 * (/dev/zero) or overflow json-glib's recursion (nesting 100 000 deep).
 */

#define G_LOG_DOMAIN "byline-input"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "byline-input.h"
#include "byline-vocabulary.h"

G_DEFINE_QUARK (byline-input-error-quark, byline_input_error)

static gsize max_size = 0;

/**
 * byline_input_get_max_size:
 *
 * Returns: the largest input read, in bytes: what byline_input_set_max_size ()
 * set, else BYLINE_MAX_INPUT_MB (megabytes) from the environment, else
 * BYLINE_INPUT_DEFAULT_MAX_SIZE.
 */
gsize
byline_input_get_max_size (void)
{
  if (max_size == 0)
    {
      const char *env = g_getenv ("BYLINE_MAX_INPUT_MB");
      guint64 mb = 0;

      if (env != NULL && g_ascii_string_to_unsigned (env, 10, 1, G_MAXSIZE / (1024 * 1024), &mb, NULL))
        max_size = (gsize) mb * 1024 * 1024;
      else
        max_size = BYLINE_INPUT_DEFAULT_MAX_SIZE;
    }
  return max_size;
}

void
byline_input_set_max_size (gsize bytes)
{
  max_size = bytes;
}

static void
set_too_large (const char *name,
               GError    **error)
{
  gsize limit = byline_input_get_max_size ();

  g_set_error (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_TOO_LARGE,
               /* Translators: %s is a file name, %lu a number of megabytes */
               _("%s: larger than %lu MB, the limit for one input (raise it with "
                 "--max-input-size MB or BYLINE_MAX_INPUT_MB)"),
               name, (unsigned long) MAX (limit / (1024 * 1024), 1));
}

/* Reads @fd to its end, at most the limit */
static gboolean
read_all (int          fd,
          const char  *name,
          gsize        hint,
          char       **contents,
          gsize       *len,
          GError     **error)
{
  gsize limit = byline_input_get_max_size ();
  gsize size = MIN (MAX (hint, 65536), limit) + 1;
  gsize used = 0;
  g_autofree char *buf = g_malloc (size + 1);

  for (;;)
    {
      gssize n;

      if (used == size)
        {
          if (used > limit)
            {
              set_too_large (name, error);
              return FALSE;
            }
          size = MIN (size * 2, limit + 1);
          buf = g_realloc (buf, size + 1);
        }
      n = read (fd, buf + used, size - used);
      if (n == 0)
        break;
      if (n < 0)
        {
          int saved = errno;

          if (saved == EINTR)
            continue;
          g_set_error (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_IO,
                       "%s: %s", name, g_strerror (saved));
          return FALSE;
        }
      used += (gsize) n;
    }
  if (used > limit)
    {
      set_too_large (name, error);
      return FALSE;
    }
  buf[used] = '\0';
  *len = used;
  *contents = g_steal_pointer (&buf);
  return TRUE;
}

/**
 * byline_input_read:
 * @path: a file name, or "-" for standard input
 * @contents: (out): the bytes, NUL-terminated
 * @len: (out): their number, without the NUL
 *
 * Reads a regular file, or standard input, of at most
 * byline_input_get_max_size () bytes. A folder, FIFO, device or socket is
 * refused by name without waiting on it (but a pipe already open, as
 * /dev/stdin or /dev/fd/N, is read like standard input). Errors name the file.
 */
gboolean
byline_input_read (const char  *path,
                   char       **contents,
                   gsize       *len,
                   GError     **error)
{
  g_autofree char *display = NULL;
  struct stat st;
  gboolean ok;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL && len != NULL, FALSE);

  if (g_str_equal (path, "-"))
    return read_all (0, _("standard input"), 0, contents, len, error);

  display = g_filename_display_name (path);
  /* O_NONBLOCK: opening a FIFO with no writer must not wait */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_IO,
                   /* Translators: %s is a file name, then why it could not be opened */
                   _("%s: could not open: %s"), display, g_strerror (saved));
      return FALSE;
    }
  if (fstat (fd, &st) != 0)
    {
      int saved = errno;

      close (fd);
      g_set_error (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_IO,
                   "%s: %s", display, g_strerror (saved));
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      close (fd);
      g_set_error (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_NOT_REGULAR,
                   _("%s: is a folder, not an article file"), display);
      return FALSE;
    }
  /* a pipe the shell already opened (`<(cmd)`, /dev/stdin) is read as
   * standard input is; a named FIFO on disk is refused */
  if (S_ISFIFO (st.st_mode)
      && (g_str_has_prefix (path, "/dev/fd/") || g_str_equal (path, "/dev/stdin")
          || g_str_has_prefix (path, "/proc/self/fd/")))
    {
      int flags = fcntl (fd, F_GETFL);

      if (flags >= 0)
        fcntl (fd, F_SETFL, flags & ~O_NONBLOCK);
      ok = read_all (fd, display, 0, contents, len, error);
      close (fd);
      return ok;
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_NOT_REGULAR,
                   S_ISFIFO (st.st_mode)
                   ? _("%s: is a FIFO (named pipe), not a file; give it on standard input (-) instead")
                   : _("%s: is a device or socket, not a file; Byline reads only files and standard input"),
                   display);
      return FALSE;
    }
  if ((guint64) st.st_size > byline_input_get_max_size ())
    {
      close (fd);
      set_too_large (display, error);
      return FALSE;
    }
  ok = read_all (fd, display, (gsize) st.st_size, contents, len, error);
  close (fd);
  return ok;
}

/**
 * byline_json_check_shape:
 *
 * Checks JSON text before a parser sees it: its size (at most
 * byline_input_get_max_size ()) and how deep arrays and objects nest (at
 * most BYLINE_JSON_MAX_DEPTH), in one linear pass. The error says the line
 * and column; the caller adds the file's name.
 */
gboolean
byline_json_check_shape (const char  *data,
                         gsize        len,
                         GError     **error)
{
  guint depth = 0;
  guint line = 1;
  gsize line_start = 0;
  gboolean in_string = FALSE;

  if (len > byline_input_get_max_size ())
    {
      g_set_error (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_TOO_LARGE,
                   _("larger than %lu MB, the limit for one input"),
                   (unsigned long) MAX (byline_input_get_max_size () / (1024 * 1024), 1));
      return FALSE;
    }
  for (gsize i = 0; i < len; i++)
    {
      char c = data[i];

      if (in_string)
        {
          /* a NUL would cut the string where C reads it: refused */
          if (c == '\\' && i + 5 < len && data[i + 1] == 'u' && data[i + 2] == '0'
              && data[i + 3] == '0' && data[i + 4] == '0' && data[i + 5] == '0')
            {
              g_set_error (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_PARSE,
                           /* Translators: line, column */
                           _("line %u, column %lu: a NUL character (\\u0000) in a string"),
                           line, (unsigned long) (i - line_start + 1));
              return FALSE;
            }
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          else if (c == '\n')
            line++, line_start = i + 1;
          continue;
        }
      switch (c)
        {
        case '"':
          in_string = TRUE;
          break;
        case '[':
        case '{':
          if (++depth > BYLINE_JSON_MAX_DEPTH)
            {
              g_set_error (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_TOO_DEEP,
                           /* Translators: line, column, then the limit */
                           _("line %u, column %lu: arrays and objects nested deeper than %u levels"),
                           line, (unsigned long) (i - line_start + 1), BYLINE_JSON_MAX_DEPTH);
              return FALSE;
            }
          break;
        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;
        case '\n':
          line++, line_start = i + 1;
          break;
        default:
          break;
        }
    }
  return TRUE;
}

/**
 * byline_json_parse:
 *
 * byline_json_check_shape (), then json-glib. The error (BYLINE_INPUT_ERROR)
 * says what and where; the caller adds the file's name.
 *
 * Returns: (transfer full): the root, or NULL with @error set
 */
JsonNode *
byline_json_parse (const char  *data,
                   gssize       len,
                   GError     **error)
{
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GError) local = NULL;
  JsonNode *root;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  if (len < 0)
    len = strlen (data);
  if (!byline_json_check_shape (data, (gsize) len, error))
    return NULL;
  if (memchr (data, '\0', (gsize) len) != NULL)
    {
      g_set_error (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_PARSE,
                   _("a NUL byte at byte %lu: binary data, not JSON"),
                   (unsigned long) ((const char *) memchr (data, '\0', (gsize) len) - data));
      return NULL;
    }
  /* mutable, as json_from_string () gives: a cached analysis is corrected in place */
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, len, &local))
    {
      g_set_error_literal (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_PARSE, local->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error_literal (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_PARSE, _("empty, no JSON value"));
      return NULL;
    }
  return json_node_copy (root);
}

/**
 * byline_escape_terminal:
 * @text: (nullable): text from a file or the library
 *
 * Makes text safe to print on a terminal: control characters (but newline
 * and tab), DEL, C1 controls and bidirectional overrides and isolates are
 * written as \xNN or \u{NNNN}; bytes that are not UTF-8 as \xNN.
 *
 * Returns: (transfer full): the escaped text
 */
char *
byline_escape_terminal (const char *text)
{
  GString *out;
  const char *p;
  const char *end;

  if (text == NULL)
    return NULL;
  end = text + strlen (text);
  out = g_string_sized_new (end - text);
  for (p = text; p < end;)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (out, "\\x%02x", (guchar) *p);
          p++;
          continue;
        }
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
        g_string_append_printf (out, "\\x%02x", c);
      else if ((c >= 0x80 && c < 0xa0) || (c >= 0x202a && c <= 0x202e)
               || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c)
        g_string_append_printf (out, "\\u{%04x}", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }
  return g_string_free (out, FALSE);
}

/* Stored analyses */

static const char *const string_keys[] = {
  "schema", "id", "type", "name", "kind", "speaker", "speaker_name", "attribution", "source",
  "source_name", "status", "role", "affiliation", "date", "time_text", "entity", "title",
  "standfirst", "credit", "dateline", "url", "author", "published", "from", "to", "reason",
  "byline", "dateline_text", "wire_place", "wire_agency", "canonical", "country", "ownership",
  "connotation",
};
static const char *const object_array_keys[] = {
  "entities", "quotes", "claims", "meetings", "mentions", "participants", "evidence",
  "paragraphs", "sentences", "voices",
};
static const char *const object_keys[] = {
  "document", "cue", "via", "place", "outlet", "signals",
};
/* the elements of these carry a span */
static const char *const span_array_keys[] = {
  "quotes", "claims", "mentions", "evidence", "paragraphs", "sentences",
};

static gboolean
key_in (const char         *key,
        const char *const  *keys,
        gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (key, keys[i]))
      return TRUE;
  return FALSE;
}

typedef struct
{
  gsize        n_chars;
  GError     **error;
  const char  *where;
  guint        index;
} Checking;

static gboolean check_object (JsonObject *o, Checking *c, guint depth, gboolean needs_span);

/* The contract's words: an entity's type, a quote's kind, a claim's
 * attribution and kind, a meeting's status (byline-vocabulary.h) */
static gboolean
contract_word_ok (const char *where,
                  const char *key,
                  const char *word)
{
  union { BylineEntityType t; BylineQuoteKind q; BylineAttribution a; BylineClaimKind k; BylineMeetingStatus m; } out;

  if (word == NULL)
    return TRUE;
  if (g_str_equal (where, "entities") && g_str_equal (key, "type"))
    return byline_entity_type_from_string (word, &out.t);
  if (g_str_equal (where, "quotes") && g_str_equal (key, "kind"))
    return byline_quote_kind_from_string (word, &out.q);
  if (g_str_equal (where, "claims") && g_str_equal (key, "attribution"))
    return byline_attribution_from_string (word, &out.a);
  if (g_str_equal (where, "claims") && g_str_equal (key, "kind"))
    return byline_claim_kind_from_string (word, &out.k);
  if (g_str_equal (where, "meetings") && g_str_equal (key, "status"))
    return byline_meeting_status_from_string (word, &out.m);
  return TRUE;
}

static gboolean
fail_at (Checking   *c,
         const char *key,
         const char *what)
{
  g_set_error (c->error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_PARSE,
               /* Translators: "“end” in quotes[3]: past the end of the text" */
               _("“%s” in %s[%u]: %s"), key, c->where, c->index, what);
  return FALSE;
}

static gboolean
is_int (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

static gboolean
check_member (JsonObject *o,
              const char *key,
              JsonNode   *node,
              Checking   *c,
              guint       depth)
{
  if (depth > BYLINE_JSON_MAX_DEPTH)
    return fail_at (c, key, _("nested too deep"));
  if (g_str_equal (key, "start") || g_str_equal (key, "end"))
    {
      gint64 v;

      if (!is_int (node))
        return fail_at (c, key, _("not a whole number"));
      v = json_node_get_int (node);
      if (v < 0 || (guint64) v > c->n_chars)
        return fail_at (c, key, _("outside the text"));
      return TRUE;
    }
  if (key_in (key, string_keys, G_N_ELEMENTS (string_keys)))
    {
      if (!JSON_NODE_HOLDS_NULL (node)
          && !(JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING))
        return fail_at (c, key, _("not text"));
      if (!contract_word_ok (c->where, key, JSON_NODE_HOLDS_NULL (node) ? NULL : json_node_get_string (node)))
        return fail_at (c, key, _("not a word of the analysis"));
      return TRUE;
    }
  if (key_in (key, object_keys, G_N_ELEMENTS (object_keys)))
    {
      if (JSON_NODE_HOLDS_NULL (node))
        return TRUE;
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail_at (c, key, _("not an object"));
      /* the signals are counts no reader takes a span from */
      if (g_str_equal (key, "signals"))
        return TRUE;
      return check_object (json_node_get_object (node), c, depth + 1, FALSE);
    }
  if (key_in (key, object_array_keys, G_N_ELEMENTS (object_array_keys)))
    {
      JsonArray *array;
      gboolean spans = key_in (key, span_array_keys, G_N_ELEMENTS (span_array_keys));

      if (!JSON_NODE_HOLDS_ARRAY (node))
        return fail_at (c, key, _("not a list"));
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          const char *where = c->where;
          guint index = c->index;
          gboolean ok;

          c->where = key, c->index = i;
          if (!JSON_NODE_HOLDS_OBJECT (element))
            return fail_at (c, key, _("not an object"));
          ok = check_object (json_node_get_object (element), c, depth + 1, spans);
          c->where = where, c->index = index;
          if (!ok)
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
check_object (JsonObject *o,
              Checking   *c,
              guint       depth,
              gboolean    needs_span)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;
  JsonNode *start = json_object_get_member (o, "start");
  JsonNode *end = json_object_get_member (o, "end");

  json_object_iter_init (&iter, o);
  while (json_object_iter_next (&iter, &key, &node))
    if (!check_member (o, key, node, c, depth))
      return FALSE;
  if ((needs_span || start != NULL || end != NULL) && (start == NULL || end == NULL))
    return fail_at (c, start == NULL ? "start" : "end", _("missing"));
  if (start != NULL && json_node_get_int (start) > json_node_get_int (end))
    return fail_at (c, "end", _("before the start"));
  return TRUE;
}

/**
 * byline_json_check_analysis:
 * @root: an analysis read back from somewhere (the library's cache)
 * @n_chars: the length of its article's text, in characters
 *
 * Checks what readers of an analysis rely on: every list of entities,
 * quotes, claims, meetings, mentions and spans holds objects, every span is
 * two whole numbers inside the text with the start first, and names and
 * kinds are text. The error says which item is wrong.
 */
gboolean
byline_json_check_analysis (JsonNode  *root,
                            gsize      n_chars,
                            GError   **error)
{
  Checking c = { n_chars, error, "analysis", 0 };

  g_return_val_if_fail (root != NULL, FALSE);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_PARSE,
                           _("an analysis must be a JSON object"));
      return FALSE;
    }
  return check_object (json_node_get_object (root), &c, 0, FALSE);
}

/**
 * byline_json_check_analysis_item:
 * @item: one element of an analysis's @list
 * @list: "entities", "quotes", "meetings" or "claims"
 * @index: its index, for the error
 * @n_chars: the length of the article's text, in characters
 *
 * The check of byline_json_check_analysis () for one item, for a reader
 * that skips a damaged item and keeps the rest.
 */
gboolean
byline_json_check_analysis_item (JsonNode    *item,
                                 const char  *list,
                                 guint        index,
                                 gsize        n_chars,
                                 GError     **error)
{
  Checking c = { n_chars, error, list, index };

  g_return_val_if_fail (item != NULL && list != NULL, FALSE);

  if (!JSON_NODE_HOLDS_OBJECT (item))
    return fail_at (&c, list, _("not an object"));
  return check_object (json_node_get_object (item), &c, 1,
                       key_in (list, span_array_keys, G_N_ELEMENTS (span_array_keys)));
}

/* Members of JSON from a file */

JsonNode *
byline_json_get_member (JsonObject *o,
                        const char *member)
{
  return o != NULL ? json_object_get_member (o, member) : NULL;
}

const char *
byline_json_get_string (JsonObject *o,
                        const char *member)
{
  JsonNode *node = byline_json_get_member (o, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
         ? json_node_get_string (node) : NULL;
}

JsonObject *
byline_json_get_object (JsonObject *o,
                        const char *member)
{
  JsonNode *node = byline_json_get_member (o, member);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

JsonArray *
byline_json_get_array (JsonObject *o,
                       const char *member)
{
  JsonNode *node = byline_json_get_member (o, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

gboolean
byline_json_get_int (JsonObject *o,
                     const char *member,
                     gint64     *value)
{
  JsonNode *node = byline_json_get_member (o, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    *value = json_node_get_int (node);
  else if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    *value = (gint64) json_node_get_double (node);
  else
    return FALSE;
  return TRUE;
}

/* A member's whole number, 0 when it is missing or not a number */
gint64
byline_json_get_number (JsonObject *o,
                        const char *member)
{
  JsonNode *n = byline_json_get_member (o, member);

  return n != NULL && JSON_NODE_HOLDS_VALUE (n) ? json_node_get_int (n) : 0;
}

/* The object at @i of @a, or NULL when it is not one */
JsonObject *
byline_json_array_get_object (JsonArray *a,
                              guint      i)
{
  JsonNode *n = a != NULL && i < json_array_get_length (a) ? json_array_get_element (a, i) : NULL;

  return n != NULL && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
}
