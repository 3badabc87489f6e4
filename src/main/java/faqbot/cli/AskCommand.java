package faqbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import faqbot.config.LangMode;
import faqbot.core.Answer;
import faqbot.core.FaqBot;
import faqbot.faq.Lang;
import faqbot.match.MatchResult;
import faqbot.match.Question;
import faqbot.text.Printable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * One-shot answers for people and scripts; {@code --json} is the line-per-question contract that
 * the evaluation tests and benchmarks rely on, so its field names never change.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Print the reply to a question, as a person would see it.",
                "With --json and no question: read one question a line from standard input and write",
                "one JSON object a line (question, id, score, lang, alternatives, close_call, kind, text)."})
final class AskCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--json", description = "Write JSON objects, one a line.")
    boolean json;

    @Option(names = "--lang", paramLabel = "auto|en|ko", description = "Reply language (default: auto).")
    LangMode lang;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question (several words are joined by spaces).")
    List<String> words;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        FaqBot bot = main.loadBot();
        Optional<Lang> forced = lang == null ? Optional.empty() : lang.forced();
        if (words != null && !words.isEmpty()) {
            print(bot.ask(new Question(String.join(" ", words), forced, Lang.EN)));
            return 0;
        }
        if (!json) {
            main.err.println("faqbot ask: give a question, e.g. faqbot ask \"is it legal?\", or use --json to read standard input");
            return ExitCodes.USAGE;
        }
        String line;
        while ((line = main.in.readLine()) != null) {
            print(bot.ask(new Question(line, forced, Lang.EN)));
        }
        return 0;
    }

    private void print(Answer a) throws Exception {
        if (!json) {
            main.out.println(Printable.of(a.reply().text()));
            return;
        }
        MatchResult m = a.match();
        ObjectNode o = mapper.createObjectNode();
        o.put("question", Printable.of(m.question()));
        o.put("id", m.id().orElse(null));
        o.put("score", m.score());
        o.put("lang", a.reply().lang().code());
        o.putArray("alternatives").addAll(m.alternatives().stream().map(o::textNode).toList());
        o.put("close_call", m.closeCall());
        o.put("kind", a.reply().kind().name().toLowerCase(java.util.Locale.ROOT));
        o.put("decided_by", m.decidedBy().name().toLowerCase(java.util.Locale.ROOT));
        o.put("text", a.reply().text());
        main.out.println(mapper.writeValueAsString(o));
    }
}
