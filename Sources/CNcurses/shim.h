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
static inline FILE *rd_stdin_file(void) { return stdin; }
static inline FILE *rd_stdout_file(void) { return stdout; }
static inline WINDOW *rd_curscr(void) { return curscr; }
static inline int rd_key_code_yes(void) { return KEY_CODE_YES; }
static inline int rd_key_resize(void) { return KEY_RESIZE; }
static inline int rd_key_mouse(void) { return KEY_MOUSE; }
static inline int rd_err(void) { return ERR; }
/// 1 when the terminfo entry has the string capability `name` (e.g. "cup").
static inline int rd_has_string_cap(const char *name) {
    char *s = tigetstr(name);
    return s != NULL && s != (char *)-1;
}
/// 1 when the boolean capability is set, or a numeric/string capability of that name exists (RGB, Tc).
static inline int rd_has_flag_cap(const char *name) {
    if (tigetflag(name) > 0) return 1;
    if (tigetnum(name) > 0) return 1;
    return rd_has_string_cap(name);
}
/// Sets a wide cell with an extended colour pair (any pair number, through the opts pointer).
static inline int rd_setcchar(cchar_t *cell, const wchar_t *text, attr_t attrs, int pair) {
    return setcchar(cell, text, attrs, 0, &pair);
}
#endif
