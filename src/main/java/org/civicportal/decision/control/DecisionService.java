package org.civicportal.decision.control;

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
import org.civicportal.decision.control.DecisionEvents.DecisionMoved;
import org.civicportal.decision.control.DecisionEvents.ImplementationDelivered;
import org.civicportal.decision.control.DecisionEvents.ImplementationMoved;
import org.civicportal.decision.control.DecisionEvents.InputCredited;
import org.civicportal.decision.entity.Decision;
import org.civicportal.decision.entity.DecisionContent;
import org.civicportal.decision.entity.DecisionVersion;
import org.civicportal.decision.entity.ImplementationStatus;
import org.civicportal.decision.entity.ImplementationUpdate;
import org.civicportal.input.control.InputService;
import org.civicportal.platform.audit.Changed;
import org.civicportal.platform.markdown.SafeMarkdown;
import org.civicportal.platform.outbox.Outbox;
import org.civicportal.platform.persistence.BoundedCount;
import org.civicportal.platform.persistence.FreshRead;
import org.civicportal.platform.persistence.InIdOrder;
import org.civicportal.platform.persistence.Keyset;
import org.civicportal.platform.persistence.ShortLived;
import org.civicportal.platform.persistence.UtcInstantConverter;
import org.civicportal.platform.reference.entity.District;
import org.civicportal.platform.reference.entity.Topic;

/**
 * The rules of decision chains: publishing and editing a decision (versioned, guarded against lost
 * updates), crediting inputs, reporting on the implementation, and who follows a chain.
 */
