package faqbot.cli;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** UTF-8 standard streams, because Korean must survive a machine whose default charset is ASCII. */
final class Console {
    private Console() {
    }

    static PrintStream out() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }

    static PrintStream err() {
        return new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    }

    /** Standard input as UTF-8; malformed bytes become U+FFFD instead of an exception. */
    static BufferedReader in() {
        return new BufferedReader(new InputStreamReader(new FileInputStream(FileDescriptor.in), StandardCharsets.UTF_8));
    }

    /** Kept for the commands that still call it; {@link faqbot.text.Printable#of} is the one implementation. */
    static String safe(String s) {
        return faqbot.text.Printable.of(s);
    }
}
