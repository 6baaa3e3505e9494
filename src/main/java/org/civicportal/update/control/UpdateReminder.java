package org.civicportal.update.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rule of issue 12 §6: on the first day of a month, staff are reminded when the month's update has not been
 * drafted. The update that goes out at the start of December tells about November (monthly_update.month is
 * "the month it tells about"), so on 1 December the update missing is November's. An update labelled with the
 * current month counts as drafted too (staff who drafted "December" on the 1st need no reminder), and any
 * state counts (a draft, a send, a cancelled one: somebody is on it).
 */
@ApplicationScoped
public class UpdateReminder {

    @PersistenceContext
    EntityManager em;

    /** The month whose update is missing on {@code today}, or empty (not the 1st, or drafted). */
    public static Optional<YearMonth> missing(LocalDate today, Predicate<YearMonth> drafted) {
        if (today.getDayOfMonth() != 1) {
            return Optional.empty();
        }
        var current = YearMonth.from(today);
        var toldAbout = current.minusMonths(1);
        return drafted.test(toldAbout) || drafted.test(current) ? Optional.empty() : Optional.of(toldAbout);
    }

    /** {@link #missing(LocalDate, Predicate)} against the database: one lookup by the unique month. */
    public Optional<YearMonth> missing(LocalDate today) {
        return missing(today, this::drafted);
    }

    /** Whether an update for this month exists, in any state. */
    public boolean drafted(YearMonth month) {
        return !em.createNativeQuery("SELECT 1 FROM monthly_update WHERE month = ?1")
                .setParameter(1, month.toString()).setMaxResults(1).getResultList().isEmpty();
    }
}
