#define _GNU_SOURCE
#include <malloc.h>
#include "CTerminal.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

static int wake_pipe[2] = {-1, -1};
static atomic_uint pending_signals;

static const int handled[] = {SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT};
enum { HANDLED_COUNT = sizeof handled / sizeof handled[0] };
static struct sigaction previous[HANDLED_COUNT];
static int installed[HANDLED_COUNT];

static unsigned bit_for(int sig) {
    switch (sig) {
    case SIGINT: return RD_SIG_INT;
    case SIGTERM: return RD_SIG_TERM;
    case SIGHUP: return RD_SIG_HUP;
    case SIGWINCH: return RD_SIG_WINCH;
    case SIGTSTP: return RD_SIG_TSTP;
    case SIGCONT: return RD_SIG_CONT;
    default: return 0;
    }
}

// Only async-signal-safe work here: an atomic OR and one write().
static void on_signal(int sig) {
    int saved = errno;
    atomic_fetch_or(&pending_signals, bit_for(sig));
    rd_term_wake();
    errno = saved;
}

int rd_term_open_pipe(void) {
    if (wake_pipe[0] >= 0) return 0;
    return pipe2(wake_pipe, O_NONBLOCK | O_CLOEXEC);
}

static int install_one(int index, int sig) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    if (sigaction(sig, &sa, &previous[index]) != 0) return -1;
    installed[index] = 1;
    return 0;
}

int rd_term_install_signals(void) {
    if (rd_term_open_pipe() != 0) return -1;
    for (int i = 0; i < HANDLED_COUNT; i++) {
        int sig = handled[i];
        if (installed[i]) continue;
        if (sig == SIGINT || sig == SIGTERM || sig == SIGHUP) {
            struct sigaction current;
            if (sigaction(sig, NULL, &current) == 0 && current.sa_handler == SIG_IGN) continue;
        }
        if (install_one(i, sig) != 0) return -1;
    }
    return 0;
}

void rd_term_restore_signals(void) {
    for (int i = 0; i < HANDLED_COUNT; i++) {
        if (!installed[i]) continue;
        sigaction(handled[i], &previous[i], NULL);
        installed[i] = 0;
    }
}

unsigned rd_term_take_signals(void) { return atomic_exchange(&pending_signals, 0u); }

void rd_term_forget_signals(unsigned mask) { atomic_fetch_and(&pending_signals, ~mask); }

pid_t rd_spawn(const char *file, char *const argv[], char *const envp[], int output_fd) {
    posix_spawnattr_t attr;
    posix_spawn_file_actions_t actions;
    if (posix_spawnattr_init(&attr) != 0) return -1;
    posix_spawn_file_actions_init(&actions);
    sigset_t none, defaults;
    sigemptyset(&none);
    sigfillset(&defaults);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    if (output_fd >= 0) {
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_adddup2(&actions, output_fd, 1);
        posix_spawn_file_actions_adddup2(&actions, output_fd, 2);
    }
    pid_t pid = -1;
    int rc = posix_spawnp(&pid, file, &actions, &attr, argv, envp);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    if (rc != 0) { errno = rc; return -1; }
    return pid;
}

int rd_wait(pid_t pid) {
    for (;;) {
        int status = 0;
        pid_t r = waitpid(pid, &status, WUNTRACED);
        if (r < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (WIFSTOPPED(status)) { kill(pid, SIGCONT); continue; }
        if (WIFEXITED(status)) return WEXITSTATUS(status);
        if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    }
}

void rd_term_wake(void) {
    if (wake_pipe[1] < 0) return;
    char byte = 1;
    // A full pipe already guarantees a wake-up, so EAGAIN is fine to ignore.
    ssize_t ignored = write(wake_pipe[1], &byte, 1);
    (void)ignored;
}

int rd_term_drain_wake(void) {
    if (wake_pipe[0] < 0) return 0;
    char sink[64];
    int total = 0;
    for (;;) {
        ssize_t n = read(wake_pipe[0], sink, sizeof sink);
        if (n > 0) { total += (int)n; continue; }
        if (n < 0 && errno == EINTR) continue;
        return total;
    }
}

int rd_term_poll(int fd, int timeout_ms) {
    struct pollfd fds[2] = {
        {.fd = fd, .events = POLLIN},
        {.fd = wake_pipe[0], .events = POLLIN},
    };
    int n = poll(fds, 2, timeout_ms);
    if (n < 0) return errno == EINTR ? 0 : -1;
    int result = 0;
    if (fds[0].revents & POLLIN) result |= RD_POLL_INPUT;
    if (fds[0].revents & POLLHUP) result |= RD_POLL_HUP;
    if (fds[0].revents & (POLLERR | POLLNVAL)) result |= RD_POLL_ERR;
    if (fds[1].revents & POLLIN) result |= RD_POLL_WAKE;
    return result;
}

void rd_term_stop_self(void) {
    struct sigaction dfl, mine;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGTSTP, &dfl, &mine);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
    raise(SIGTSTP);
    // Execution continues here after SIGCONT.
    sigaction(SIGTSTP, &mine, NULL);
}

