package faqbot.telegram;

import faqbot.config.LangMode;
import faqbot.core.FaqBot;
import faqbot.core.FaqReloader;
import faqbot.faq.FaqProblem;
import faqbot.faq.Lang;
import faqbot.reply.Reply;
import faqbot.store.GroupSettings;
import faqbot.store.SettingsStore;
import faqbot.store.Stats;
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
final class AdminCommands implements CommandHook {
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
    AdminCommands(AtomicReference<FaqBot> core, SettingsStore settings, LangMode defaultLang, AdminCheck admins, Stats stats,
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
            case "settings" -> notice(lang, show(origin.chatId(), origin.kind(), lang));
            case "listen" -> listen(command.args(), origin, lang);
            case "lang" -> lang(command.args(), origin, lang);
            case "unanswered" -> unanswered(command.args(), origin, lang);
            case "reload" -> reload(origin, lang);
            case "stats" -> admins.isBotAdmin(origin) ? notice(lang, stats.render(lang)) : notice(lang, Texts.botAdminsOnly(lang, "/stats"));
            default -> null;
        });
    }

    @Override
    public String helpLines(Lang lang) {
        return Texts.help(lang);
    }

    private Reply listen(String args, Inbound.Origin o, Lang lang) {
        Optional<Boolean> on = onOff(args);
        if (on.isEmpty()) {
            return notice(lang, Texts.usage(lang, "/listen on|off"));
        }
        if (o.kind() == ChatKind.PRIVATE) {
            return notice(lang, Texts.listenIsForGroups(lang));
        }
        return change(o, lang, lang, s -> s.withListen(on.get()));
    }

    private Reply lang(String args, Inbound.Origin o, Lang lang) {
        Optional<LangMode> mode = LangMode.parse(firstWord(args));
        if (mode.isEmpty()) {
            return notice(lang, Texts.usage(lang, "/lang auto|en|ko"));
        }
        // Confirm in the language just chosen, so the admin sees the effect at once.
        return change(o, lang, mode.get().forced().orElse(Conversation.userLang(o)), s -> s.withLang(mode.get()));
    }

    private Reply unanswered(String args, Inbound.Origin o, Lang lang) {
        Optional<Boolean> on = onOff(args);
        if (on.isEmpty()) {
            return notice(lang, Texts.usage(lang, "/unanswered on|off"));
        }
        return change(o, lang, lang, s -> s.withLogUnanswered(on.get()));
    }

    private Reply change(Inbound.Origin o, Lang lang, Lang confirmLang, UnaryOperator<GroupSettings> change) {
        switch (admins.mayConfigure(o)) {
            case NOT_ADMIN -> {
                return notice(lang, Texts.adminsOnly(lang));
            }
            case UNKNOWN -> {
                return notice(lang, Texts.cannotCheck(lang));
            }
            case ADMIN -> {
            }
        }
        try {
            settings.update(o.chatId(), change);
        } catch (IOException e) {
            LOG.error("could not save a chat's settings, they are unchanged: {}", e.toString());
            return notice(lang, Texts.notSaved(lang));
        }
        LOG.info("settings changed in a {} chat", o.kind().code());
        return notice(confirmLang, Texts.saved(confirmLang) + "\n\n" + show(o.chatId(), o.kind(), confirmLang));
    }

    private Reply reload(Inbound.Origin o, Lang lang) {
        if (!admins.isBotAdmin(o)) {
            return notice(lang, Texts.botAdminsOnly(lang, "/reload"));
        }
        if (o.kind() != ChatKind.PRIVATE) {
            return notice(lang, Texts.reloadInPrivate(lang));
        }
        FaqReloader.Result r = reloader.reload();
        log(r, "/reload");
        return notice(lang, describe(r, lang));
    }

    /** Logs a reload result, from /reload or SIGHUP. */
    static void log(FaqReloader.Result r, String via) {
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
        boolean ko = lang == Lang.KO;
        if (r instanceof FaqReloader.Result.Swapped s) {
            return ko ? "FAQ를 다시 불러왔습니다: 항목 " + s.entries() + "개 (" + s.folder() + ")."
                    : "FAQ reloaded from " + s.folder() + ": " + s.entries() + " entries in service.";
        }
        if (r instanceof FaqReloader.Result.Refused f) {
            List<FaqProblem> problems = f.problems();
            StringBuilder sb = new StringBuilder(ko
                    ? f.folder() + " 의 FAQ에 문제가 " + problems.size() + "개 있어 기존 FAQ를 계속 사용합니다:"
                    : "The FAQ in " + f.folder() + " has " + problems.size() + " problem(s), so the FAQ already in service stays:");
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
                int more = problems.size() - shown;
                sb.append(ko ? "\n… 외 " + more + "개. 전체 목록: java -jar faqbot.jar check " + f.folder()
                        : "\n… and " + more + " more; see them all with: java -jar faqbot.jar check " + f.folder());
            }
            return sb.toString();
        }
        return ko ? "이 봇은 jar에 내장된 FAQ를 쓰고 있어 다시 불러올 폴더가 없습니다. 설정의 faqDir 또는 --faq 로 FAQ 폴더를 지정하세요."
                : "This bot serves the FAQ built into its jar, so there is no folder to reload; set faqDir in the configuration (or --faq) to reload.";
    }

    private String show(long chatId, ChatKind kind, Lang lang) {
        GroupSettings s = settings.get(chatId);
        boolean ko = lang == Lang.KO;
        String langValue = s.lang().map(LangMode::code)
                .orElse(defaultLang.code() + (ko ? " (봇 기본값)" : " (bot default)"));
        StringBuilder sb = new StringBuilder(ko ? "이 대화방의 설정:" : "Settings for this chat:");
        sb.append(ko ? "\n• 답변 언어: " : "\n• Reply language: ").append(langValue);
        if (kind != ChatKind.PRIVATE) {
            sb.append(ko ? "\n• 듣기 모드: " : "\n• Listen mode: ").append(onOff(s.listen(), ko))
                    .append(ko ? " — 저를 부르지 않은 분명한 질문에도 답함" : " (answer clear questions nobody addressed to me)");
        }
        sb.append(ko ? "\n• 못 찾은 질문 기록: " : "\n• Unanswered-questions log: ").append(onOff(s.logUnanswered(), ko))
                .append(ko ? " — 이름·ID 없이 질문 내용만, FAQ 개선용" : " (question text only, no names or ids, to improve the FAQ)");
        if (kind != ChatKind.PRIVATE && s.listen() && !seesAllGroupMessages) {
            sb.append(ko ? "\n\n주의: 봇의 프라이버시 모드가 켜져 있어 텔레그램이 부르지 않은 메시지를 보내 주지 않습니다. "
                            + "봇 운영자가 @BotFather 에서 /setprivacy → Disable 로 바꾼 뒤 봇을 그룹에 다시 추가해야 합니다."
                    : "\n\nNote: my privacy mode is on, so Telegram does not show me messages that do not address me. "
                            + "My operator must send /setprivacy → Disable to @BotFather, then remove and re-add me to this group.");
        }
        sb.append(kind == ChatKind.PRIVATE
                ? (ko ? "\n\n바꾸기: /lang auto|en|ko, /unanswered on|off" : "\n\nChange: /lang auto|en|ko, /unanswered on|off")
                : (ko ? "\n\n그룹 관리자가 바꿀 수 있습니다: /lang auto|en|ko, /listen on|off, /unanswered on|off"
                        : "\n\nGroup admins can change them: /lang auto|en|ko, /listen on|off, /unanswered on|off"));
        return sb.toString();
    }

    private Reply notice(Lang lang, String body) {
        return core.get().replies().notice(lang, body);
    }

    private static String onOff(boolean on, boolean ko) {
        return ko ? (on ? "켜짐 (on)" : "꺼짐 (off)") : (on ? "on" : "off");
    }

    private static Optional<Boolean> onOff(String args) {
        return switch (firstWord(args)) {
            case "on", "true", "yes", "1", "켜기", "켬" -> Optional.of(true);
            case "off", "false", "no", "0", "끄기", "끔" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static String firstWord(String args) {
        String a = args == null ? "" : args.strip().toLowerCase(Locale.ROOT);
        int sp = a.indexOf(' ');
        return sp < 0 ? a : a.substring(0, sp);
    }

    /** The sentences of the admin commands, in both languages side by side. */
    static final class Texts {
        private Texts() {
        }

        static String help(Lang lang) {
            return lang == Lang.KO
                    ? "그룹 관리자용: /settings 설정 보기, /listen on|off 부르지 않은 분명한 질문에도 답하기, /lang auto|en|ko 답변 언어, "
                      + "/unanswered on|off 못 찾은 질문 기록.\n봇 관리자용: /reload (1:1 대화에서 FAQ 다시 불러오기), /stats 통계."
                    : "For group admins: /settings shows them, /listen on|off (answer clear questions without a mention), "
                      + "/lang auto|en|ko (reply language), /unanswered on|off (log of questions I could not answer).\n"
                      + "For the bot's admins: /reload (in a private chat: reload the FAQ), /stats.";
        }

        static String usage(Lang lang, String syntax) {
            return lang == Lang.KO ? "사용법: " + syntax : "Usage: " + syntax;
        }

        static String adminsOnly(Lang lang) {
            return lang == Lang.KO
                    ? "죄송해요, 이 설정은 그룹 관리자만 바꿀 수 있어요. 현재 설정은 /settings 로 볼 수 있습니다."
                    : "Sorry, only this group's admins can change my settings here. /settings shows the current ones.";
        }

        static String botAdminsOnly(Lang lang, String command) {
            return lang == Lang.KO
                    ? "죄송해요, " + command + " 는 이 봇의 관리자만 쓸 수 있어요."
                    : "Sorry, " + command + " is only for this bot's admins.";
        }

        static String cannotCheck(Lang lang) {
            return lang == Lang.KO
                    ? "지금은 텔레그램에서 관리자 여부를 확인할 수 없어요. 잠시 뒤에 다시 시도해 주세요. 설정은 바뀌지 않았습니다."
                    : "I could not check with Telegram whether you are an admin here; please try again in a minute. Nothing was changed.";
        }

        static String notSaved(Lang lang) {
            return lang == Lang.KO
                    ? "설정을 저장하지 못해 바꾸지 않았습니다. 봇 운영자에게 알려 주세요."
                    : "I could not save the change, so the settings are unchanged. Please tell the bot's operator.";
        }

        static String saved(Lang lang) {
            return lang == Lang.KO ? "저장했습니다." : "Saved.";
        }

        static String listenIsForGroups(Lang lang) {
            return lang == Lang.KO
                    ? "듣기 모드는 그룹용입니다. 1:1 대화에서는 모든 메시지에 답합니다."
                    : "Listen mode is for groups; in a private chat I answer every message anyway.";
        }

        static String reloadInPrivate(Lang lang) {
            return lang == Lang.KO ? "/reload 는 저와의 1:1 대화에서 써 주세요." : "Please use /reload in a private chat with me.";
        }
    }
}
