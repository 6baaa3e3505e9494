package org.civicportal.update.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicportal.platform.outbox.Outbox;
import org.civicportal.platform.persistence.UtcInstantConverter;

/**
 * What the sending panel shows about an update's delivery: its state, who it goes to and how many, and its
 * outbox rows by state. Two indexed reads (the update by id, its campaign's rows grouped by state).
 */
@ApplicationScoped
public class DeliveryCatalog {

    /** An update's delivery as the panel shows it. */
    public record Delivery(long updateId, String state, Audience audience, Long recipients, Instant startedAt,
            boolean queued, Instant finishedAt, SendProgress progress) {

        public boolean isDraft() {
            return "DRAFT".equals(state);
        }

        public boolean isSending() {
            return "SENDING".equals(state);
        }

        public boolean isPaused() {
            return "PAUSED".equals(state);
        }

        public boolean isOver() {
            return "SENT".equals(state) || "CANCELLED".equals(state);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    UpdateAudience audience;

    public Optional<Delivery> of(long updateId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT state, audience, audience_id, recipients, send_started_at, "
                + "queued_at, finished_at FROM monthly_update WHERE id = ?1").setParameter(1, updateId)
                .getResultList();
        return rows.stream().findFirst().map(r -> {
            var state = (String) r[0];
            var recipients = r[3] == null ? null : ((Number) r[3]).longValue();
            boolean queued = r[5] != null;
            Map<String, Long> byState = "DRAFT".equals(state) ? Map.of()
                    : outbox.progress(UpdateDelivery.campaign(updateId));
            return new Delivery(updateId, state, UpdateDelivery.audienceOf((String) r[1], r[2]), recipients,
                    UtcInstantConverter.fromColumn(r[4]), queued, UtcInstantConverter.fromColumn(r[6]),
                    SendProgress.of(state, recipients, queued, byState));
        });
    }

    /** How many residents the update would reach if sent now (the one definition: {@link UpdateAudience}). */
    public long audienceCount(Audience who) {
        return audience.count(who);
    }
}
