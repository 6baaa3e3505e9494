package org.civicportal.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The city's time zone and the current quarter. The zone is the server's (set it with TZ, see
 * docs/configuration.md): dates on pages, shifts and quarter bounds all use it.
 */
@ApplicationScoped
public class CityTime {

    Clock clock = Clock.systemUTC();

    public ZoneId zone() {
        return ZoneId.systemDefault();
    }

    public Quarter currentQuarter() {
        return Quarter.of(clock.instant(), zone());
    }
}
