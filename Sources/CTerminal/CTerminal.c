#include "CTerminal.h"

int rd_cterminal_version(void) { return 1; }
