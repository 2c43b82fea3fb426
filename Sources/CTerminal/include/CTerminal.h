// Process-wide terminal plumbing that must live in C: signal handlers and the wake-up pipe.
#ifndef RELAYDECK_CTERMINAL_H
#define RELAYDECK_CTERMINAL_H

/// Placeholder; the terminal engine fills this target in.
int rd_cterminal_version(void);

#endif
