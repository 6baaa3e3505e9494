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

    /** Made once a request: a page of rows formats many instants in the same style. */
    private DateTimeFormatter dateTime;
    private DateTimeFormatter date;

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        if (dateTime == null) {
            dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale.getLocale()).withZone(ZoneId.systemDefault());
        }
        return dateTime.format(instant);
    }

    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        if (date == null) {
            date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale.getLocale()).withZone(ZoneId.systemDefault());
        }
        return date.format(instant);
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
