package org.civicportal.volunteer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.civicportal.platform.persistence.BoundedCount;
import org.civicportal.platform.persistence.FreshRead;
import org.civicportal.platform.persistence.Keyset;
import org.civicportal.platform.persistence.ShortLived;
import org.civicportal.platform.persistence.UtcInstantConverter;
import org.civicportal.volunteer.entity.Skill;
import org.civicportal.volunteer.entity.Task;

/** Read-only views of tasks: the upcoming list with its filters, a chain's tasks and what volunteers gave. */
@ApplicationScoped
public class TaskCatalog {

    private static final String COLUMNS = "SELECT t.id, t.title, t.place, t.starts_at, t.ends_at, t.capacity, "
            + "t.confirmed_count, t.cancelled, d.id, d.title, di.name, "
            + "(SELECT GROUP_CONCAT(ts.skill ORDER BY ts.skill) FROM task_skill ts WHERE ts.task_id = t.id) ";

    private static final String FROM = "FROM task t STRAIGHT_JOIN decision d ON d.id = t.decision_id "
            + "JOIN district di ON di.id = d.district_id ";

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    FreshRead freshRead;

    Clock clock = Clock.systemUTC();

    /** Upcoming-task counts by filter, kept a few seconds; VolunteerService forgets them on every change. */
    private final ShortLived<TaskFilter, BoundedCount> counts = new ShortLived<>(Clock.systemUTC());

    /**
     * A page of upcoming, not cancelled tasks, soonest first, filtered in the database. The page's ids are read
     * from ix_task_list in starts_at order (its columns answer the places filter, and give the decision whose
     * district the district filter checks by primary key), stopping at the page; only those rows are fetched
     * (a deferred join). Paging stops at {@link BoundedCount#LIMIT} tasks.
     */
    public List<TaskSummary> upcoming(TaskFilter filter, long first, int size) {
        int shown = BoundedCount.cut(first, Math.max(1, Math.min(size, 500)));
        return shown == 0 ? List.of() : upcoming(filter, null, first, shown);
    }

    /**
     * Upcoming tasks as {@link #upcoming(TaskFilter, long, int)} reads them, soonest first, for the open-data API:
     * after a position (starts_at, id) when one is given, else from offset first; limit rows at most (up to 501),
     * with no 10,000 stop. The position is a range of ix_task_list (cancelled, starts_at, id, ...), so a page deep
     * in the list reads as few entries as the first.
     */
    public List<TaskSummary> upcoming(TaskFilter filter, Keyset after, long first, int limit) {
        var params = new ArrayList<Object>();
        var ids = ids(filter, params);
        if (after != null) {
            ids = Keyset.and(ids, after.after("t.starts_at", "t.id", false, params));
        }
        var query = em.createNativeQuery(COLUMNS + "FROM (" + ids + " ORDER BY t.starts_at, t.id LIMIT "
                + Math.max(1, Math.min(limit, 501)) + " OFFSET " + Math.max(0, first) + ") page "
                + "STRAIGHT_JOIN task t ON t.id = page.id "
                + "JOIN decision d ON d.id = t.decision_id JOIN district di ON di.id = d.district_id "
                + "ORDER BY t.starts_at, t.id");
        bind(query, params);
        return summaries(query);
    }

    /**
     * How many upcoming tasks match, counted in ix_task_list no further than {@link BoundedCount#LIMIT}, and kept
     * a few seconds ({@link ShortLived}): a district's count checks each upcoming task's decision.
     */
    public BoundedCount countUpcoming(TaskFilter filter) {
        return counts.get(filter, freshRead, () -> countUpcomingNow(filter));
    }

    /** A task, a cancellation or a place taken or freed changes what the counts say. */
    void forgetCounts(jakarta.transaction.TransactionSynchronizationRegistry transactions) {
        counts.forget(transactions);
    }

    private BoundedCount countUpcomingNow(TaskFilter filter) {
        var params = new ArrayList<Object>();
        var query = em.createNativeQuery(BoundedCount.sql(ids(filter, params)));
        bind(query, params);
        return BoundedCount.of(((Number) query.getSingleResult()).longValue());
    }

    /** The ids of the upcoming tasks a filter keeps, tasks first so their index order drives the read. */
    private String ids(TaskFilter filter, List<Object> params) {
        var join = filter.districtId() == null ? "" : "STRAIGHT_JOIN decision d ON d.id = t.decision_id ";
        return "SELECT t.id FROM task t FORCE INDEX (ix_task_list) " + join + where(filter, params);
    }

    /**
     * A chain's tasks for its page: the next upcoming ones (soonest first), then the most recent past or
     * cancelled ones, a bounded number of each however long the implementation runs.
     */
    public List<TaskSummary> ofDecision(long decisionId, int upcoming, int past) {
        var now = clock.instant();
        // One statement for both ends (each still an index range of its own): a chain page sends it on every view.
        var all = summaries(em.createNativeQuery("(" + COLUMNS + FROM + "WHERE t.decision_id = ?1 AND t.ends_at > ?2 "
                + "ORDER BY t.starts_at, t.id LIMIT " + upcoming + ") UNION ALL (" + COLUMNS + FROM
                + "WHERE t.decision_id = ?3 AND t.ends_at <= ?4 ORDER BY t.starts_at DESC, t.id DESC LIMIT " + past + ")")
                .setParameter(1, decisionId).setParameter(2, UtcInstantConverter.utc(now))
                .setParameter(3, decisionId).setParameter(4, UtcInstantConverter.utc(now)));
        // A union keeps no order of its own: the upcoming ones, soonest first, then the past ones, latest first.
        var next = all.stream().filter(t -> t.endsAt().isAfter(now))
                .sorted(Comparator.comparing(TaskSummary::startsAt).thenComparing(TaskSummary::id));
        var before = all.stream().filter(t -> !t.endsAt().isAfter(now))
                .sorted(Comparator.comparing(TaskSummary::startsAt).thenComparing(TaskSummary::id).reversed());
        return java.util.stream.Stream.concat(next, before).toList();
    }

