import CNcurses
import CTerminal
import TerminalUI

/// Placeholder for the ncurses backend.
public enum CursesBackendInfo { public static let name = "curses" }
