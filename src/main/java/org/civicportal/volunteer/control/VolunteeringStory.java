package org.civicportal.volunteer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.civicportal.decision.control.ChainEvent;
import org.civicportal.decision.control.ChainStory;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.i18n.Texts;

/**
 * Volunteering's part of a chain's whole story: each shift held, with the residents who came and the
 * hours they gave, and the thanks the city sent for it. Counts only: names appear on the chain page only
 * where a volunteer chose to share their thanks.
 */
@ApplicationScoped
public class VolunteeringStory implements ChainStory {

    /** The most recent shifts; the chain page's task list links to the rest. */
    private static final int SHOWN = 20;

    @Inject
    TaskCatalog catalog;

    @Override
    public List<ChainEvent> eventsOf(long decisionId, Language language) {
        var events = new ArrayList<ChainEvent>();
        for (var shift : catalog.heldShifts(decisionId, SHOWN)) {
            events.add(new ChainEvent(shift.endedAt(), ChainEvent.Kind.CONTRIBUTED,
                    Texts.get(language, "chain.event.shiftHeld", shift.title(), shift.attended(),
                            shift.hours()), null, false));
            if (shift.thanked() > 0) {
                events.add(new ChainEvent(shift.lastThankedAt(), ChainEvent.Kind.CONTRIBUTED,
                        Texts.get(language, "chain.event.volunteersThanked", shift.title(), shift.thanked()), null, false));
            }
        }
        return events;
    }
}
