package org.dolbom.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock a test sets forward, so one data file lives through days and weeks as an office does. */
public final class MovingClock extends Clock {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private volatile Instant now;

    public MovingClock(LocalDateTime seoulTime) {
        set(seoulTime);
    }

    /** Moves to a local time in Seoul. */
    public void set(LocalDateTime seoulTime) {
        now = seoulTime.atZone(SEOUL).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return SEOUL;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
