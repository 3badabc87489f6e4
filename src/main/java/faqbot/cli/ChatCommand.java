package faqbot.cli;

import faqbot.core.FaqBot;
import faqbot.faq.Lang;
import faqbot.match.Question;
import faqbot.reply.Button;
import faqbot.reply.Reply;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** A chat in the terminal, so anyone can try the bot without a Telegram token. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = {"Chat with the bot in this terminal. Type a question; a number opens a button;",
                "/topics, /help, /start; /quit or end of input to leave."})
final class ChatCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--lang", paramLabel = "auto|en|ko", description = "Reply language (default: auto, Korean when the question has Hangul).")
    ForcedLang lang;

    @Override
    public Integer call() throws Exception {
        FaqBot bot = main.loadBot();
        PrintStream out = main.out;
        Optional<Lang> forced = ForcedLang.of(lang);
        Lang uiLang = forced.orElse(Lang.EN);
        boolean interactive = System.console() != null;
        List<Button> buttons = show(out, bot.replies().start(uiLang, ""));
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
            Reply reply;
            if (cmd.equals("/start")) {
                reply = bot.replies().start(uiLang, "");
            } else if (cmd.equals("/help")) {
                reply = bot.replies().help(uiLang, "");
            } else if (cmd.equals("/topics")) {
                reply = bot.replies().topics(uiLang);
            } else if (t.matches("\\d{1,2}") && Integer.parseInt(t) >= 1 && Integer.parseInt(t) <= buttons.size()) {
                reply = bot.entry(buttons.get(Integer.parseInt(t) - 1).entryId(), uiLang);
            } else {
                reply = bot.ask(new Question(t, forced, Lang.EN)).reply();
                uiLang = forced.orElse(reply.lang());
            }
            out.println();
            buttons = show(out, reply);
        }
    }

    private static List<Button> show(PrintStream out, Reply reply) {
        out.println(Console.safe(reply.text()));
        List<Button> buttons = reply.buttons();
        for (int i = 0; i < buttons.size(); i++) {
            out.println("  [" + (i + 1) + "] " + buttons.get(i).label());
        }
        return buttons;
    }
}
