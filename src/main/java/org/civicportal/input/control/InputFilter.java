package org.civicportal.input.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.civicportal.input.entity.InputStatus;

/** What a list of inputs is narrowed to; every part optional. Shared by /inputs, /admin/inputs and the API. */
public record InputFilter(InputStatus status, Long topicId, Long districtId, String text) {

    public static final InputFilter NONE = new InputFilter(null, null, null, null);

    /**
     * The text as a MariaDB boolean full-text query: every word of three or more letters or digits must
     * appear, as a word or the start of one. Empty when nothing searchable was typed.
     */
    String fullTextQuery() {
        if (text == null) {
            return "";
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= 3)
                .map(word -> "+" + word + "*")
                .collect(Collectors.joining(" "));
    }
}
