package org.civicportal.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.civicportal.volunteer.entity.Attendance;
import org.civicportal.volunteer.entity.Places;
import org.civicportal.volunteer.entity.Signup;
import org.civicportal.volunteer.entity.SignupStatus;
import org.junit.jupiter.api.Test;

/** Who gets a place and who waits, how many move up when places free, who may be thanked. */
class VolunteerRulesTest {

    @Test
    void placesAreGivenUntilFullThenTheWaitlistOpens() {
        assertEquals(SignupStatus.CONFIRMED, Places.forNewSignup(0, 1));
        assertEquals(SignupStatus.CONFIRMED, Places.forNewSignup(9, 10));
        assertEquals(SignupStatus.WAITLISTED, Places.forNewSignup(10, 10));
        assertEquals(SignupStatus.WAITLISTED, Places.forNewSignup(12, 10), "never more than capacity");
    }

    @Test
    void freedPlacesPromoteTheWaitlistInOrderAsFarAsItGoes() {
        assertEquals(1, Places.promotions(9, 10, 5), "one place freed, one promoted");
        assertEquals(3, Places.promotions(7, 12, 3), "a larger capacity promotes everyone waiting");
        assertEquals(0, Places.promotions(10, 10, 4), "no place, nobody moves");
        assertEquals(0, Places.promotions(4, 10, 0), "nobody waiting");
    }

    @Test
    void aVolunteerIsThankedOnceAndOnlyAfterComing() {
        var signup = new Signup(null, null, SignupStatus.CONFIRMED, Instant.now());
        assertFalse(signup.thank("Thanks!", Instant.now(), 7L), "not before attendance is recorded");
        signup.record(Attendance.NO_SHOW, new BigDecimal("2.00"), Instant.now(), 7L);
        assertNull(signup.getHours(), "no hours for someone who did not come");
        assertFalse(signup.thank("Thanks!", Instant.now(), 7L));
        signup.record(Attendance.ATTENDED, new BigDecimal("2.00"), Instant.now(), 7L);
        assertTrue(signup.thank("Thank you, Gina!", Instant.now(), 7L));
        assertFalse(signup.thank("Thanks again", Instant.now(), 7L), "a second thanks is refused");
        assertEquals("Thank you, Gina!", signup.getThanks());
    }
}
