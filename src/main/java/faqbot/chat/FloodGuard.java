package faqbot.chat;

import faqbot.config.BotConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * Keeps one person from turning the bot into a spam cannon in a group: after more than
 * {@code limit} addressed messages in the window they get one notice, then silence for a while.
 */
public final class FloodGuard {
    /** What to do with an addressed message. */
    public enum Verdict {
        /** Answer it. */
        ALLOW,
        /** Send the one flood notice instead of an answer. */
        NOTICE,
        /** Say nothing. */
        SILENT
    }

    /**
     * @param limit   addressed messages allowed per window, e.g. 5
     * @param window  e.g. one minute
     * @param silence how long a flooder is ignored after the notice, e.g. ten minutes
     */
    public record Settings(int limit, Duration window, Duration silence) {
        /** The configured defaults (config.BotConfig.Flood). */
        public static final Settings DEFAULTS = of(BotConfig.Flood.DEFAULTS);

        /** The configured flood limits: so many questions a minute, then silence for so many seconds. */
        public static Settings of(BotConfig.Flood f) {
            return new Settings(f.maxQuestionsPerMinute(), Duration.ofMinutes(1), Duration.ofSeconds(f.muteSeconds()));
        }

        public Settings {
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(silence, "silence");
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be at least 1");
            }
        }
    }

    private record Key(long chatId, long userId) {
    }

    private static final class State {
        final ArrayDeque<Long> times = new ArrayDeque<>();
        long silencedUntil;
    }

    private final Clock clock;
    private final Settings settings;
    private final IdleMap<Key, State> states;

    public FloodGuard(Clock clock, Settings settings, int maxTracked) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        // A state is useless once both its window and any silence have passed.
        this.states = new IdleMap<>(clock, settings.window().plus(settings.silence()).toMillis(), maxTracked);
    }

    public FloodGuard(Clock clock) {
        this(clock, Settings.DEFAULTS, 200_000);
    }

    /** Counts one addressed message from the user in the group and says how to treat it. */
    public Verdict check(long chatId, long userId) {
        State s = states.get(new Key(chatId, userId), State::new);
        long now = clock.millis();
        synchronized (s) {
            if (now < s.silencedUntil) {
                return Verdict.SILENT;
            }
            long windowStart = now - settings.window().toMillis();
            while (!s.times.isEmpty() && s.times.peekFirst() <= windowStart) {
                s.times.pollFirst();
            }
            s.times.addLast(now);
            if (s.times.size() > settings.limit()) {
                s.times.clear();
                s.silencedUntil = now + settings.silence().toMillis();
                return Verdict.NOTICE;
            }
            return Verdict.ALLOW;
        }
    }

    /** Clears the user's count and any silence in the group: their messages so far were exempt (an admin's commands). */
    public void forgive(long chatId, long userId) {
        State s = states.get(new Key(chatId, userId), State::new);
        synchronized (s) {
            s.times.clear();
            s.silencedUntil = 0;
        }
    }

    /** How many (group, user) pairs are remembered, for the memory tests. */
    public int tracked() {
        return states.size();
    }
}
