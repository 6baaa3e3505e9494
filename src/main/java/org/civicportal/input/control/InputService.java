package org.civicportal.input.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicportal.account.entity.Account;
import org.civicportal.input.control.InputEvents.InputAnswered;
import org.civicportal.input.control.InputEvents.InputSubmitted;
import org.civicportal.input.entity.Input;
import org.civicportal.input.entity.InputStatus;
import org.civicportal.input.entity.InputStatusChange;
import org.civicportal.input.entity.ReportReason;
import org.civicportal.platform.markdown.SafeMarkdown;
import org.civicportal.platform.persistence.BoundedCount;
import org.civicportal.platform.persistence.FreshRead;
import org.civicportal.platform.persistence.InIdOrder;
import org.civicportal.platform.persistence.Keyset;
import org.civicportal.platform.persistence.ShortLived;
import org.civicportal.platform.persistence.UtcInstantConverter;
import org.civicportal.platform.reference.entity.District;
import org.civicportal.platform.reference.entity.Topic;

/** The rules of input: submitting, supporting, answering, reporting and moderating. */
@ApplicationScoped
public class InputService {

    /** Reports from this many different residents hide an input until staff review it. */
    public static final int REPORTS_TO_HIDE = 3;

    /** An input row with its topic, district and author (each by primary key): what InputSummary holds. */
    private static final String SUMMARY_SELECT = "SELECT i.id, i.title, i.status, i.support_count, i.created_at, "
            + "i.answered_at, t.name_en, t.name_es, d.name, a.display_name, i.hidden, i.report_count ";
    private static final String SUMMARY_JOINS = "JOIN topic t ON t.id = i.topic_id "
            + "JOIN district d ON d.id = i.district_id LEFT JOIN account a ON a.id = i.author_id ";
    private static final String SUMMARY_COLUMNS = SUMMARY_SELECT + "FROM input i " + SUMMARY_JOINS;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Object> events;

    @Inject
    FreshRead freshRead;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    Clock clock = Clock.systemUTC();

    private record CountOf(InputFilter filter, boolean includeHidden) {
    }

    /**
     * Input counts by filter (the pager's total: up to 10,001 index entries read), kept a few seconds on this
     * node; forgotten on every change here.
     */
    private final ShortLived<CountOf, BoundedCount> counts = new ShortLived<>(Clock.systemUTC());

    @Transactional
    public Input submit(long authorId, NewInput request) {
        counts.forget(transactions);
        var now = clock.instant();
        var input = new Input(em.find(Account.class, authorId), request.title(), request.body(),
                SafeMarkdown.toHtml(request.body()), em.find(Topic.class, request.topicId()),
                em.find(District.class, request.districtId()), request.place(), now);
        em.persist(input);
        em.flush();
        em.persist(new InputStatusChange(input.getId(), InputStatus.SUBMITTED, now, authorId));
        events.fire(new InputSubmitted(input.getId(), authorId, request.districtId(), request.topicId(), now));
        return input;
    }

