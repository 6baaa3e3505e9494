package org.civicportal.update.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.civicportal.platform.i18n.LocaleSelection;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.time.CityTime;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.civicportal.update.control.UpdateReminder;
import org.civicportal.update.control.UpdateMonth;
import org.omnifaces.util.Faces;

/**
 * The notice on /admin, for staff, on the first day of a month whose update is not drafted yet
 * ({@link UpdateReminder}). Staff may look at the notice as it would be on another day with /admin?on=yyyy-mm-dd
 * (it only reads; that is also how the notice is tested without waiting for the 1st).
 */
@Named
@RequestScoped
public class UpdateReminderNotice {

    @Inject
    UpdateReminder reminder;

    @Inject
    CurrentUser currentUser;

    @Inject
    CityTime city;

    @Inject
    LocaleSelection locale;

    @Inject
    PageMessages messages;

    Clock clock = Clock.systemUTC();

    private String text;
    private boolean decided;

    /** The notice's sentence, or null when there is none to show. */
    public String getText() {
        if (!decided) {
            decided = true;
            if (currentUser.has(Role.STAFF)) {
                text = reminder.missing(day()).map(month -> messages.text("admin.updateReminder.text",
                        UpdateMonth.inSentence(month, locale.language()))).orElse(null);
            }
        }
        return text;
    }

    private LocalDate day() {
        var on = Faces.getRequestParameter("on");
        if (on != null) {
            try {
                return LocalDate.parse(on);
            } catch (DateTimeParseException ignored) {
                // not a day: today's notice
            }
        }
        return LocalDate.ofInstant(clock.instant(), city.zone());
    }
}
