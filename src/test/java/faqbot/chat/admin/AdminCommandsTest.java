package faqbot.chat.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import faqbot.chat.Command;
import faqbot.chat.Inbound;
import faqbot.config.LangMode;
import faqbot.core.ChatKind;
import faqbot.core.FaqBot;
import faqbot.core.FaqReloader;
import faqbot.faq.FaqProblem;
import faqbot.faq.Lang;
import faqbot.reply.ReplyKind;
import faqbot.store.GroupSettings;
import faqbot.store.SettingsStore;
import faqbot.store.Stats;
import faqbot.testing.ManualClock;
import faqbot.testing.TestFaq;
import faqbot.text.Messages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The community commands as rules, without HTTP: who may change what, what they read, what is stored. */
class AdminCommandsTest {
    /** Telegram's limit on one message's text. */
    private static final int TELEGRAM_LIMIT = 4096;
    private static final long GROUP = -1001;
    private static final long GROUP_ADMIN = 10;
    private static final long MEMBER = 11;
    private static final long BOT_ADMIN = 99;
    private static final FaqBot CORE = TestFaq.bot();

    @TempDir
    Path dir;
    private SettingsStore settings;
    private AdminCommands commands;
    private boolean telegramDown;
    private final List<Long> asked = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        settings = SettingsStore.open(dir);
        commands = commands(false);
    }

    private AdminCommands commands(boolean seesAllGroupMessages) {
        AdminCheck admins = new AdminCheck((chat, user) -> {
            asked.add(user);
            if (telegramDown) {
                throw new AdminCheck.Unavailable("getChatMember failed: timeout");
            }
            return Map.of(GROUP_ADMIN, "administrator").getOrDefault(user, "member");
        }, id -> id == BOT_ADMIN, new ManualClock(), Duration.ofMinutes(1));
        return new AdminCommands(new AtomicReference<>(CORE), settings, LangMode.AUTO, admins, new Stats(new ManualClock()),
                new FaqReloader(Optional.empty(), faqbot.match.MatchSettings.DEFAULTS, new AtomicReference<>(CORE)), seesAllGroupMessages);
    }

    private static String text(String key, Object... args) {
        return Messages.bundled().get(Lang.EN, key, args);
    }

    private String say(long chatId, ChatKind kind, long userId, String line) {
        Inbound.Origin o = new Inbound.Origin(chatId, kind, 1, 0, userId, false, "en");
        return commands.handle(Command.parse(line).orElseThrow(), o, Lang.EN).orElseThrow().body();
    }

    private String inGroup(long userId, String line) {
        return say(GROUP, ChatKind.SUPERGROUP, userId, line);
    }

    @Test
    void aGroupAdminTurnsListenModeOnAndItIsStored() {
        assertTrue(inGroup(GROUP_ADMIN, "/listen on").startsWith(text("admin.saved")));
        assertTrue(settings.get(GROUP).listen());
    }

    @Test
    void aMemberIsRefusedPolitelyAndNothingChanges() {
        assertEquals(text("admin.adminsOnly"), inGroup(MEMBER, "/listen on"));
        assertEquals(GroupSettings.DEFAULTS, settings.get(GROUP));
    }

    @Test
    void whenTelegramCannotBeAskedNothingChanges() {
        telegramDown = true;
        assertEquals(text("admin.cannotCheck"), inGroup(GROUP_ADMIN, "/unanswered off"));
        assertTrue(settings.get(GROUP).logUnanswered());
    }

    @Test
    void theBotsAdminsNeedNoLookup() {
        assertTrue(inGroup(BOT_ADMIN, "/unanswered off").startsWith(text("admin.saved")));
        assertEquals(List.of(), asked);
    }

    @Test
    void badArgumentsGetTheUsage() {
        assertEquals(text("admin.usage", "/listen on|off"), inGroup(GROUP_ADMIN, "/listen maybe"));
        assertEquals(text("admin.usage", "/lang auto|en|ko"), inGroup(GROUP_ADMIN, "/lang english"));
        assertEquals(GroupSettings.DEFAULTS, settings.get(GROUP));
    }

    @Test
    void koreanOnOffWordsWorkInAnEnglishChat() {
        inGroup(GROUP_ADMIN, "/listen 켜기");
        assertTrue(settings.get(GROUP).listen());
    }

    @Test
    void langIsConfirmedInTheLanguageJustChosen() {
        Inbound.Origin o = new Inbound.Origin(GROUP, ChatKind.SUPERGROUP, 1, 0, GROUP_ADMIN, false, "en");
        var reply = commands.handle(Command.parse("/lang ko").orElseThrow(), o, Lang.EN).orElseThrow();
        assertEquals(Lang.KO, reply.lang());
        assertTrue(reply.body().startsWith(Messages.bundled().get(Lang.KO, "admin.saved")), reply.body());
        assertEquals(Optional.of(LangMode.KO), settings.get(GROUP).lang());
    }

    @Test
    void listenModeIsForGroupsOnly() {
        assertEquals(text("admin.listenIsForGroups"), say(7, ChatKind.PRIVATE, 7, "/listen on"));
    }

    private String inTopic(int threadId, long userId, String line) {
        Inbound.Origin o = new Inbound.Origin(GROUP, ChatKind.SUPERGROUP, 1, threadId, userId, false, "en");
        return commands.handle(Command.parse(line).orElseThrow(), o, Lang.EN).orElseThrow().body();
    }

    @Test
    void settingsInAForumTopicShowTheListenModeThatAppliesThere() {
        inTopic(77, GROUP_ADMIN, "/listen on");
        String here = inTopic(77, MEMBER, "/settings");
        assertTrue(here.contains(text("admin.settings.listen", text("admin.settings.off"))), "the group's own value: " + here);
        assertTrue(here.contains(text("admin.settings.topicListen", text("admin.settings.on"))), "this topic's value: " + here);
        assertTrue(inTopic(78, MEMBER, "/settings").contains(text("admin.settings.topicListen", text("admin.settings.off"))),
                "another topic follows the group");
        String general = inGroup(MEMBER, "/settings");
        assertTrue(general.contains(text("admin.settings.topicsOwnListen", 1)), "the General topic counts topics with their own: " + general);
        assertTrue(general.contains(text("admin.settings.privacy")), "a topic that listens needs privacy mode off too");
    }

    @Test
    void settingsWarnWhenListenModeCannotSeeTheGroup() {
        inGroup(GROUP_ADMIN, "/listen on");
        assertTrue(inGroup(MEMBER, "/settings").contains(text("admin.settings.privacy")), "privacy mode on");
        commands = commands(true);
        assertFalse(inGroup(MEMBER, "/settings").contains(text("admin.settings.privacy")), "privacy mode off");
    }

    @Test
    void reloadAndStatsAreForTheBotsAdminsAndReloadForPrivateChats() {
        assertEquals(text("admin.botAdminsOnly", "/reload"), inGroup(GROUP_ADMIN, "/reload"));
        assertEquals(text("admin.reloadInPrivate"), inGroup(BOT_ADMIN, "/reload"));
        assertEquals(text("admin.reload.embedded"), say(BOT_ADMIN, ChatKind.PRIVATE, BOT_ADMIN, "/reload"));
        assertEquals(text("admin.botAdminsOnly", "/stats"), inGroup(GROUP_ADMIN, "/stats"));
        assertTrue(inGroup(BOT_ADMIN, "/stats").contains("Questions: 0"));
    }

    @Test
    void everyReplyIsANoticeWithTheWarnings() {
        Inbound.Origin o = new Inbound.Origin(GROUP, ChatKind.SUPERGROUP, 1, 0, MEMBER, false, "en");
        var reply = commands.handle(Command.parse("/settings").orElseThrow(), o, Lang.EN).orElseThrow();
        assertEquals(ReplyKind.NOTICE, reply.kind());
        assertEquals(CORE.replies().warnings(Lang.EN), reply.warnings());
    }

    @Test
    void onlyItsOwnCommandsAreKnown() {
        assertTrue(commands.knows(Command.parse("/listen on").orElseThrow()));
        assertFalse(commands.knows(Command.parse("/ban").orElseThrow()));
        Inbound.Origin o = new Inbound.Origin(GROUP, ChatKind.SUPERGROUP, 1, 0, MEMBER, false, "en");
        assertEquals(Optional.empty(), commands.handle(Command.parse("/ban").orElseThrow(), o, Lang.EN));
    }

    @Test
    void aLongProblemListIsCutToFitOneTelegramMessage() {
        List<FaqProblem> problems = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            problems.add(new FaqProblem("entries/e" + i + ".json", "e" + i, "en.examples[0]", "\"" + "x".repeat(80) + "\" matched nothing"));
        }
        String text = AdminCommands.describe(new FaqReloader.Result.Refused(problems, Path.of("/opt/faq")), Lang.EN);
        assertTrue(text.length() < TELEGRAM_LIMIT - 1000, "room left for the warnings: " + text.length());
        assertTrue(text.startsWith("The FAQ in /opt/faq has 500 problem(s)"), text);
        assertTrue(text.contains("entries/e0.json [e0]"), text);
        assertTrue(text.matches("(?s).*and \\d+ more; see them all with: java -jar faqbot.jar check /opt/faq$"), text);
    }
}
