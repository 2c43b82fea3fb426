// Wide-character ncurses for Swift: the macros and globals Swift 6 cannot import are wrapped here.
#ifndef RELAYDECK_CNCURSES_SHIM_H
#define RELAYDECK_CNCURSES_SHIM_H
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static inline WINDOW *rd_stdscr(void) { return stdscr; }
static inline int rd_lines(void) { return LINES; }
static inline int rd_cols(void) { return COLS; }
static inline int rd_colors(void) { return COLORS; }
static inline int rd_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t rd_a_normal(void) { return A_NORMAL; }
static inline attr_t rd_a_bold(void) { return A_BOLD; }
static inline attr_t rd_a_dim(void) { return A_DIM; }
static inline attr_t rd_a_italic(void) { return A_ITALIC; }
static inline attr_t rd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rd_a_reverse(void) { return A_REVERSE; }
static inline attr_t rd_a_blink(void) { return A_BLINK; }
static inline void rd_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }
#endif
