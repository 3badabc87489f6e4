package faqbot.store;

import faqbot.config.LangMode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Optional;

/**
 * What a chat's admins chose for the bot in that chat, so each group decides how talkative the
 * bot is and in which language it answers.
 *
 * @param lang          the chat's reply language, e.g. KO; empty means the bot's configured default
 * @param listen        whether the bot may answer clear questions nobody addressed to it, e.g. false
 * @param logUnanswered whether this chat's unmatched questions may go to the unanswered log, e.g. true (opt-out)
 * @param topicListen   listen mode set in single forum topics, by thread id, winning over {@code listen}, e.g. {77=true}
 */
public record GroupSettings(Optional<LangMode> lang, boolean listen, boolean logUnanswered, Map<Integer, Boolean> topicListen) {
    /** A chat nobody configured: bot default language, listen mode off, unanswered questions logged. */
    public static final GroupSettings DEFAULTS = new GroupSettings(Optional.empty(), false, true);

    public GroupSettings {
        Objects.requireNonNull(lang, "lang");
        topicListen = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(topicListen, "topicListen")));
    }

    /** Settings with no topic of their own. */
    public GroupSettings(Optional<LangMode> lang, boolean listen, boolean logUnanswered) {
        this(lang, listen, logUnanswered, Map.of());
    }

    /** Whether listen mode is on where a message was posted: its forum topic's own setting, else the group's. */
    public boolean listens(int threadId) {
        return threadId == 0 ? listen : topicListen.getOrDefault(threadId, listen);
    }

    /** Whether listen mode is on anywhere in the chat: the whole group or at least one forum topic. */
    public boolean listensAnywhere() {
        return listen || topicListen.containsValue(true);
    }

    /** Listen mode for one forum topic only, e.g. a "questions" topic in a busy group. */
    public GroupSettings withTopicListen(int threadId, boolean on) {
        Map<Integer, Boolean> topics = new TreeMap<>(topicListen);
        topics.put(threadId, on);
        return new GroupSettings(lang, listen, logUnanswered, topics);
    }

    public GroupSettings withLang(LangMode mode) {
        return new GroupSettings(Optional.of(mode), listen, logUnanswered, topicListen);
    }

    public GroupSettings withListen(boolean on) {
        return new GroupSettings(lang, on, logUnanswered, topicListen);
    }

    public GroupSettings withLogUnanswered(boolean on) {
        return new GroupSettings(lang, listen, on, topicListen);
    }

    /** The language to use in this chat: its own choice, else the bot's default (e.g. from config). */
    public LangMode effectiveLang(LangMode botDefault) {
        return lang.orElse(Objects.requireNonNull(botDefault, "botDefault"));
    }
}
