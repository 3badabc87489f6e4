package faqbot.cli;

import faqbot.chat.ButtonData;
import faqbot.chat.Conversation;
import faqbot.chat.Decision;
import faqbot.chat.Inbound;
import faqbot.config.LangMode;
import faqbot.core.ChatKind;
import faqbot.core.FaqBot;
import faqbot.faq.Lang;
import faqbot.reply.Button;
import faqbot.reply.Reply;
import faqbot.text.Printable;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * A chat in the terminal, so anyone can try the bot without a Telegram token; it talks to the same
 * conversation core as a private Telegram chat, so commands and replies are the same.
 */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = {"Chat with the bot in this terminal. Type a question; a number opens a button;",
                "/topics, /help, /start; /quit or end of input to leave."})
final class ChatCommand implements Callable<Integer> {
    /** The terminal is one private chat with one person. */
    private static final long CHAT = 1;

    @ParentCommand
    Main main;

    @Option(names = "--lang", paramLabel = "auto|en|ko", description = "Reply language (default: auto, Korean when the question has Hangul).")
    LangMode lang;

    private int messageId;
    private Lang lastLang = Lang.EN;
    private List<ButtonData> buttons = List.of();

    @Override
    public Integer call() throws Exception {
        AtomicReference<FaqBot> core = new AtomicReference<>(main.loadBot());
        Conversation conversation = BotAssembly.terminal(core, lang == null ? LangMode.AUTO : lang);
        PrintStream out = main.out;
        boolean interactive = System.console() != null;
        show(out, conversation.handle(text("/start")));
        out.println("(type your question; a number opens a topic; /quit to leave)");
        while (true) {
            if (interactive) {
                out.print("\nyou> ");
                out.flush();
            }
            String line = main.in.readLine();
            if (line == null) {
                return 0;
            }
            String t = line.strip();
            String cmd = t.toLowerCase(Locale.ROOT);
            if (cmd.equals("/quit") || cmd.equals("/exit")) {
                return 0;
            }
            Optional<ButtonData> pressed = button(t);
            Inbound in = pressed.isPresent()
                    ? new Inbound.Press(++messageId, "terminal", origin(), pressed.get().encode().orElse(""))
                    : text(t);
            out.println();
            show(out, conversation.handle(in));
        }
    }

    /** The button a typed number opens, e.g. "2" for the second one shown. */
    private Optional<ButtonData> button(String t) {
        if (!t.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(t);
        return n >= 1 && n <= buttons.size() ? Optional.of(buttons.get(n - 1)) : Optional.empty();
    }

    private Inbound text(String t) {
        return new Inbound.Text(++messageId, origin(), t, false);
    }

    /**
     * The person at the terminal; the language of the last reply stands in for Telegram's
     * language_code, so the bot's own texts follow the language the person writes in.
     */
    private Inbound.Origin origin() {
        return new Inbound.Origin(CHAT, ChatKind.PRIVATE, messageId, 0, CHAT, false, lastLang.code());
    }

    private void show(PrintStream out, Decision d) {
        List<ButtonData> shown = new ArrayList<>();
        for (Decision.Post p : d.posts()) {
            Reply reply = p.reply();
            out.println(Printable.of(reply.text()));
            for (Button b : reply.buttons()) {
                shown.add(new ButtonData(reply.lang(), b.entryId()));
                out.println("  [" + shown.size() + "] " + b.label());
            }
            lastLang = reply.lang();
        }
        buttons = List.copyOf(shown);
    }
}
