package org.civicportal.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.persistence.UtcInstantConverter;
import org.civicportal.platform.time.CityTime;
import org.civicportal.platform.time.Quarter;
import org.civicportal.reciprocity.control.LedgerQuarters;

/** The reads the forum pages need: which quarters have a page, each quarter's event, RSVPs and written answers. */
@ApplicationScoped
public class ForumCatalog {

    /** The most written answers a quarter page shows (oldest first); a city's forum sees far fewer. */
    public static final int ANSWERS_SHOWN = 200;
    /** The most rows a staff search for a resident returns. */
    public static final int SEARCH_ROWS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    LedgerQuarters ledgerQuarters;

    @Inject
    CityTime city;

    /** A quarter's forum in a list: when, where, whether held, and how many said they are going. */
    public record ForumSummary(long id, Instant startsAt, String place, String onlineLink, boolean held, long going) {
    }

    /** One quarter of /forums, with its event if staff scheduled one. */
    public record QuarterForum(Quarter quarter, ForumSummary event) {
    }

    /** A resident on the staff's list: their RSVP (null if none) and whether their attendance is recorded. */
    public record Participant(long accountId, String name, String email, Boolean going, boolean attended)
            implements Serializable {
    }

    /**
     * A written participation as the public reads it: the author's district (citywide when they gave none),
     * never their name.
     */
    public record AnswerRow(long id, String district, boolean citywide, String unreturned, String unreciprocated,
            String rebalance, Instant writtenAt, boolean hidden, int reports, Quarter quarter) implements Serializable {
    }

    /** The first quarter with a page: the ledger's first, or the first forum's if earlier; else the current one. */
    public Quarter firstQuarter() {
        var current = city.currentQuarter();
        var first = ledgerQuarters.first().orElse(current);
        var firstEvent = em.createNativeQuery("SELECT MIN(quarter) FROM forum_event").getSingleResult();
        if (firstEvent != null) {
            var q = Quarter.ofCode(((Number) firstEvent).intValue());
            first = q.compareTo(first) < 0 ? q : first;
        }
        return first.compareTo(current) > 0 ? current : first;
    }

    /** Whether the quarter has a page: from {@link #firstQuarter()} to the current quarter. */
    public boolean hasPage(Quarter quarter) {
        return quarter.compareTo(city.currentQuarter()) <= 0 && quarter.compareTo(firstQuarter()) >= 0;
    }

