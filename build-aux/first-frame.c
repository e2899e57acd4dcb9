/* first-frame.c: an LD_PRELOAD shim for build-aux/bench-ui. It writes to
 * $FIRST_FRAME_FILE the time (CLOCK_MONOTONIC, microseconds) at which a
 * program first pushes a frame's pixels to the X server: under Xvfb both
 * Mesa's software GL and cairo put images, so this is when the first frame
 * reaches the screen, whatever the program.
 *
 * Copyright 2026 The Byline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void
first_frame (const char *via)
{
  static int done;
  struct timespec t;
  const char *path = getenv ("FIRST_FRAME_FILE");
  FILE *f;

  if (done)
    return;
  done = 1;
  clock_gettime (CLOCK_MONOTONIC, &t);
  if (path != NULL && (f = fopen (path, "w")) != NULL)
    {
      fprintf (f, "%lld %s\n", (long long) t.tv_sec * 1000000 + t.tv_nsec / 1000, via);
      fclose (f);
    }
}

#define HOOK(ret, name, params, args) \
  ret name params \
  { \
    static ret (*real) params; \
    ret r; \
    if (real == NULL) \
      real = (ret (*) params) dlsym (RTLD_NEXT, #name); \
    r = real args; \
    first_frame (#name); \
    return r; \
  }

typedef struct { unsigned int sequence; } cookie;
HOOK (cookie, xcb_put_image, (void *c, unsigned char f, unsigned int d, unsigned int g, unsigned short w, unsigned short h, short x, short y, unsigned char lp, unsigned char dep, unsigned int len, const unsigned char *data), (c, f, d, g, w, h, x, y, lp, dep, len, data))
HOOK (cookie, xcb_shm_put_image, (void *c, unsigned int d, unsigned int g, unsigned short tw, unsigned short th, unsigned short sx, unsigned short sy, unsigned short sw, unsigned short sh, short dx, short dy, unsigned char dep, unsigned char f, unsigned char se, unsigned int shm, unsigned int off), (c, d, g, tw, th, sx, sy, sw, sh, dx, dy, dep, f, se, shm, off))
HOOK (int, XPutImage, (void *d, unsigned long w, void *g, void *i, int sx, int sy, int dx, int dy, unsigned int wi, unsigned int he), (d, w, g, i, sx, sy, dx, dy, wi, he))
HOOK (int, XShmPutImage, (void *d, unsigned long w, void *g, void *i, int sx, int sy, int dx, int dy, unsigned int wi, unsigned int he, int se), (d, w, g, i, sx, sy, dx, dy, wi, he, se))