    /** The input with its author, topic, district and answering official, in one query. */
    public Optional<Input> find(long id) {
        return em.createQuery("SELECT i FROM Input i LEFT JOIN FETCH i.author JOIN FETCH i.topic JOIN FETCH i.district "
                + "LEFT JOIN FETCH i.answeredBy WHERE i.id = :id", Input.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** Several inputs with their topic, district and answering official in one query, in the order of ids. */
    public List<Input> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var found = em.createQuery("SELECT i FROM Input i JOIN FETCH i.topic JOIN FETCH i.district "
                + "LEFT JOIN FETCH i.answeredBy WHERE i.id IN :ids", Input.class).setParameter("ids", ids).getResultList();
        return InIdOrder.sort(ids, found, Input::getId);
    }

    public List<InputStatusChange> history(long inputId) {
        return em.createQuery("SELECT c FROM InputStatusChange c WHERE c.inputId = :id ORDER BY c.changedAt, c.id",
                InputStatusChange.class).setParameter("id", inputId).getResultList();
    }

    /**
     * A page of visible inputs (or, for moderators, all), filtered and sorted in the database. A deferred join:
     * the page's ids come from an index that holds the filter and the order (V8), so only the page's entries
     * are read, then those rows are joined to their topic, district and author by key, in the same statement.
     * Pages end at {@link BoundedCount#LIMIT} rows (see {@link #count}); a page beyond is empty.
     */
    public List<InputSummary> list(InputFilter filter, InputSort sort, boolean includeHidden, int first, int size) {
        int limit = Math.max(1, Math.min(size, 100));
        int offset = Math.max(0, first);
        if (offset >= BoundedCount.LIMIT) {
            return List.of();
        }
        var params = new ArrayList<Object>();
        var ids = "SELECT i.id FROM " + source(filter, includeHidden, params) + where(filter, includeHidden, params)
                + " ORDER BY " + sort.orderBy() + " LIMIT " + Math.min(limit, BoundedCount.LIMIT - offset) + " OFFSET " + offset;
        return summaries(SUMMARY_SELECT + "FROM (" + ids + ") page JOIN input i ON i.id = page.id " + SUMMARY_JOINS
                + "ORDER BY " + sort.orderBy(), params);
    }

    /**
     * The positions (created_at, id) of a page of visible inputs, newest first, for the open-data API: after a
     * position when one is given, else from offset first; limit rows at most. An index-only range read of the
     * filter's V8 index (which ends in created_at, id), stopped at the limit however deep the position. A text
     * search considers the first 10,001 matches only (those the full-text index
     * gives; a walk by cursor is therefore refused for a text search, see InputsResource).
     */
    public List<Keyset> newestKeys(InputFilter filter, Keyset after, long first, int limit) {
        var params = new ArrayList<Object>();
        var from = source(filter, false, params);
        var where = where(filter, false, params);
        if (after != null) {
            where = Keyset.and(where, after.after("i.created_at", "i.id", true, params));
        }
        var query = em.createNativeQuery("SELECT i.created_at, i.id FROM " + from + where + " ORDER BY "
                + InputSort.NEWEST.orderBy() + " LIMIT " + Math.max(1, limit) + " OFFSET " + Math.max(0, first));
        bind(query, params);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Keyset(UtcInstantConverter.fromColumn(r[0]), ((Number) r[1]).longValue()))
                .toList();
    }

    /**
     * How many inputs match, counted up to {@link BoundedCount#LIMIT} + 1 so the count never reads more than that
     * many index entries: a result above the limit means "more than 10,000".
     */
    public BoundedCount count(InputFilter filter, boolean includeHidden) {
        return counts.get(new CountOf(filter, includeHidden), freshRead, () -> countNow(filter, includeHidden));
    }

    private BoundedCount countNow(InputFilter filter, boolean includeHidden) {
        var params = new ArrayList<Object>();
        var query = em.createNativeQuery(BoundedCount.sql("SELECT 1 FROM " + source(filter, includeHidden, params)
                + where(filter, includeHidden, params)));
        bind(query, params);
        return BoundedCount.of(((Number) query.getSingleResult()).longValue());
    }

    /** Everything a resident gave, newest first, with topic, district and answering official. */
    public List<Input> ofAuthor(long authorId) {
        return em.createQuery("SELECT i FROM Input i JOIN FETCH i.topic JOIN FETCH i.district "
                + "LEFT JOIN FETCH i.answeredBy WHERE i.author.id = :id ORDER BY i.createdAt DESC, i.id DESC", Input.class)
                .setParameter("id", authorId).getResultList();
    }

    /** Up to five visible inputs that look like the title being typed, so people can support instead. */
    public List<InputSummary> similarTo(String title) {
        if (title == null || title.strip().length() < 4) {
            return List.of();
        }
        return summaries(SUMMARY_COLUMNS + "WHERE i.hidden = FALSE AND MATCH(i.title, i.body) AGAINST (?1 IN NATURAL "
                + "LANGUAGE MODE) ORDER BY MATCH(i.title, i.body) AGAINST (?1 IN NATURAL LANGUAGE MODE) DESC LIMIT 5",
                List.of(title.strip()));
    }

    /** Inputs residents reported or moderators hid, most reported first. */
    public List<InputSummary> reported(int first, int size) {
        return summaries(SUMMARY_COLUMNS + "WHERE i.report_count > 0 OR i.hidden = TRUE "
                + "ORDER BY i.hidden DESC, i.report_count DESC, i.created_at DESC LIMIT " + Math.min(size, 100)
                + " OFFSET " + Math.max(0, first), List.of());
    }

    public boolean supports(long inputId, long accountId) {
        return !em.createNativeQuery("SELECT 1 FROM input_support WHERE input_id = ?1 AND account_id = ?2")
                .setParameter(1, inputId).setParameter(2, accountId).getResultList().isEmpty();
    }