@ApplicationScoped
public class DecisionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputService inputs;

    @Inject
    Event<Object> events;

    @Inject
    FreshRead freshRead;

    @Inject
    Outbox outbox;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    Clock clock = Clock.systemUTC();

    /** Chain counts by filter and execution by district, kept a few seconds; forgotten on every change here. */
    private final ShortLived<DecisionFilter, BoundedCount> counts = new ShortLived<>(Clock.systemUTC());
    private final ShortLived<Boolean, List<DistrictProgress>> byDistrict = new ShortLived<>(Clock.systemUTC());

    /** A new decision with the inputs that shaped it; all or nothing. */
    @Transactional
    public Decision publish(long officialId, DecisionContent content, List<NewCredit> credits) {
        forgetFigures();
        var now = clock.instant();
        var official = em.find(Account.class, officialId);
        var decision = new Decision(official, now);
        decision.apply(normalised(content), SafeMarkdown.toHtml(content.rationale()),
                em.find(Topic.class, content.topicId()), em.find(District.class, content.districtId()), now);
        em.persist(decision);
        em.flush();
        int revision = decision.nextRevision();
        em.persist(new DecisionVersion(decision.getId(), revision, official, now,
                new Changed(DecisionVersion.CREATED, null, decision.getTitle())));
        credit(decision, revision, official, credits, now);
        announce(decision, null, officialId, now);
        events.fire(new DecisionEvents.DecisionPublished(decision.getId(), officialId, now));
        return decision;
    }

    /**
     * Saves an official's edit. The row is locked and its version compared with the one the official
     * opened: when someone saved in between, {@link EditConflict} says who and when, and nothing changes.
     */
    @Transactional
    public Decision save(long decisionId, int openedVersion, long officialId, DecisionContent content,
            List<NewCredit> newCredits) {
        forgetFigures();
        var decision = em.find(Decision.class, decisionId, LockModeType.PESSIMISTIC_WRITE);
        if (decision.getVersion() != openedVersion) {
            var last = lastChange(decisionId);
            throw new EditConflict(decisionId, last.map(v -> v.getChangedBy().getDisplayName()).orElse("?"),
                    last.map(DecisionVersion::getChangedAt).orElse(decision.getUpdatedAt()));
        }
        var now = clock.instant();
        var official = em.find(Account.class, officialId);
        var before = decision.snapshot();
        var statusBefore = decision.getImplementation().getStatus();
        long districtBefore = decision.getDistrict().getId();
        long topicBefore = decision.getTopic().getId();
        decision.apply(normalised(content), SafeMarkdown.toHtml(content.rationale()),
                em.find(Topic.class, content.topicId()), em.find(District.class, content.districtId()), now);
        var changes = Changed.between(before, decision.snapshot());
        if (changes.isEmpty() && newCredits.isEmpty()) {
            return decision;
        }
        int revision = decision.nextRevision();
        changes.forEach(change -> em.persist(new DecisionVersion(decisionId, revision, official, now, change)));
        credit(decision, revision, official, newCredits, now);
        announce(decision, statusBefore, officialId, now);
        events.fire(new DecisionEvents.DecisionEdited(decisionId, officialId, changes,
                newCredits.stream().map(NewCredit::inputId).sorted().toList(), now));
        if (decision.getDistrict().getId() != districtBefore || decision.getTopic().getId() != topicBefore) {
            // The ledger's rows of the chain's volunteering carry the decision's district and topic: they follow.
            events.fire(new DecisionMoved(decisionId, decision.getDistrict().getId(), decision.getTopic().getId(),
                    now));
        }
        return decision;
    }

    /**
     * A dated entry in the implementation's timeline, optionally reporting new progress (a versioned change
     * that followers hear about when it passes a milestone).
     */
    @Transactional
    public ImplementationUpdate postUpdate(long decisionId, long officialId, String text, Integer progress,
            String photoCaption, List<StoredPhoto> photos) {
        forgetFigures();
        var decision = em.find(Decision.class, decisionId, LockModeType.PESSIMISTIC_WRITE);
        var now = clock.instant();
        var official = em.find(Account.class, officialId);
        Integer reported = progress == null || progress == decision.getImplementation().getProgress() ? null : progress;
        List<Changed> changes = List.of();
        if (reported != null) {
            var before = decision.snapshot();
            decision.reportProgress(reported, now);
            int revision = decision.nextRevision();
            changes = Changed.between(before, decision.snapshot());
            changes.forEach(change -> em.persist(new DecisionVersion(decisionId, revision, official, now, change)));
            announce(decision, decision.getImplementation().getStatus(), officialId, now);
        }
        var update = new ImplementationUpdate(decisionId, text, SafeMarkdown.toHtml(text), reported, photoCaption,
                official, now);
        photos.forEach(photo -> update.addPhoto(photo.fileName(), photo.type().contentType(), photo.sizeBytes()));
        em.persist(update);
        em.flush();
        events.fire(new DecisionEvents.ImplementationUpdated(decisionId, update.getId(), officialId, changes,
                now));
        return update;
    }


    private void credit(Decision decision, int revision, Account official, List<NewCredit> credits, Instant now) {
        // Input rows are locked in id order, so two officials crediting the same inputs queue, never deadlock.
        var inOrder = credits.stream().sorted(java.util.Comparator.comparingLong(NewCredit::inputId)).toList();
        for (var credit : inOrder) {
            if (!inputs.incorporate(credit.inputId(), official.getId(), credit.how())) {
                throw new CreditRefused(credit.inputId());
            }
            int added = em.createNativeQuery("INSERT IGNORE INTO decision_credit (decision_id, input_id, how, "
                    + "credited_by, credited_at) VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, decision.getId())
                    .setParameter(2, credit.inputId()).setParameter(3, credit.how().strip())
                    .setParameter(4, official.getId()).setParameter(5, UtcInstantConverter.utc(now)).executeUpdate();
            if (added == 0) {
                continue; // already credited by this decision
            }
            decision.credited();
            em.persist(new DecisionVersion(decision.getId(), revision, official, now,
                    new Changed(DecisionVersion.CREDIT, null, String.valueOf(credit.inputId()))));
            // The author and supporters follow the chain from now on, unless they unfollowed it before.
            em.createNativeQuery("INSERT IGNORE INTO chain_follower (decision_id, account_id, following, since) "
                    + "SELECT ?1, author_id, TRUE, ?3 FROM input WHERE id = ?2 AND author_id IS NOT NULL "
                    + "UNION SELECT ?1, account_id, TRUE, ?3 FROM input_support WHERE input_id = ?2 AND account_id IS NOT NULL")
                    .setParameter(1, decision.getId()).setParameter(2, credit.inputId())
                    .setParameter(3, UtcInstantConverter.utc(now)).executeUpdate();
            var input = inputs.find(credit.inputId()).orElseThrow();
            events.fire(new InputCredited(credit.inputId(), decision.getId(), input.authorId(),
                    official.getId(), input.getDistrict().getId(), input.getTopic().getId(), now));
            if (decision.getImplementation().getDeliveredAt() != null) {
                // Credited after the work was delivered: its author received the delivery too, from whoever credited.
                events.fire(new ImplementationDelivered(decision.getId(), credit.inputId(), input.authorId(),
                        official.getId(), input.getDistrict().getId(), input.getTopic().getId(), now));
            }
        }
    }

    /**
     * Tells followers of a new status or a milestone passed, and records the delivery when DONE.
     * statusBefore is null for a decision being published.
     */
    private void announce(Decision decision, ImplementationStatus statusBefore, long officialId, Instant now) {
        var implementation = decision.getImplementation();
        var newStatus = statusBefore == null || statusBefore == implementation.getStatus() ? null
                : implementation.getStatus();
        int milestone = implementation.claimMilestone().orElse(0);
        // A new decision's followers just got "your input shaped this decision"; its starting point is no news.
        boolean isNew = statusBefore == null;
        if (!isNew && (newStatus != null || milestone > 0)) {
            events.fire(new ImplementationMoved(decision.getId(), newStatus, milestone, now));
        }
        if (implementation.claimDelivery(now, officialId)) {
            // District and topic of each delivery are its credited input's (docs/architecture.md, the ledger).
            deliveries(decision.getId()).forEach(delivery -> events.fire(new ImplementationDelivered(decision.getId(),
                    delivery.inputId(), delivery.authorId(), officialId, delivery.districtId(), delivery.topicId(), now)));
        }
    }

    /** A credited input as its delivery needs it: whose it is, and its district and topic. */
    private record Delivery(long inputId, Long authorId, long districtId, long topicId) {
    }

    private List<Delivery> deliveries(long decisionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.input_id, i.author_id, i.district_id, i.topic_id "
                + "FROM decision_credit c JOIN input i ON i.id = c.input_id WHERE c.decision_id = ?1 ORDER BY c.input_id")
                .setParameter(1, decisionId).getResultList();
        return rows.stream().map(r -> new Delivery(number(r[0]), r[1] == null ? null : number(r[1]), number(r[2]),
                number(r[3]))).toList();
    }

    /** What a change may alter: the lists' counts and execution by district (this node; others within seconds). */
    private void forgetFigures() {
        counts.forget(transactions);
        byDistrict.forget(transactions);
    }

    /** DONE means delivered in full. */
    private static DecisionContent normalised(DecisionContent c) {
        if (c.status() != ImplementationStatus.DONE || c.progress() == 100) {
            return c;
        }
        return new DecisionContent(c.title(), c.summary(), c.rationale(), c.decidedOn(), c.department(), c.topicId(),
                c.districtId(), c.status(), 100, c.startDate(), c.targetDate(), c.budget());
    }

    private Optional<DecisionVersion> lastChange(long decisionId) {
        return em.createQuery("SELECT v FROM DecisionVersion v JOIN FETCH v.changedBy WHERE v.decisionId = :id "
                + "ORDER BY v.revision DESC, v.id DESC", DecisionVersion.class).setParameter("id", decisionId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The decision with its topic, district and author, in one query. */
    public Optional<Decision> find(long id) {
        return em.createQuery("SELECT d FROM Decision d JOIN FETCH d.topic JOIN FETCH d.district "
                + "JOIN FETCH d.createdBy WHERE d.id = :id", Decision.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** Several decisions with topic and district, in the order of ids. */
    public List<Decision> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var found = em.createQuery("SELECT d FROM Decision d JOIN FETCH d.topic JOIN FETCH d.district "
                + "WHERE d.id IN :ids", Decision.class).setParameter("ids", ids).getResultList();
        return InIdOrder.sort(ids, found, Decision::getId);
    }

    public List<CreditView> credits(long decisionId) {
        return creditsOf(List.of(decisionId));
    }

    /** The credits of several decisions in one query, in the order they were credited. */
    public List<CreditView> creditsOf(List<Long> decisionIds) {
        if (decisionIds.isEmpty()) {
            return List.of();
        }
        var query = em.createNativeQuery("SELECT c.decision_id, c.input_id, i.title, a.display_name, c.how, "
                + "c.credited_at, i.created_at, i.answered_at, i.hidden, i.author_id FROM decision_credit c "
                + "JOIN input i ON i.id = c.input_id LEFT JOIN account a ON a.id = i.author_id "
                + "WHERE c.decision_id IN (" + placeholders(decisionIds.size()) + ") ORDER BY c.credited_at, c.input_id");
        bindAll(query, decisionIds);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new CreditView(number(r[0]), number(r[1]), (String) r[2], (String) r[3],
                (String) r[4], UtcInstantConverter.fromColumn(r[5]), UtcInstantConverter.fromColumn(r[6]),
                UtcInstantConverter.fromColumn(r[7]), truth(r[8]), r[9] == null ? null : number(r[9]))).toList();
    }

    /** An update's photos, in order, read with it (file names are random hex, so "/" never occurs in one). */
    private static final String PHOTOS = "(SELECT GROUP_CONCAT(p.file_name ORDER BY p.position SEPARATOR '/') "
            + "FROM update_photo p WHERE p.update_id = u.id)";

    private static final String UPDATE_COLUMNS = "SELECT u.id, u.decision_id, d.title, u.created_at, u.body, "
            + "u.body_html, u.progress, u.photo_caption, a.display_name, " + PHOTOS + " ";

    private static final String UPDATE_JOINS = "JOIN account a ON a.id = u.author_id JOIN decision d ON d.id = u.decision_id ";

    /**
     * The implementation's timeline for its page: the newest updates first, with authors and photos, in one
     * statement however many updates, photos and authors.
     */
    public List<UpdateView> updates(long decisionId, int limit) {
        return updateViews(em.createNativeQuery(UPDATE_COLUMNS + "FROM implementation_update u " + UPDATE_JOINS
                + "WHERE u.decision_id = ?1 ORDER BY u.created_at DESC, u.id DESC LIMIT " + Math.max(1, limit))
                .setParameter(1, decisionId));
    }

    /** The newest updates (at most perDecision each) of several decisions, with photos, in one statement. */
    public List<UpdateView> updatesOf(List<Long> decisionIds, int perDecision) {
        if (decisionIds.isEmpty()) {
            return List.of();
        }
        var query = em.createNativeQuery(UPDATE_COLUMNS + "FROM (SELECT n.id FROM (SELECT id, ROW_NUMBER() OVER "
                + "(PARTITION BY decision_id ORDER BY created_at DESC, id DESC) AS nth FROM implementation_update "
                + "WHERE decision_id IN (" + placeholders(decisionIds.size()) + ")) n WHERE n.nth <= "
                + Math.max(1, perDecision) + ") newest JOIN implementation_update u ON u.id = newest.id " + UPDATE_JOINS
                + "ORDER BY u.created_at DESC, u.id DESC");
        bindAll(query, decisionIds);
        return updateViews(query);
    }

    /**
     * The newest updates of all chains, for the feed: the ids from ix_update_created first (a deferred join),
     * then the page's rows with author, chain title and photos.
     */
    public List<UpdateView> latestUpdates(int limit) {
        return updateViews(em.createNativeQuery(UPDATE_COLUMNS + "FROM (SELECT id FROM implementation_update "
                + "ORDER BY created_at DESC, id DESC LIMIT " + Math.max(1, limit) + ") newest "
                + "JOIN implementation_update u ON u.id = newest.id " + UPDATE_JOINS
                + "ORDER BY u.created_at DESC, u.id DESC"));
    }

    private static List<UpdateView> updateViews(jakarta.persistence.Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new UpdateView(number(r[0]), number(r[1]), (String) r[2],
                UtcInstantConverter.fromColumn(r[3]), (String) r[4], (String) r[5],
                r[6] == null ? null : ((Number) r[6]).intValue(), (String) r[7], (String) r[8],
                r[9] == null ? List.of() : List.of(r[9].toString().split("/")))).toList();
    }

    /** The newest decisions, for the feed, read backwards along ix_decision_created. */
    public List<Decision> latestDecisions(int limit) {
        return em.createQuery("SELECT d FROM Decision d ORDER BY d.createdAt DESC, d.id DESC", Decision.class)
                .setMaxResults(limit).getResultList();
    }

    /** Decisions planned or in progress, newest first: the ones volunteer tasks can still serve. */
    public List<Decision> beingCarriedOut(int limit) {
        return em.createQuery("SELECT d FROM Decision d WHERE d.implementation.status IN :statuses "
                + "ORDER BY d.createdAt DESC", Decision.class)
                .setParameter("statuses", List.of(ImplementationStatus.PLANNED, ImplementationStatus.IN_PROGRESS))
                .setMaxResults(limit).getResultList();
    }

    /** The public version history, newest revision first, at most this many changed fields, officials by name. */
    public List<VersionRow> versions(long decisionId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT v.revision, a.display_name, v.changed_at, v.field, "
                + "v.old_value, v.new_value FROM decision_version v JOIN account a ON a.id = v.changed_by "
                + "WHERE v.decision_id = ?1 ORDER BY v.revision DESC, v.id LIMIT " + Math.max(1, limit))
                .setParameter(1, decisionId).getResultList();
        return rows.stream().map(r -> new VersionRow(((Number) r[0]).intValue(), (String) r[1],
                UtcInstantConverter.fromColumn(r[2]), (String) r[3], (String) r[4], (String) r[5])).toList();
    }

    /** The chains that credit an input, oldest credit first. */
    public List<InputChain> chainsOf(long inputId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.id, d.title, c.how, d.impl_status, d.progress "
                + "FROM decision_credit c JOIN decision d ON d.id = c.decision_id WHERE c.input_id = ?1 "
                + "ORDER BY c.credited_at").setParameter(1, inputId).getResultList();
        return rows.stream().map(r -> new InputChain(number(r[0]), (String) r[1], (String) r[2],
                ImplementationStatus.valueOf((String) r[3]), ((Number) r[4]).intValue())).toList();
    }

    /**
     * A page of chains, newest decision first, filtered in the database. The page's ids come from the index that
     * matches the filter (V9), read in order and stopped at the page (a deferred join); only those rows are
     * fetched. Pages end at {@link BoundedCount#LIMIT} rows.
     */
    public List<ChainSummary> list(DecisionFilter filter, long first, int size) {
        int shown = BoundedCount.cut(first, Math.max(1, Math.min(size, 100)));
        if (shown == 0) {
            return List.of();
        }
        var where = DecisionWhere.of(filter);
        var query = em.createNativeQuery("SELECT x.id, x.title, x.summary, x.impl_status, x.progress, x.decided_on, "
                + "x.department, d.name, t.name_en, t.name_es, x.credit_count FROM (SELECT x.id FROM decision x "
                + where.sql() + " ORDER BY x.created_at DESC, x.id DESC LIMIT " + shown + " OFFSET " + first + ") page "
                + "JOIN decision x ON x.id = page.id JOIN district d ON d.id = x.district_id "
                + "JOIN topic t ON t.id = x.topic_id ORDER BY x.created_at DESC, x.id DESC");
        where.bind(query);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ChainSummary(number(r[0]), (String) r[1], (String) r[2],
                ImplementationStatus.valueOf((String) r[3]), ((Number) r[4]).intValue(), localDate(r[5]),
                (String) r[6], (String) r[7], (String) r[8], (String) r[9], ((Number) r[10]).intValue())).toList();
    }

    /**
     * The positions (created_at, id) of a page of chains, newest first, for the open-data API: after a position
     * when one is given, else from offset first; limit rows at most. An index-only range read of the filter's
     * index (V9's end in created_at, and InnoDB adds the id), stopped at the limit however deep the position.
     */
    public List<Keyset> newestKeys(DecisionFilter filter, Keyset after, long first, int limit) {
        var where = DecisionWhere.of(filter);
        var params = new ArrayList<Object>(where.params());
        var sql = where.sql();
        if (after != null) {
            sql = Keyset.and(sql, after.after("x.created_at", "x.id", true, params));
        }
        var query = em.createNativeQuery("SELECT x.created_at, x.id FROM decision x " + sql
                + " ORDER BY x.created_at DESC, x.id DESC LIMIT " + Math.max(1, limit) + " OFFSET " + Math.max(0, first));
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Keyset(UtcInstantConverter.fromColumn(r[0]), number(r[1]))).toList();
    }

    /** How many chains match, counted from the filter's index no further than {@link BoundedCount#LIMIT}. */
    public BoundedCount count(DecisionFilter filter) {
        return counts.get(filter, freshRead, () -> countNow(filter));
    }

    private BoundedCount countNow(DecisionFilter filter) {
        var where = DecisionWhere.of(filter);
        var query = em.createNativeQuery(BoundedCount.sql("SELECT 1 FROM decision x " + where.sql()));
        where.bind(query);
        return BoundedCount.of(((Number) query.getSingleResult()).longValue());
    }

    /**
     * Execution by district: decisions not cancelled, and their average progress. Grouped inside
     * ix_decision_district_progress alone (an index-only read: district, status and progress are all in it),
     * then named from the few districts. Kept a few seconds ({@link ShortLived}): it reads every decision's entry.
     */
    public List<DistrictProgress> progressByDistrict() {
        return byDistrict.get(Boolean.TRUE, freshRead, this::progressByDistrictNow);
    }

    private List<DistrictProgress> progressByDistrictNow() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.name, s.decisions, s.average FROM (SELECT x.district_id, "
                + "COUNT(*) AS decisions, AVG(x.progress) AS average FROM decision x "
                + "FORCE INDEX (ix_decision_district_progress) WHERE x.impl_status <> 'CANCELLED' "
                + "GROUP BY x.district_id) s JOIN district d ON d.id = s.district_id ORDER BY d.name").getResultList();
        return rows.stream().map(r -> new DistrictProgress((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).doubleValue())).toList();
    }

    public boolean follows(long decisionId, long accountId) {
        return !em.createNativeQuery("SELECT 1 FROM chain_follower WHERE decision_id = ?1 AND account_id = ?2 "
                + "AND following = TRUE").setParameter(1, decisionId).setParameter(2, accountId).getResultList().isEmpty();
    }

    /**
     * Follows or stops following a chain. Stopping also cancels the chain's news queued for the account and not
     * sent yet (ChainMails keys it "decision/progress:{chain}:…:account:{id}"), whichever page it was left on.
     */
    @Transactional
    public void follow(long decisionId, long accountId, boolean following) {
        if (!following) {
            outbox.cancelUnsent(accountId, "decision/progress:" + decisionId + ":");
        }
        em.createNativeQuery("INSERT INTO chain_follower (decision_id, account_id, following, since) "
                + "VALUES (?1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE following = VALUES(following)")
                .setParameter(1, decisionId).setParameter(2, accountId).setParameter(3, following)
                .setParameter(4, UtcInstantConverter.utc(clock.instant())).executeUpdate();
    }

    /** Native queries take no list parameter: one numbered placeholder per value. */
    private static String placeholders(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> "?" + i)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static void bindAll(jakarta.persistence.Query query, List<Long> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    private static java.time.LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (java.time.LocalDate) value;
    }
}