    /** "N residents gave M hours to this": attended sign-ups of a chain's tasks. */
    public VolunteerSummary given(long decisionId) {
        var row = (Object[]) em.createNativeQuery("SELECT COUNT(DISTINCT s.account_id), COALESCE(SUM(s.hours), 0) "
                + "FROM signup s JOIN task t ON t.id = s.task_id WHERE t.decision_id = ?1 AND s.attendance = 'ATTENDED'")
                .setParameter(1, decisionId).getSingleResult();
        return new VolunteerSummary(((Number) row[0]).longValue(), new BigDecimal(row[1].toString()));
    }

    /**
     * A chain's shifts that took place (ended, not cancelled), the most recent first: how many came, the
     * hours they gave and how many were thanked, counted in one grouped query.
     */
    public List<HeldShift> heldShifts(long decisionId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.id, t.title, t.ends_at, "
                + "COUNT(CASE WHEN s.attendance = 'ATTENDED' THEN 1 END), "
                + "COALESCE(SUM(CASE WHEN s.attendance = 'ATTENDED' THEN s.hours END), 0), "
                + "COUNT(s.thanked_at), MAX(s.thanked_at) "
                + "FROM task t LEFT JOIN signup s ON s.task_id = t.id "
                + "WHERE t.decision_id = ?1 AND t.cancelled = FALSE AND t.ends_at <= ?2 "
                + "GROUP BY t.id, t.title, t.ends_at ORDER BY t.ends_at DESC, t.id DESC LIMIT " + Math.max(1, limit))
                .setParameter(1, decisionId).setParameter(2, UtcInstantConverter.utc(clock.instant())).getResultList();
        return rows.stream().map(r -> new HeldShift(((Number) r[0]).longValue(), (String) r[1],
                UtcInstantConverter.fromColumn(r[2]), ((Number) r[3]).intValue(), new BigDecimal(r[4].toString()),
                ((Number) r[5]).intValue(), r[6] == null ? null : UtcInstantConverter.fromColumn(r[6]))).toList();
    }

    /** Thanks the volunteers chose to show, newest first. */
    public List<PublicThanks> publicThanks(long decisionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.display_name, t.title, s.thanks, s.thanked_at FROM signup s "
                + "JOIN task t ON t.id = s.task_id JOIN account a ON a.id = s.account_id WHERE t.decision_id = ?1 "
                + "AND s.thanks IS NOT NULL AND s.thanks_public = TRUE ORDER BY s.thanked_at DESC")
                .setParameter(1, decisionId).getResultList();
        return rows.stream().map(r -> new PublicThanks((String) r[0], (String) r[1], (String) r[2],
                UtcInstantConverter.fromColumn(r[3]))).toList();
    }

    /** Every upcoming task as entities, for the calendar of all shifts. */
    public List<Task> upcomingTasks(int limit) {
        return em.createQuery("SELECT t FROM Task t WHERE t.cancelled = FALSE AND t.startsAt > :now "
                + "ORDER BY t.startsAt", Task.class).setParameter("now", clock.instant()).setMaxResults(limit)
                .getResultList();
    }

    /** Tasks an official manages, newest shift first, with their chain. */
    public List<TaskSummary> all(int first, int size) {
        return summaries(em.createNativeQuery(COLUMNS + FROM + "ORDER BY t.starts_at DESC, t.id DESC LIMIT "
                + Math.max(1, Math.min(size, 100)) + " OFFSET " + Math.max(0, first)));
    }

    public long countAll() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM task").getSingleResult()).longValue();
    }

    private String where(TaskFilter filter, List<Object> params) {
        params.add(UtcInstantConverter.utc(filter.from() != null && filter.from().isAfter(clock.instant())
                ? filter.from() : clock.instant()));
        var conditions = new ArrayList<String>(List.of("t.cancelled = FALSE", "t.starts_at > ?1"));
        if (filter.districtId() != null) {
            params.add(filter.districtId());
            conditions.add("d.district_id = ?" + params.size());
        }
        if (filter.skill() != null) {
            params.add(filter.skill().name());
            conditions.add("EXISTS (SELECT 1 FROM task_skill k WHERE k.task_id = t.id AND k.skill = ?" + params.size() + ")");
        }
        if (filter.placesLeft()) {
            conditions.add("t.confirmed_count < t.capacity");
        }
        return "WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
    }

    private static List<TaskSummary> summaries(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new TaskSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                UtcInstantConverter.fromColumn(r[3]), UtcInstantConverter.fromColumn(r[4]), ((Number) r[5]).intValue(),
                ((Number) r[6]).intValue(), truth(r[7]), ((Number) r[8]).longValue(), (String) r[9], (String) r[10],
                skills((String) r[11]))).toList();
    }

    private static List<Skill> skills(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(Skill::valueOf).toList();
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