    /**
     * "Me too". The input row is locked first, so concurrent supports queue up instead of deadlocking on
     * the foreign-key check; the primary key makes it one per resident, and the counter moves only when a
     * row was really added, so it stays exact however many click at once.
     */
    @Transactional
    public boolean support(long inputId, long accountId) {
        var input = lockForUpdate(inputId);
        if (input == null || input.isHidden() || Long.valueOf(accountId).equals(input.authorId())) {
            return false;
        }
        int added = em.createNativeQuery("INSERT IGNORE INTO input_support (input_id, account_id, created_at) "
                + "VALUES (?1, ?2, ?3)").setParameter(1, inputId).setParameter(2, accountId)
                .setParameter(3, UtcInstantConverter.utc(clock.instant())).executeUpdate();
        if (added == 1) {
            em.createNativeQuery("UPDATE input SET support_count = support_count + 1 WHERE id = ?1")
                    .setParameter(1, inputId).executeUpdate();
        }
        return added == 1;
    }

    @Transactional
    public boolean withdrawSupport(long inputId, long accountId) {
        if (lockForUpdate(inputId) == null) {
            return false;
        }
        int removed = em.createNativeQuery("DELETE FROM input_support WHERE input_id = ?1 AND account_id = ?2")
                .setParameter(1, inputId).setParameter(2, accountId).executeUpdate();
        if (removed == 1) {
            em.createNativeQuery("UPDATE input SET support_count = support_count - 1 WHERE id = ?1")
                    .setParameter(1, inputId).executeUpdate();
        }
        return removed == 1;
    }

    @Transactional
    public boolean markUnderReview(long inputId, long officialId) {
        counts.forget(transactions);
        var input = em.find(Input.class, inputId, LockModeType.PESSIMISTIC_WRITE);
        if (input == null || !input.moveTo(InputStatus.UNDER_REVIEW)) {
            return false;
        }
        em.persist(new InputStatusChange(inputId, InputStatus.UNDER_REVIEW, clock.instant(), officialId));
        return true;
    }

    /**
     * The official answer (ANSWERED) or a decline with its reason (DECLINED). The row is locked, so when two
     * officials answer at once the second is refused instead of overwriting the first.
     */
    @Transactional
    public boolean answer(long inputId, long officialId, InputStatus outcome, String text) {
        counts.forget(transactions);
        if (outcome != InputStatus.ANSWERED && outcome != InputStatus.DECLINED) {
            throw new IllegalArgumentException("An answer is ANSWERED or DECLINED, not " + outcome);
        }
        var input = em.find(Input.class, inputId, LockModeType.PESSIMISTIC_WRITE);
        var now = clock.instant();
        if (input == null || !input.answer(outcome, text, em.find(Account.class, officialId), now)) {
            return false;
        }
        em.persist(new InputStatusChange(inputId, outcome, now, officialId));
        events.fire(new InputAnswered(inputId, input.authorId(), officialId, input.getDistrict().getId(),
                input.getTopic().getId(), outcome, input.getCreatedAt(), now));
        return true;
    }

    /**
     * A decision credits this input: it becomes INCORPORATED, and if it was still waiting for an answer the
     * how-sentence becomes its answer (and it counts as answered). False when the input is hidden, declined
     * or unknown. Joins the caller's transaction, so the decision and the input change together.
     */
    @Transactional
    public boolean incorporate(long inputId, long officialId, String how) {
        counts.forget(transactions);
        var input = lockForUpdate(inputId);
        if (input == null || input.isHidden()) {
            return false;
        }
        var before = input.getStatus();
        if (before == InputStatus.INCORPORATED) {
            return true;
        }
        var wasAwaiting = before.awaitsAnswer();
        var now = clock.instant();
        if (!input.incorporate(how, em.find(Account.class, officialId), now)) {
            return false;
        }
        em.persist(new InputStatusChange(inputId, InputStatus.INCORPORATED, now, officialId));
        if (wasAwaiting) {
            events.fire(new InputAnswered(inputId, input.authorId(), officialId, input.getDistrict().getId(),
                    input.getTopic().getId(), InputStatus.INCORPORATED, input.getCreatedAt(), now));
        }
        return true;
    }

