package org.civicportal.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import org.civicportal.forum.control.CommitmentView;
import org.civicportal.forum.control.ForumCatalog;
import org.civicportal.forum.entity.CommitmentStatus;
import org.civicportal.platform.time.Quarter;
import org.civicportal.reciprocity.control.VitalityPrompts;
import org.junit.jupiter.api.Test;

/**
 * What the forum and vitality pages keep in their view-scoped beans travels with the session to another node
 * (the WAR is distributable): each kept type survives Java serialisation whole.
 */
class ViewStateTypesTest {

    @Test
    void whatTheViewsKeepSurvivesSerialisation() throws Exception {
        var q4 = new Quarter(2026, 4);
        for (var kept : new Object[] {q4,
                new CommitmentView(1, "Answer every Northside input within 30 days", "Parks department", q4.previous(), q4,
                        CommitmentStatus.OPEN, null, 0, true),
                new ForumCatalog.Participant(7, "Ana", "ana@example.org", Boolean.TRUE, false),
                new ForumCatalog.AnswerRow(3, "Northside", false, "a", "b", "c", Instant.EPOCH, false, 0, q4),
                new VitalityPrompts.UnthankedShift(5L, "Tree planting", "Ben", new BigDecimal("2.50"), Instant.EPOCH),
                new VitalityPrompts.UninvitedResident(7, "Ana", 9, "Solar panels"),
                new VitalityPrompts.QuietGiver(7, "Ana", 2)}) {
            assertEquals(kept, roundTrip(kept), kept.getClass().getSimpleName());
        }
    }

    private static Object roundTrip(Object value) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
