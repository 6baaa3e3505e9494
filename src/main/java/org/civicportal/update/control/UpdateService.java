package org.civicportal.update.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.outbox.Envelope;
import org.civicportal.platform.outbox.MailStream;
import org.civicportal.platform.outbox.Outbox;
import org.civicportal.platform.time.CityTime;
import org.civicportal.update.control.UpdateEvents.UpdateDrafted;
import org.civicportal.update.control.UpdateEvents.UpdateEdited;
import org.civicportal.update.entity.ItemKind;
import org.civicportal.update.entity.MonthlyUpdate;
import org.civicportal.update.entity.MonthlyUpdateItem;

/**
 * Staff's commands on monthly updates: draft the month's, edit its introduction and items, choose its audience,
 * test it on themselves. Only a draft changes, and each command names the version the page showed, so a
 * competing edit is refused ({@link UpdateConflict}) instead of overwritten.
 */
@ApplicationScoped
public class UpdateService {

    /** The template and composer of every update message (the outbox's row shows the template). */
    public static final String TEMPLATE = "update/monthly";

    @PersistenceContext
    EntityManager em;

    @Inject
    MonthAssembly assembly;

    @Inject
    CityTime city;

    @Inject
    Outbox outbox;

    @Inject
    Event<Object> events;

    Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }

    /** The month it is now in the city. */
    public YearMonth currentMonth() {
        return UpdateMonth.of(now(), city.zone());
    }

    /**
     * The month whose update staff draft next: the month just ended while nobody has drafted its update (on the
     * first days of December that is November's story, the one the first-of-month reminder asks for), otherwise
     * the current month so far.
     */
    public YearMonth monthToDraft() {
        var previous = currentMonth().minusMonths(1);
        return idOf(UpdateMonth.code(previous)).isEmpty() ? previous : currentMonth();
    }

    /**
     * Drafts the update of {@link #monthToDraft()} from what changed in it; if the month already has an update,
     * that one is kept as it is.
     *
     * @return the month's update id, and whether this call drafted it
     */
    @Transactional
    public Drafted draftMonth(long staffId) {
        var month = monthToDraft();
        var code = UpdateMonth.code(month);
        var existing = idOf(code);
        if (existing.isPresent()) {
            return new Drafted(existing.get(), false);
        }
        var now = now();
        var update = new MonthlyUpdate(code, staffId, now);
        assembly.draft(UpdateMonth.start(month, city.zone()), UpdateMonth.end(month, city.zone()), now)
                .forEach(update::add);
        em.persist(update);
        em.flush();
        events.fire(new UpdateDrafted(update.getId(), code));
        return new Drafted(update.getId(), true);
    }

    /** The result of {@link #draftMonth}. */
    public record Drafted(long updateId, boolean created) {
    }

    @Transactional(rollbackOn = UpdateConflict.class)
    public void introduce(long updateId, int version, String en, String es) throws UpdateConflict {
        editable(updateId, version).introduce(en == null ? "" : en.strip(), es == null ? "" : es.strip());
        edited(updateId);
    }

    @Transactional(rollbackOn = UpdateConflict.class)
    public boolean move(long updateId, int version, long itemId, int by) throws UpdateConflict {
        var moved = editable(updateId, version).move(itemId, by);
        edited(updateId);
        return moved;
    }

    @Transactional(rollbackOn = UpdateConflict.class)
    public boolean drop(long updateId, int version, long itemId) throws UpdateConflict {
        var dropped = editable(updateId, version).drop(itemId);
        edited(updateId);
        return dropped;
    }

    /** Adds staff's own item at the end; the page checked the link is http(s). */
    @Transactional(rollbackOn = UpdateConflict.class)
    public void addCustom(long updateId, int version, String title, String text, String link) throws UpdateConflict {
        editable(updateId, version).add(new MonthlyUpdateItem(ItemKind.CUSTOM, null, title.strip(),
                text == null ? "" : text.strip(), link == null || link.isBlank() ? null : link.strip(), null));
        edited(updateId);
    }

    @Transactional(rollbackOn = UpdateConflict.class)
    public void address(long updateId, int version, Audience audience) throws UpdateConflict {
        editable(updateId, version).address(audience);
        edited(updateId);
    }

    /**
     * Queues the update, as a subscriber would get it, to the staff member's own address; each test send is its
     * own message (a unique key), outside the update's campaign so pausing a send never holds it.
     */
    @Transactional
    public void testSend(long updateId, long staffId, String email, Language language) {
        var key = "update/test:" + updateId + ":account:" + staffId + ":" + UUID.randomUUID();
        outbox.queueComposed(new Envelope(key, MailStream.NOTICE, null, staffId, language, TEMPLATE), email,
                UpdateComposer.NAME, String.valueOf(updateId));
    }

    private MonthlyUpdate editable(long updateId, int version) throws UpdateConflict {
        // Locked: the version and state seen here are those this transaction commits over (the sending writes the
        // state with SQL, without a version).
        var update = em.find(MonthlyUpdate.class, updateId, LockModeType.PESSIMISTIC_WRITE);
        if (update == null || update.getVersion() != version) {
            throw new UpdateConflict("Update " + updateId + " changed since version " + version);
        }
        if (!update.isDraft()) {
            throw new UpdateConflict("Update " + updateId + " is " + update.getState() + ", no longer a draft");
        }
        update.touch(now());
        return update;
    }

    private void edited(long updateId) {
        events.fire(new UpdateEdited(updateId));
    }

    private Optional<Long> idOf(String month) {
        return em.createQuery("SELECT u.id FROM MonthlyUpdate u WHERE u.month = :m", Long.class).setParameter("m", month)
                .getResultStream().findFirst();
    }
}
