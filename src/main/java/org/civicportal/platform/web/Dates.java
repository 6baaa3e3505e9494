package org.civicportal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.civicportal.platform.i18n.LocaleSelection;

/**
 * Instants as people read them (#{dates.dateTime(instant)}): in the portal's time zone (the server's,
 * which is the city's) and the visitor's language. The database keeps UTC.
 */
@Named
@RequestScoped
public class Dates {

    @Inject
    LocaleSelection locale;

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale.getLocale()).withZone(ZoneId.systemDefault()).format(instant);
    }

    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale.getLocale()).withZone(ZoneId.systemDefault()).format(instant);
    }

    /** The time of day alone, e.g. the end of a shift shown after its start. */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale.getLocale())
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    /** A calendar day (a decision's date, a target date), with no time zone to convert. */
    public String day(LocalDate day) {
        if (day == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale.getLocale()).format(day);
    }
}
