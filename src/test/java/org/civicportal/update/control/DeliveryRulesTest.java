package org.civicportal.update.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of an update's delivery: its states, its queuing cursor, its progress and its rate. */
class DeliveryRulesTest {

    @Test
    void aDraftIsSentOnceAndOnlyASendCanBePausedResumedOrCancelled() {
        assertEquals("SENDING", DeliveryCommand.SEND.apply("DRAFT"));
        assertEquals("SENDING", DeliveryCommand.SEND.apply("PAUSED"), "sending a paused update resumes it");
        for (var over : new String[] {"SENDING", "SENT", "CANCELLED"}) {
            var refused = assertThrows(DeliveryRefused.class, () -> DeliveryCommand.SEND.apply(over));
            assertEquals("sending.refused.send", refused.key());
            assertEquals(over, refused.state());
        }
        assertEquals("PAUSED", DeliveryCommand.PAUSE.apply("SENDING"));
        assertThrows(DeliveryRefused.class, () -> DeliveryCommand.PAUSE.apply("PAUSED"));
        assertThrows(DeliveryRefused.class, () -> DeliveryCommand.PAUSE.apply("DRAFT"));
        assertEquals("SENDING", DeliveryCommand.RESUME.apply("PAUSED"));
        assertThrows(DeliveryRefused.class, () -> DeliveryCommand.RESUME.apply("SENDING"));
        assertEquals("CANCELLED", DeliveryCommand.CANCEL.apply("SENDING"));
        assertEquals("CANCELLED", DeliveryCommand.CANCEL.apply("PAUSED"));
        assertThrows(DeliveryRefused.class, () -> DeliveryCommand.CANCEL.apply("DRAFT"));
        assertThrows(DeliveryRefused.class, () -> DeliveryCommand.CANCEL.apply("SENT"));
        assertThrows(DeliveryRefused.class, () -> DeliveryCommand.CANCEL.apply("CANCELLED"));
    }

    @Test
    void theCursorMovesToTheLastIdQueuedAndAShortChunkEndsTheAudience() {
        var full = QueueCursor.after(10, new long[] {11, 15, 40}, 3);
        assertEquals(40, full.through());
        assertFalse(full.exhausted(), "a full chunk may have more after it");
        var shorter = QueueCursor.after(40, new long[] {41}, 3);
        assertEquals(41, shorter.through());
        assertTrue(shorter.exhausted());
        var empty = QueueCursor.after(41, new long[0], 3);
        assertEquals(41, empty.through(), "an empty chunk leaves the cursor where it was");
        assertTrue(empty.exhausted());
        assertThrows(IllegalArgumentException.class, () -> QueueCursor.after(10, new long[] {10}, 3),
                "a chunk repeating the cursor's account would queue it twice");
        assertThrows(IllegalArgumentException.class, () -> QueueCursor.after(10, new long[] {12, 11}, 3));
    }

    @Test
    void progressCountsEveryoneNotYetQueuedAsPendingAndReaches100OnlyWhenNothingIsLeft() {
        var early = SendProgress.of("SENDING", 200L, false, Map.of("PENDING", 50L, "SENT", 40L));
        assertEquals(200, early.total(), "the audience counted at the start, until every row is queued");
        assertEquals(160, early.pending());
        assertEquals(20, early.percent());

        var almost = SendProgress.of("SENDING", 200L, true, Map.of("SENT", 197L, "FAILED", 2L, "RETRYING", 1L));
        assertEquals(200, almost.total());
        assertEquals(1, almost.pending());
        assertEquals(99, almost.percent(), "never rounded up to 100 while one is left");
        assertEquals(199, almost.attempted());

        var fewer = SendProgress.of("SENT", 200L, true, Map.of("SENT", 198L));
        assertEquals(198, fewer.total(), "once queued, the rows are the total (two left before their chunk)");
        assertEquals(100, fewer.percent());

        var cancelled = SendProgress.of("CANCELLED", 10L, true, Map.of("SENT", 4L, "CANCELLED", 6L));
        assertEquals(0, cancelled.pending());
        assertEquals(100, cancelled.percent());

        assertEquals(0, SendProgress.of("DRAFT", null, false, Map.of()).percent());
        assertEquals(100, SendProgress.of("SENT", 0L, true, Map.of()).percent(), "a send to nobody is done");
    }

    @Test
    void theRateIsMeasuredOverTheLastSamplesAndGivesTheTimeLeft() {
        var rate = new SendRate();
        rate.sample(0, 0);
        assertEquals(0, rate.perSecond(), "one sample is no rate");
        assertEquals(-1, rate.secondsLeft(100));
        rate.sample(2_000, 100);
        assertEquals(50, rate.perSecond(), 0.001);
        assertEquals(4, rate.secondsLeft(200));
        assertEquals(3, rate.secondsLeft(101), "rounded up");
        assertEquals(0, rate.secondsLeft(0));

        for (int second = 3; second <= 60; second++) {
            rate.sample(second * 1000L, 100 + (second - 2) * 10L);
        }
        assertEquals(10, rate.perSecond(), 0.001, "only the last 30 s count: the early burst is forgotten");

        rate.sample(61_000, 5);
        assertEquals(0, rate.perSecond(), "a count going down is another send: measuring starts again");
    }

    @Test
    void theAudienceOfAnUpdateRowIsReadAsStaffChoseIt() {
        assertEquals(Audience.all(), UpdateDelivery.audienceOf("ALL", null));
        assertEquals(new Audience(Audience.Kind.DISTRICT, 7L), UpdateDelivery.audienceOf("DISTRICT", 7L));
        assertEquals(new Audience(Audience.Kind.TOPIC, 3L), UpdateDelivery.audienceOf("TOPIC", 3));
        assertEquals("update:7:account:12", UpdateDelivery.key(7, 12));
        assertEquals("update:7", UpdateDelivery.campaign(7));
        assertArrayEquals(new Object[] {"SENDING"}, new Object[] {DeliveryCommand.SEND.to()});
    }
}
