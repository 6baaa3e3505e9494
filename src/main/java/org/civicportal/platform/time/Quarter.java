package org.civicportal.platform.time;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A calendar quarter of the city ("2026-Q4"): the forums' rhythm and the unit of every reciprocity figure.
 * Its bounds are midnights in the city's time zone, so an input given at 23:59 on 31 December belongs to Q4
 * for the people who gave it, whatever UTC says. {@link #code()} (20264) is what the ledger stores and indexes.
 */
public record Quarter(int year, int number) implements Comparable<Quarter>, Serializable {

    private static final Pattern TEXT = Pattern.compile("([1-9]\\d{3})-Q([1-4])");

    public Quarter {
        if (year < 1000 || year > 9999 || number < 1 || number > 4) {
            throw new IllegalArgumentException("No such quarter: " + year + "-Q" + number);
        }
    }

    /** "2026-Q4" exactly (the URL form); anything else is empty, never an exception. */
    public static Optional<Quarter> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var match = TEXT.matcher(text);
        return match.matches() ? Optional.of(new Quarter(Integer.parseInt(match.group(1)),
                Integer.parseInt(match.group(2)))) : Optional.empty();
    }

    /** From the ledger's column: 20264 is 2026-Q4. */
    public static Quarter ofCode(int code) {
        return new Quarter(code / 10, code % 10);
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public static Quarter of(Instant instant, ZoneId zone) {
        return of(instant.atZone(zone).toLocalDate());
    }

    public int code() {
        return year * 10 + number;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** The first day after the quarter. */
    public LocalDate endDay() {
        return firstDay().plusMonths(3);
    }

    /** Midnight of the first day, in the zone. */
    public Instant start(ZoneId zone) {
        return firstDay().atStartOfDay(zone).toInstant();
    }

    /** Midnight after the last day, in the zone (exclusive). */
    public Instant end(ZoneId zone) {
        return endDay().atStartOfDay(zone).toInstant();
    }

    public boolean contains(Instant instant, ZoneId zone) {
        return !instant.isBefore(start(zone)) && instant.isBefore(end(zone));
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter minus(int quarters) {
        int index = year * 4 + (number - 1) - quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /** This quarter and the {@code before} quarters before it, oldest first. */
    public List<Quarter> withPrevious(int before) {
        var quarters = new ArrayList<Quarter>(before + 1);
        for (int i = before; i >= 0; i--) {
            quarters.add(minus(i));
        }
        return quarters;
    }

    /** Every quarter from {@code first} to this one, both included, oldest first (empty when first is later). */
    public List<Quarter> since(Quarter first) {
        var quarters = new ArrayList<Quarter>();
        for (var q = first; q.compareTo(this) <= 0; q = q.next()) {
            quarters.add(q);
        }
        return quarters;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(code(), other.code());
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
