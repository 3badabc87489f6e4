package faqbot.core;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The verified help lines and addresses of the facts file, so the FAQ checks can find them in an answer. */
final class HelpLines {
    /** Public help addresses an answer may give, e.g. "msafer.or.kr". */
    static final Set<String> OFFICIAL_ADDRESSES = Set.of("ecrm.police.go.kr", "msafer.or.kr", "reportfraud.ftc.gov");
    // A number standing alone (not part of 1,000,000 or 1599-1332), or one of the addresses.
    private static final Pattern LINE = Pattern.compile(
            "(?<![\\d,.-])(109|112|114|118|1332|1372|1388|1393|1397|1577-0199|1600-5500)(?![\\d,.-]*\\d)"
            + "|ecrm\\.police\\.go\\.kr|msafer\\.or\\.kr|reportfraud\\.ftc\\.gov", Pattern.CASE_INSENSITIVE);

    private HelpLines() {
    }

    /** The help numbers and addresses in a text, e.g. ["112", "1332", "ecrm.police.go.kr"]. */
    static Set<String> in(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            found.add(m.group().toLowerCase(Locale.ROOT));
        }
        return found;
    }
}
