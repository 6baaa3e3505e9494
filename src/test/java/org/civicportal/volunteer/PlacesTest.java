package org.civicportal.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.civicportal.volunteer.entity.Places;
import org.civicportal.volunteer.entity.SignupStatus;
import org.junit.jupiter.api.Test;

/** Who gets a place and who waits; how many move up when places free. */
class PlacesTest {

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
}
