package faqbot.store;

import faqbot.config.LangMode;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The deterministic sequence of settings changes that the killed writer makes, so the test can tell which states are complete. */
final class CrashScenario {
    /** Chats 1..5 are rewritten in turn; the seed chats only make each file large enough to take a while to write. */
    static final int CHANGING_CHATS = 5;

    private CrashScenario() {
    }

    static SortedMap<Long, GroupSettings> seed(int chats) {
        SortedMap<Long, GroupSettings> m = new TreeMap<>();
        for (int i = 0; i < chats; i++) {
            m.put(-1_000_000_000_000L - i, new GroupSettings(Optional.of(LangMode.KO), true, i % 2 == 0));
        }
        return m;
    }

    static long chatFor(int change) {
        return change % CHANGING_CHATS + 1;
    }

    /** The settings change number {@code change} writes; always has a language, so it is never the defaults. */
    static GroupSettings settingsAfter(int change) {
        return new GroupSettings(Optional.of(LangMode.values()[change % 3]), change % 2 == 0, change % 7 != 0);
    }

    /** The complete state after the first {@code changes} changes. */
    static SortedMap<Long, GroupSettings> stateAfter(int seedChats, int changes) {
        SortedMap<Long, GroupSettings> m = seed(seedChats);
        for (int k = 1; k <= changes; k++) {
            m.put(chatFor(k), settingsAfter(k));
        }
        return m;
    }
}
