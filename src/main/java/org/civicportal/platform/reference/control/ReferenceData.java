package org.civicportal.platform.reference.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicportal.platform.reference.entity.District;
import org.civicportal.platform.reference.entity.Topic;

/**
 * Read access to districts and topics for forms and filters. Nearly every page shows them and they change
 * only by migration (issue 15 adds an admin, which calls {@link #invalidate()}), so each node keeps the lists
 * it read for {@link #FRESH_FOR}: a change made on another node shows here within that time at the latest.
 * The lists hold detached entities, only ever read.
 */
@ApplicationScoped
public class ReferenceData {

    static final Duration FRESH_FOR = Duration.ofMinutes(10);

    private record Lists(List<District> districts, List<Topic> topics, Instant readAt) {
    }

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    private volatile Lists lists;

    public List<District> districts() {
        return lists().districts();
    }

    public List<Topic> topics() {
        return lists().topics();
    }

    /** A managed district, for an entity that refers to it (an account's district); read by key. */
    public Optional<District> district(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(District.class, id));
    }

    /** The next call reads the lists again (after a change to districts or topics). */
    public void invalidate() {
        lists = null;
    }

    private Lists lists() {
        var now = clock.instant();
        var current = lists;
        if (current == null || current.readAt().plus(FRESH_FOR).isBefore(now)) {
            // Two requests may both read at the same moment; both get complete lists, the later one is kept.
            current = new Lists(List.copyOf(em.createNamedQuery(District.ALL, District.class).getResultList()),
                    List.copyOf(em.createNamedQuery(Topic.ALL, Topic.class).getResultList()), now);
            lists = current;
        }
        return current;
    }
}
