package faqbot.chat.admin;

import faqbot.chat.Command;
import faqbot.chat.CommandHook;
import faqbot.chat.Conversation;
import faqbot.chat.Inbound;
import faqbot.config.LangMode;
import faqbot.core.ChatKind;
import faqbot.core.FaqBot;
import faqbot.core.FaqReloader;
import faqbot.faq.FaqProblem;
import faqbot.faq.Lang;
import faqbot.reply.Reply;
import faqbot.store.GroupSettings;
import faqbot.store.SettingsStore;
import faqbot.store.Stats;
import faqbot.text.Messages;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The community commands: {@code /settings}, {@code /listen}, {@code /lang} and {@code /unanswered}
 * for a chat's admins, {@code /reload} and {@code /stats} for the bot's admins. Every reply is a
 * notice with the warnings, like everything the bot says; refusals are polite and change nothing.
 */
public final class AdminCommands implements CommandHook {
    private static final Logger LOG = LoggerFactory.getLogger(AdminCommands.class);
    private static final Set<String> NAMES = Set.of("settings", "listen", "lang", "unanswered", "reload", "stats");
    /** Problems listed in a refused reload at most; the rest are counted, and {@code check} lists them all. */
    static final int MAX_PROBLEMS_SHOWN = 25;
    /** Characters of problem text at most, so the list stays one or two messages. */
    static final int MAX_PROBLEM_CHARS = 3_000;

    private final AtomicReference<FaqBot> core;
    private final SettingsStore settings;
    private final LangMode defaultLang;
    private final AdminCheck admins;
    private final Stats stats;
    private final FaqReloader reloader;
    private final boolean seesAllGroupMessages;

    /**
     * @param seesAllGroupMessages whether Telegram privacy mode is off for the bot (getMe), which listen mode needs
     */
    public AdminCommands(AtomicReference<FaqBot> core, SettingsStore settings, LangMode defaultLang, AdminCheck admins, Stats stats,
                  FaqReloader reloader, boolean seesAllGroupMessages) {
        this.core = Objects.requireNonNull(core, "core");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.defaultLang = Objects.requireNonNull(defaultLang, "defaultLang");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.stats = Objects.requireNonNull(stats, "stats");
        this.reloader = Objects.requireNonNull(reloader, "reloader");
        this.seesAllGroupMessages = seesAllGroupMessages;
    }

    @Override
    public boolean knows(Command command) {
        return NAMES.contains(command.name());
    }

    @Override
    public Optional<Reply> handle(Command command, Inbound.Origin origin, Lang lang) {
        return Optional.ofNullable(switch (command.name()) {
            case "settings" -> notice(lang, show(origin, lang));
            case "listen" -> listen(command.args(), origin, lang);
            case "lang" -> lang(command.args(), origin, lang);
            case "unanswered" -> unanswered(command.args(), origin, lang);
            case "reload" -> reload(origin, lang);
            case "stats" -> admins.isBotAdmin(origin) ? notice(lang, stats.render(lang)) : notice(lang, text(lang, "admin.botAdminsOnly", "/stats"));
            default -> null;
        });
    }

    @Override
    public boolean exemptFromFlood(Inbound.Origin origin) {
        return origin.kind().isGroup() && admins.mayConfigure(origin) == AdminCheck.Verdict.ADMIN;
    }

    @Override
    public String helpLines(Lang lang) {
        return text(lang, "admin.help");
    }

    private Reply listen(String args, Inbound.Origin o, Lang lang) {
        Optional<Boolean> on = onOff(args);
        if (on.isEmpty()) {
            return notice(lang, text(lang, "admin.usage", "/listen on|off"));
        }
        if (o.kind() == ChatKind.PRIVATE) {
            return notice(lang, text(lang, "admin.listenIsForGroups"));
        }
        // In a forum topic the setting is that topic's; in the General topic or a group without topics, the whole group's.
        return change(o, lang, lang, s -> o.threadId() != 0 ? s.withTopicListen(o.threadId(), on.get()) : s.withListen(on.get()));
    }

    private Reply lang(String args, Inbound.Origin o, Lang lang) {
        Optional<LangMode> mode = LangMode.parse(firstWord(args));
        if (mode.isEmpty()) {
            return notice(lang, text(lang, "admin.usage", "/lang auto|en|ko"));
        }
        // Confirm in the language just chosen, so the admin sees the effect at once.
        return change(o, lang, mode.get().forced().orElse(Conversation.userLang(o)), s -> s.withLang(mode.get()));
    }

    private Reply unanswered(String args, Inbound.Origin o, Lang lang) {
        Optional<Boolean> on = onOff(args);
        if (on.isEmpty()) {
            return notice(lang, text(lang, "admin.usage", "/unanswered on|off"));
        }
        return change(o, lang, lang, s -> s.withLogUnanswered(on.get()));
    }

    private Reply change(Inbound.Origin o, Lang lang, Lang confirmLang, UnaryOperator<GroupSettings> change) {
        switch (admins.mayConfigure(o)) {
            case NOT_ADMIN -> {
                return notice(lang, text(lang, "admin.adminsOnly"));
            }
            case UNKNOWN -> {
                return notice(lang, text(lang, "admin.cannotCheck"));
            }
            case ADMIN -> {
            }
        }
        try {
            settings.update(o.chatId(), change);
        } catch (IOException e) {
            LOG.error("could not save a chat's settings, they are unchanged: {}", e.toString());
            return notice(lang, text(lang, "admin.notSaved"));
        }
        LOG.info("settings changed in a {} chat", o.kind().code());
        return notice(confirmLang, text(confirmLang, "admin.saved") + "\n\n" + show(o, confirmLang));
    }

