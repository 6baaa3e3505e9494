package org.civicportal.update.control;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicportal.platform.i18n.Language;

/** A month as updates name it ('2026-11'), its bounds in the city's zone and its name in each language. */
public final class UpdateMonth {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    private UpdateMonth() {
    }

    /** The month a text names exactly ('2026-11'), or empty for anything else (never an exception). */
    public static Optional<YearMonth> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var match = TEXT.matcher(text);
        if (!match.matches()) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2))));
    }

    public static String code(YearMonth month) {
        return month.toString();
    }

    public static YearMonth of(Instant instant, ZoneId zone) {
        return YearMonth.from(instant.atZone(zone));
    }

    public static Instant start(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    public static Instant end(YearMonth month, ZoneId zone) {
        return start(month.plusMonths(1), zone);
    }

    /** "November 2026", "Noviembre de 2026": a title. */
    public static String label(YearMonth month, Language language) {
        var text = inSentence(month, language);
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** "November 2026", "noviembre de 2026": inside a sentence, where Spanish writes months in lower case. */
    public static String inSentence(YearMonth month, Language language) {
        var pattern = language == Language.ES ? "LLLL 'de' yyyy" : "LLLL yyyy";
        return month.format(DateTimeFormatter.ofPattern(pattern, language.locale()));
    }
}