    /** One report per resident; the third different resident's report hides the input pending review. */
    @Transactional
    public boolean report(long inputId, long accountId, ReportReason reason) {
        counts.forget(transactions);
        var input = lockForUpdate(inputId);
        if (input == null || input.isHidden() || Long.valueOf(accountId).equals(input.authorId())) {
            return false;
        }
        int added = em.createNativeQuery("INSERT IGNORE INTO input_report (input_id, account_id, reason, created_at) "
                + "VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, inputId).setParameter(2, accountId).setParameter(3, reason.name())
                .setParameter(4, UtcInstantConverter.utc(clock.instant())).executeUpdate();
        if (added == 1) {
            // MariaDB assigns left to right, so "hidden" sees the new count.
            em.createNativeQuery("UPDATE input SET report_count = report_count + 1, "
                    + "hidden = hidden OR report_count >= ?2 WHERE id = ?1")
                    .setParameter(1, inputId).setParameter(2, REPORTS_TO_HIDE).executeUpdate();
        }
        return added == 1;
    }

    @Transactional
    public void hide(long inputId, long staffId, String reason) {
        counts.forget(transactions);
        var input = em.find(Input.class, inputId, LockModeType.PESSIMISTIC_WRITE);
        input.hide(reason.strip());
        events.fire(new InputEvents.InputModerated(inputId, staffId, true, reason.strip()));
    }

    /** Back in public; its reports are settled. */
    @Transactional
    public void restore(long inputId, long staffId) {
        counts.forget(transactions);
        var input = em.find(Input.class, inputId, LockModeType.PESSIMISTIC_WRITE);
        input.restore();
        em.createNativeQuery("DELETE FROM input_report WHERE input_id = ?1").setParameter(1, inputId).executeUpdate();
        events.fire(new InputEvents.InputModerated(inputId, staffId, false, null));
    }

    /** Author and supporters: the people to tell about an answer. */
    public List<Account> authorAndSupporters(long inputId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT author_id FROM input WHERE id = ?1 AND author_id IS NOT NULL "
                + "UNION SELECT account_id FROM input_support WHERE input_id = ?1 AND account_id IS NOT NULL").setParameter(1, inputId).getResultList();
        return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultList();
    }

    /** Locks the input row for this transaction; null when there is no such input. */
    private Input lockForUpdate(long inputId) {
        return em.find(Input.class, inputId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * The rows a list starts from: every input, or for a text search the first {@link BoundedCount#LIMIT} + 1
     * full-text matches that pass the filters, so a common word never makes the list read every row that
     * contains it, and a filtered search counts and shows only rows of that filter (more than 10,000 matches
     * read as "more than 10,000", ordered among the first 10,001 the full-text index gives).
     */
    private static String source(InputFilter filter, boolean includeHidden, List<Object> params) {
        var text = filter.fullTextQuery();
        if (text.isEmpty()) {
            return "input i ";
        }
        var conditions = where(filter, includeHidden, params);
        params.add(text);
        var match = "MATCH(i.title, i.body) AGAINST (?" + params.size() + " IN BOOLEAN MODE)";
        return "(SELECT i.id FROM input i " + (conditions.isEmpty() ? "WHERE " + match : conditions + " AND " + match)
                + " LIMIT " + (BoundedCount.LIMIT + 1) + ") matched JOIN input i ON i.id = matched.id ";
    }

    private static String where(InputFilter filter, boolean includeHidden, List<Object> params) {
        var conditions = new ArrayList<String>();
        if (!includeHidden) {
            conditions.add("i.hidden = FALSE");
        }
        if (filter.status() != null) {
            params.add(filter.status().name());
            conditions.add("i.status = ?" + params.size());
        }
        if (filter.topicId() != null) {
            params.add(filter.topicId());
            conditions.add("i.topic_id = ?" + params.size());
        }
        if (filter.districtId() != null) {
            params.add(filter.districtId());
            conditions.add("i.district_id = ?" + params.size());
        }
        return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
    }

    private List<InputSummary> summaries(String sql, List<?> params) {
        var query = em.createNativeQuery(sql);
        bind(query, params);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(InputService::summary).toList();
    }

    private static void bind(jakarta.persistence.Query query, List<?> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
    }

    private static InputSummary summary(Object[] row) {
        return new InputSummary(((Number) row[0]).longValue(), (String) row[1], InputStatus.valueOf((String) row[2]),
                ((Number) row[3]).intValue(), UtcInstantConverter.fromColumn(row[4]), UtcInstantConverter.fromColumn(row[5]), (String) row[6], (String) row[7],
                (String) row[8], (String) row[9], truth(row[10]), ((Number) row[11]).intValue());
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
