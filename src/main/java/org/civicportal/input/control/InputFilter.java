package org.civicportal.input.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.civicportal.input.entity.InputStatus;

/** What a list of inputs is narrowed to; every part optional. Shared by /inputs, /admin/inputs and the API. */
public record InputFilter(InputStatus status, Long topicId, Long districtId, String text) {

    /**
     * InnoDB's default full-text stopwords: never indexed, so requiring one ("+for*") would match nothing.
     * Same list as INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD.
     */
    private static final java.util.Set<String> STOPWORDS = java.util.Set.of("a", "about", "an", "are", "as", "at",
            "be", "by", "com", "de", "en", "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or",
            "that", "the", "this", "to", "was", "what", "when", "where", "who", "will", "with", "und", "www");

    public static final InputFilter NONE = new InputFilter(null, null, null, null);

    /**
     * The text as a MariaDB boolean full-text query: every word of three or more letters or digits must
     * appear, as a word or the start of one. Empty when nothing searchable was typed.
     */
    public String fullTextQuery() {
        if (text == null) {
            return "";
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= 3 && !STOPWORDS.contains(word))
                .map(word -> "+" + word + "*")
                .collect(Collectors.joining(" "));
    }
}
