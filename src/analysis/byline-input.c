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
