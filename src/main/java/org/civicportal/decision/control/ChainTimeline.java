package org.civicportal.decision.control;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.civicportal.decision.control.ChainEvent.Kind;
import org.civicportal.decision.entity.Decision;

/**
 * Puts a chain's story in one chronological list: each credited input submitted, answered and credited,
 * the decision, each status the implementation reached, each update, and what other features contributed
 * (shifts held, hours given, thanks). Built from what the chain page has already read, plus one grouped read
 * by each feature that contributes to the story ({@link ChainStory}).
 * <p>
 * The decision is dated by its day only. It sorts where it really happened: after everything else of that
 * day that came before it was published (the inputs that shaped it), and before its credits, which are
 * written when it is published.
 */
public final class ChainTimeline {

    private static final int EXCERPT = 120;
    /** Compiled once: every chain page view makes an excerpt of each update. */
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("[*_`#>]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private ChainTimeline() {
    }

    public static List<ChainEvent> of(Decision decision, List<CreditView> credits, List<UpdateView> updates,
            List<VersionRow> versions, List<ChainEvent> contributed) {
        var events = new ArrayList<ChainEvent>();
        for (var credit : credits) {
            var title = credit.hidden() ? null : credit.title();
            events.add(new ChainEvent(credit.submittedAt(), Kind.SUBMITTED, title, credit.inputId(), false));
            // An input first answered by this very credit has no separate answer to show.
            if (credit.answeredAt() != null && credit.answeredAt().isBefore(credit.creditedAt())) {
                events.add(new ChainEvent(credit.answeredAt(), Kind.ANSWERED, title, credit.inputId(), false));
            }
            events.add(new ChainEvent(credit.creditedAt(), Kind.CREDITED, title, credit.inputId(), false));
        }
        events.add(new ChainEvent(decidedAt(decision), Kind.DECIDED, decision.getTitle(), null, true));
        versions.stream().filter(v -> "status".equals(v.field())).forEach(v ->
                events.add(new ChainEvent(v.changedAt(), Kind.STATUS, v.newValue(), null, false)));
        for (var update : updates) {
            events.add(new ChainEvent(update.createdAt(), Kind.UPDATE, excerpt(update.body()), null, false));
        }
        events.addAll(contributed);
        // Same instant: the decision before the credits written with it (Kind's order is the story's order).
        events.sort(Comparator.comparing(ChainEvent::at).thenComparing(ChainEvent::kind));
        return events;
    }

    /**
     * The moment that stands for a day-only decision: its publication when it was published that day,
     * else the last moment of the day (it was decided after that day's inputs). Shown as the day only.
     */
    static java.time.Instant decidedAt(Decision decision) {
        var zone = ZoneId.systemDefault();
        var day = decision.getDecidedOn();
        var dayStart = day.atStartOfDay(zone).toInstant();
        var dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1000);
        var published = decision.getCreatedAt();
        if (published == null || published.isAfter(dayEnd)) {
            return dayEnd;
        }
        return published.isBefore(dayStart) ? dayStart : published;
    }

    /** The start of an update as plain text: Markdown marks and link targets dropped. */
    static String excerpt(String markdown) {
        var flat = SPACES.matcher(MARKS.matcher(LINK.matcher(markdown).replaceAll("$1")).replaceAll(""))
                .replaceAll(" ").strip();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1).strip() + "…";
    }
}