int rd_term_window_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

pid_t rd_pty_spawn(const char *const argv[], const char *const envp[], int rows, int cols, int *master_fd) {
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    ws.ws_row = (unsigned short)rows;
    ws.ws_col = (unsigned short)cols;
    int master = -1;
    pid_t pid = forkpty(&master, NULL, NULL, &ws);
    if (pid < 0) return -1;
    if (pid == 0) {
        execve(argv[0], (char *const *)argv, (char *const *)envp);
        _exit(127);
    }
    fcntl(master, F_SETFD, FD_CLOEXEC);
    *master_fd = master;
    return pid;
}

int rd_pty_resize(int master_fd, int rows, int cols) {
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    ws.ws_row = (unsigned short)rows;
    ws.ws_col = (unsigned short)cols;
    return ioctl(master_fd, TIOCSWINSZ, &ws);
}

static const int fatal_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
enum { FATAL_COUNT = sizeof fatal_signals / sizeof fatal_signals[0] };
static struct sigaction fatal_previous[FATAL_COUNT];
static int fatal_installed;
static int guarded_fd = -1;
static struct termios guarded_modes;
static char restore_sequence[256];
static size_t restore_length;

// Async-signal-safe only: tcsetattr, write, sigaction. Returning re-runs the faulting instruction (or, for
// abort, lets it finish) with the previous handler back in place.
static void on_fatal(int sig) {
    int saved = errno;
    if (guarded_fd >= 0) {
        tcsetattr(guarded_fd, TCSANOW, &guarded_modes);
        if (restore_length > 0) {
            ssize_t ignored = write(STDOUT_FILENO, restore_sequence, restore_length);
            (void)ignored;
        }
        guarded_fd = -1;
    }
    for (int i = 0; i < FATAL_COUNT; i++) {
        if (fatal_signals[i] == sig) sigaction(sig, &fatal_previous[i], NULL);
    }
    errno = saved;
}

void rd_term_set_crash_restore(const char *restore) {
    size_t n = restore == NULL ? 0 : strlen(restore);
    if (n >= sizeof restore_sequence) n = sizeof restore_sequence - 1;
    // Length zero first, so a crash meanwhile never writes a half-copied sequence.
    restore_length = 0;
    if (n > 0) memcpy(restore_sequence, restore, n);
    restore_length = n;
}

int rd_term_install_crash_guard(int fd) {
    if (tcgetattr(fd, &guarded_modes) != 0) return -1;
    restore_length = 0;
    guarded_fd = fd;
    if (fatal_installed) return 0;
    for (int i = 0; i < FATAL_COUNT; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_fatal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_NODEFER;
        if (sigaction(fatal_signals[i], &sa, &fatal_previous[i]) != 0) return -1;
    }
    fatal_installed = 1;
    return 0;
}

void rd_term_remove_crash_guard(void) {
    guarded_fd = -1;
    if (!fatal_installed) return;
    for (int i = 0; i < FATAL_COUNT; i++) sigaction(fatal_signals[i], &fatal_previous[i], NULL);
    fatal_installed = 0;
}

// Swift's runtime (libswift_Concurrency) holds this hook; weak, so a runtime without it leaves the address null.
extern void *swift_task_enqueueGlobal_hook __attribute__((weak));

int rd_install_enqueue_global_hook(const void *hook) {
    if (&swift_task_enqueueGlobal_hook == NULL) return 0;
    void *expected = NULL;
    return __atomic_compare_exchange_n(&swift_task_enqueueGlobal_hook, &expected, (void *)hook, 0,
                                       __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST) ? 1 : 0;
}

int rd_malloc_tune(void) {
    int arena = mallopt(M_ARENA_MAX, 1);
    // A fixed threshold: glibc's dynamic one rises to the largest block freed, after which blocks that size come from
    // the heap and stay there once freed.
    return arena && mallopt(M_MMAP_THRESHOLD, 256 * 1024);
}

int rd_term_key_interrupt(int fd) {
    struct termios t;
    if (tcgetattr(fd, &t) != 0) return -1;
    // Ctrl-C stops being the interrupt character: it arrives as the byte 0x03, a key the dashboard binds. ISIG stays
    // on, so Ctrl-Z still suspends and Ctrl-\ still quits.
    t.c_cc[VINTR] = _POSIX_VDISABLE;
    return tcsetattr(fd, TCSANOW, &t);
}
