// Process-wide terminal plumbing that must live in C: signal flags, the wake-up pipe, poll, a pty spawner.
#ifndef RELAYDECK_CTERMINAL_H
#define RELAYDECK_CTERMINAL_H

#include <sys/types.h>

/// Signal bits returned by rd_term_take_signals().
enum {
    RD_SIG_INT = 1 << 0,
    RD_SIG_TERM = 1 << 1,
    RD_SIG_HUP = 1 << 2,
    RD_SIG_WINCH = 1 << 3,
    RD_SIG_TSTP = 1 << 4,
    RD_SIG_CONT = 1 << 5,
};

/// Readiness bits returned by rd_term_poll().
enum {
    RD_POLL_INPUT = 1 << 0,
    RD_POLL_WAKE = 1 << 1,
    RD_POLL_HUP = 1 << 2,
    RD_POLL_ERR = 1 << 3,
};

/// Creates the wake-up pipe (once; non-blocking, close-on-exec). Returns 0, or -1 with errno set.
int rd_term_open_pipe(void);
/// Installs flag-setting handlers for INT, TERM, HUP, WINCH, TSTP, CONT. INT, TERM and HUP stay
/// ignored when the process inherited them ignored (nohup, background jobs). Returns 0 or -1.
int rd_term_install_signals(void);
/// Puts back the dispositions that were in place before rd_term_install_signals().
void rd_term_restore_signals(void);
/// Returns the RD_SIG_* bits raised since the last call, and clears them.
unsigned rd_term_take_signals(void);
/// Writes one byte to the wake-up pipe. Safe from any thread and from a signal handler.
void rd_term_wake(void);
/// Empties the wake-up pipe; returns the number of bytes read.
int rd_term_drain_wake(void);
/// Waits for input on `fd` or the wake-up pipe; timeout_ms < 0 waits forever.
/// Returns RD_POLL_* bits (0 on timeout or EINTR), or -1 on another error.
int rd_term_poll(int fd, int timeout_ms);
/// Stops the process with SIGTSTP's default action; returns after SIGCONT with the handler back in place.
void rd_term_stop_self(void);
/// Reads the window size of `fd`; returns 0 or -1.
int rd_term_window_size(int fd, int *rows, int *cols);
/// Makes Ctrl-C a key rather than SIGINT on the terminal `fd` (Ctrl-Z and Ctrl-\\ keep their signals); 0 on success.
int rd_term_key_interrupt(int fd);

/// Clears the RD_SIG_* bits in `mask` that were raised and not yet taken (a Ctrl-C meant for a program the user ran
/// on the terminal, not for us).
void rd_term_forget_signals(unsigned mask);
/// Starts `file` (looked up in PATH when it has no slash) with `argv` and `envp`, no shell, every signal at its
/// default and none blocked. With `output_fd` >= 0, standard input is /dev/null and standard output and error go to
/// `output_fd`; otherwise it shares our terminal. Returns the pid, or -1 with errno set.
pid_t rd_spawn(const char *file, char *const argv[], char *const envp[], int output_fd);
/// Waits for `pid` to end (through EINTR; a child stopped by Ctrl-Z is continued, as there is no shell to resume
/// it); returns its exit status, 128 + the signal that ended it, or -1.
int rd_wait(pid_t pid);

/// Guards against a crash while curses owns the terminal: saves the tty modes of `fd` now (call it before
/// newterm), and on SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT or SIGFPE puts them back and writes the
/// restore sequence before the previous handler (Swift's backtracer, or the default action) runs.
int rd_term_install_crash_guard(int fd);
/// Sets the bytes the crash guard writes (e.g. sgr0 + cnorm + rmcup from terminfo); at most 255.
void rd_term_set_crash_restore(const char *restore);
/// Removes the crash guard (after a normal restore).
void rd_term_remove_crash_guard(void);

/// Tunes glibc's malloc for a long-running process: one arena (instead of one per thread, each keeping what it
/// freed) and blocks of 256 KiB or more mapped on their own (returned to the system when freed); 1 when both took.
/// Sets Swift's global-executor enqueue hook to `hook` (a Swift thin function) when none is set; 1 when set. NIO
/// finds the hook with dlsym, which a statically linked Swift runtime does not answer: this reaches it by the linker.
int rd_install_enqueue_global_hook(const void *hook);
int rd_malloc_tune(void);

/// Starts argv[0] (a path) on a new pty of rows x cols with `envp`; stores the master in *master_fd.
/// Returns the child's pid, or -1. For the benchmark and tests.
pid_t rd_pty_spawn(const char *const argv[], const char *const envp[], int rows, int cols, int *master_fd);
/// Sets the window size of a pty master; returns 0 or -1.
int rd_pty_resize(int master_fd, int rows, int cols);

#endif
