package faqbot.telegram.format;

import java.util.ArrayList;
import java.util.List;

/** Lays buttons out in rows, because 21 topics one per row is a wall to scroll past; two columns halve it. */
public final class ButtonGrid {
    /** Topic titles are at most 40 characters: two fit side by side on a phone. */
    public static final int TOPIC_COLUMNS = 2;

    private ButtonGrid() {
    }

    /** The items in rows of {@code columns}, in order; the last row may be shorter. */
    public static <T> List<List<T>> rows(List<T> items, int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be 1 or more, was " + columns);
        }
        List<List<T>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i += columns) {
            rows.add(List.copyOf(items.subList(i, Math.min(items.size(), i + columns))));
        }
        return List.copyOf(rows);
    }
}
