package faqbot.suggest;

import java.io.IOException;
import java.util.Set;

/** The suggestions a maintainer turned down, by {@link Suggestion#key()}, so they stay off the list; an interface because storage moves. */
public interface Rejections {
    Set<String> keys() throws IOException;

    void reject(String key) throws IOException;
}