    /** Every quarter with a page, newest first, each with its event (one query for all events). */
    public List<QuarterForum> quarters() {
        var current = city.currentQuarter();
        var all = current.since(firstQuarter());
        var events = new HashMap<Integer, ForumSummary>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SUMMARY + "WHERE e.quarter BETWEEN ?1 AND ?2")
                .setParameter(1, all.get(0).code()).setParameter(2, current.code()).getResultList();
        var now = Instant.now();
        for (var row : rows) {
            events.put(((Number) row[6]).intValue(), summary(row, now));
        }
        var list = new ArrayList<QuarterForum>(all.size());
        for (int i = all.size() - 1; i >= 0; i--) {
            list.add(new QuarterForum(all.get(i), events.get(all.get(i).code())));
        }
        return list;
    }

    public Optional<ForumSummary> summary(Quarter quarter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SUMMARY + "WHERE e.quarter = ?1").setParameter(1, quarter.code())
                .getResultList();
        return rows.stream().findFirst().map(r -> summary(r, Instant.now()));
    }

    private static final String SUMMARY = "SELECT e.id, e.starts_at, e.place, e.online_link, e.minutes_html, "
            + "(SELECT COUNT(*) FROM forum_rsvp r WHERE r.event_id = e.id AND r.going = TRUE), e.quarter "
            + "FROM forum_event e ";

    private static ForumSummary summary(Object[] row, Instant now) {
        var startsAt = UtcInstantConverter.fromColumn(row[1]);
        return new ForumSummary(((Number) row[0]).longValue(), startsAt, (String) row[2], (String) row[3],
                !startsAt.isAfter(now), ((Number) row[5]).longValue());
    }

    /** My RSVP: true going, false not going, empty when I have not said. */
    public Optional<Boolean> rsvpOf(long eventId, long accountId) {
        var rows = em.createNativeQuery("SELECT going FROM forum_rsvp WHERE event_id = ?1 AND account_id = ?2")
                .setParameter(1, eventId).setParameter(2, accountId).getResultList();
        return rows.stream().findFirst().map(ForumCatalog::isTrue);
    }

    /** For staff: everyone who answered the RSVP or whose attendance is recorded, by name (easy to find). */
    public List<Participant> participants(long eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.id, a.display_name, a.email, p.going, "
                + "EXISTS (SELECT 1 FROM forum_attendance fa WHERE fa.event_id = ?1 AND fa.account_id = a.id) "
                + "FROM (SELECT account_id, MAX(going) AS going FROM (SELECT account_id, going FROM forum_rsvp "
                + "WHERE event_id = ?1 UNION ALL SELECT account_id, NULL FROM forum_attendance WHERE event_id = ?1) u "
                + "GROUP BY account_id) p JOIN account a ON a.id = p.account_id "
                + "ORDER BY a.display_name, a.id").setParameter(1, eventId)
                .getResultList();
        return rows.stream().map(r -> new Participant(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                r[3] == null ? null : isTrue(r[3]), isTrue(r[4]))).toList();
    }

    /** For staff recording attendance: residents whose name or email starts with what was typed. */
    public List<Participant> searchResidents(long eventId, String typed) {
        var prefix = typed.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.id, a.display_name, a.email, "
                + "(SELECT r.going FROM forum_rsvp r WHERE r.event_id = ?1 AND r.account_id = a.id), "
                + "EXISTS (SELECT 1 FROM forum_attendance fa WHERE fa.event_id = ?1 AND fa.account_id = a.id) "
                + "FROM account a WHERE (a.email LIKE ?2 OR a.display_name LIKE ?2) AND EXISTS (SELECT 1 FROM "
                + "account_role ar WHERE ar.account_id = a.id AND ar.role = 'RESIDENT') ORDER BY a.display_name, a.id "
                + "LIMIT " + SEARCH_ROWS).setParameter(1, eventId).setParameter(2, prefix).getResultList();
        return rows.stream().map(r -> new Participant(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                r[3] == null ? null : isTrue(r[3]), isTrue(r[4]))).toList();
    }

    /** The quarter's published written answers, oldest first, with the district in the reader's language. */
    public List<AnswerRow> published(Quarter quarter, Language language) {
        return answers("WHERE w.quarter = ?1 AND w.hidden = FALSE ORDER BY w.created_at, w.id LIMIT " + ANSWERS_SHOWN,
                language, quarter.code());
    }

    /** For staff: the quarter's answers, hidden ones included. */
    public List<AnswerRow> all(Quarter quarter, Language language) {
        return answers("WHERE w.quarter = ?1 ORDER BY w.hidden DESC, w.report_count DESC, w.created_at, w.id LIMIT "
                + ANSWERS_SHOWN, language, quarter.code());
    }

    /**
     * For staff to review: answers of any quarter that residents reported or moderators hid, and every answer of
     * the current quarter (staff may hide one nobody reported); hidden and most reported first.
     */
    public List<AnswerRow> toReview(Language language) {
        return answers("WHERE w.report_count > 0 OR w.hidden = TRUE OR w.quarter = ?1 ORDER BY w.hidden DESC, "
                + "w.report_count DESC, w.created_at DESC LIMIT 100", language, city.currentQuarter().code());
    }

    public Optional<AnswerRow> mine(Quarter quarter, long accountId) {
        return answers("WHERE w.quarter = ?1 AND w.account_id = ?2", Language.EN, quarter.code(), accountId).stream()
                .findFirst();
    }

    private List<AnswerRow> answers(String where, Language language, Object... parameters) {
        var query = em.createNativeQuery("SELECT w.id, " + (language == Language.ES ? "COALESCE(d.name_es, d.name)"
                : "d.name") + ", w.unreturned, w.unreciprocated, w.rebalance, w.created_at, w.hidden, w.report_count, "
                + "w.quarter, d.code = 'citywide' FROM forum_answer w JOIN district d ON d.id = w.district_id " + where);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new AnswerRow(((Number) r[0]).longValue(), (String) r[1], isTrue(r[9]),
                (String) r[2], (String) r[3], (String) r[4], UtcInstantConverter.fromColumn(r[5]), isTrue(r[6]),
                ((Number) r[7]).intValue(), Quarter.ofCode(((Number) r[8]).intValue()))).toList();
    }

    private static boolean isTrue(Object column) {
        return column instanceof Boolean b ? b : column instanceof Number n && n.intValue() != 0;
    }
}