    private Reply reload(Inbound.Origin o, Lang lang) {
        if (!admins.isBotAdmin(o)) {
            return notice(lang, text(lang, "admin.botAdminsOnly", "/reload"));
        }
        if (o.kind() != ChatKind.PRIVATE) {
            return notice(lang, text(lang, "admin.reloadInPrivate"));
        }
        FaqReloader.Result r = reloader.reload();
        log(r, "/reload");
        return notice(lang, describe(r, lang));
    }

    /** Logs a reload result, from /reload or SIGHUP. */
    public static void log(FaqReloader.Result r, String via) {
        if (r instanceof FaqReloader.Result.Swapped s) {
            LOG.info("{}: FAQ reloaded from {}, {} entries in service", via, s.folder(), s.entries());
        } else if (r instanceof FaqReloader.Result.Refused f) {
            LOG.warn("{}: FAQ in {} refused, the previous FAQ stays in service; {} problem(s):{}", via, f.folder(), f.problems().size(),
                    f.problems().stream().map(p -> "\n  - " + p).reduce("", String::concat));
        } else {
            LOG.warn("{}: nothing to reload, the FAQ built into the jar is in service (set faqDir or --faq to reload a folder)", via);
        }
    }

    /** What an admin reads about a reload; a long problem list is cut to a readable size. */
    static String describe(FaqReloader.Result r, Lang lang) {
        Messages text = Messages.bundled();
        if (r instanceof FaqReloader.Result.Swapped s) {
            return text.get(lang, "admin.reload.swapped", s.folder(), s.entries());
        }
        if (r instanceof FaqReloader.Result.Refused f) {
            List<FaqProblem> problems = f.problems();
            StringBuilder sb = new StringBuilder(text.get(lang, "admin.reload.refused", f.folder(), problems.size()));
            int shown = 0;
            for (FaqProblem p : problems) {
                String line = "\n• " + p;
                if (shown == MAX_PROBLEMS_SHOWN || sb.length() + line.length() > MAX_PROBLEM_CHARS) {
                    break;
                }
                sb.append(line);
                shown++;
            }
            if (shown < problems.size()) {
                sb.append(text.get(lang, "admin.reload.more", problems.size() - shown, f.folder()));
            }
            return sb.toString();
        }
        return text.get(lang, "admin.reload.embedded");
    }

    private String show(Inbound.Origin o, Lang lang) {
        Messages text = Messages.bundled();
        ChatKind kind = o.kind();
        GroupSettings s = settings.get(o.chatId());
        String langValue = s.lang().map(LangMode::code).orElse(text.get(lang, "admin.settings.botDefault", defaultLang.code()));
        StringBuilder sb = new StringBuilder(text.get(lang, "admin.settings.title"));
        sb.append(text.get(lang, "admin.settings.lang", langValue));
        if (kind != ChatKind.PRIVATE) {
            sb.append(text.get(lang, "admin.settings.listen", onOff(text, lang, s.listen())));
            // In a forum topic an admin needs the value that applies here, which /listen in this topic sets.
            if (o.threadId() != 0) {
                sb.append(text.get(lang, "admin.settings.topicListen", onOff(text, lang, s.listens(o.threadId()))));
            } else if (!s.topicListen().isEmpty()) {
                sb.append(text.get(lang, "admin.settings.topicsOwnListen", s.topicListen().size()));
            }
        }
        sb.append(text.get(lang, "admin.settings.unanswered", onOff(text, lang, s.logUnanswered())));
        if (kind != ChatKind.PRIVATE && s.listensAnywhere() && !seesAllGroupMessages) {
            sb.append(text.get(lang, "admin.settings.privacy"));
        }
        sb.append(text.get(lang, kind == ChatKind.PRIVATE ? "admin.settings.changePrivate" : "admin.settings.changeGroup"));
        return sb.toString();
    }

    private Reply notice(Lang lang, String body) {
        return core.get().replies().notice(lang, body);
    }

    private static String onOff(Messages text, Lang lang, boolean on) {
        return text.get(lang, on ? "admin.settings.on" : "admin.settings.off");
    }

    private static Optional<Boolean> onOff(String args) {
        String word = firstWord(args);
        // Accepted in every language, whatever the chat's language: an admin may type either.
        for (Lang l : Lang.values()) {
            if (words(l, "admin.args.on").contains(word)) {
                return Optional.of(true);
            }
            if (words(l, "admin.args.off").contains(word)) {
                return Optional.of(false);
            }
        }
        return Optional.empty();
    }

    private static List<String> words(Lang lang, String key) {
        return List.of(Messages.bundled().get(lang, key).split(","));
    }

    private static String firstWord(String args) {
        String a = args == null ? "" : args.strip().toLowerCase(Locale.ROOT);
        int sp = a.indexOf(' ');
        return sp < 0 ? a : a.substring(0, sp);
    }

    private static String text(Lang lang, String key, Object... args) {
        return Messages.bundled().get(lang, key, args);
    }
}
