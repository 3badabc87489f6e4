package faqbot.cli;

import java.util.List;

/**
 * The exit codes, following BSD sysexits.h, so that systemd (and a person) can tell a problem a
 * restart may cure (server unreachable) from one it never will (bad configuration, token rejected);
 * packaging/faqbot.service restarts on {@link #RESTART} and stops on {@link #NO_RESTART}.
 */
public final class ExitCodes {
    /** Done, or stopped on request (SIGTERM, Ctrl-C). */
    public static final int OK = 0;
    /** The command ran and its verdict is negative: check found problems, eval scored below the bar or skipped lines. */
    public static final int FAILED = 1;
    /** EX_USAGE: the command line is wrong (unknown option, missing argument, unreadable input file). */
    public static final int USAGE = 64;
    /** EX_DATAERR: the FAQ cannot be used. */
    public static final int DATA = 65;
    /** EX_UNAVAILABLE: the Bot API server could not be reached (DNS, refused, timeout) for the whole retry time. */
    public static final int UNAVAILABLE = 69;
    /** EX_SOFTWARE: a bug; the message says what. */
    public static final int SOFTWARE = 70;
    /** EX_TEMPFAIL: the server answered, but only with errors (5xx, 429) for the whole retry time. */
    public static final int TEMPORARY = 75;
    /** EX_NOPERM: the Bot API server rejected the token. */
    public static final int TOKEN_REJECTED = 77;
    /** EX_CONFIG: bad configuration (file, environment, token missing or malformed, data folder unusable). */
    public static final int CONFIG = 78;

    /** Codes after which a restart may help: the unit's RestartForceExitStatus. */
    public static final List<Integer> RESTART = List.of(UNAVAILABLE, TEMPORARY);
    /** Codes after which a restart cannot help: the unit's RestartPreventExitStatus. */
    public static final List<Integer> NO_RESTART = List.of(USAGE, DATA, TOKEN_REJECTED, CONFIG);

    private ExitCodes() {
    }
}
