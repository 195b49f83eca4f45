package org.senesim.tissue;

import org.senesim.parallel.Workers;

/**
 * Decides, day by day, whether a simulation's day runs on its worker team or on the calling
 * thread alone, from the wall time of days run each way. Results never depend on the choice (the
 * chunking of every loop is fixed by the data alone); only the speed does.
 *
 * <p>Why by measurement and not by a rule: whether a second thread pays depends on the patch (a
 * 2,500-voxel section hands work over more often than it saves; the default 150,000-voxel patch
 * runs 1.85× faster on two) and on the machine at that moment. When other processes share the
 * cores, Linux's autogroup scheduler gives this process about one group's share whatever its thread
 * count, so a second thread brings no extra time, and every loop then waits for a helper that is
 * descheduled. The loop-level account in {@link Workers} cannot see that: it estimates the time
 * alone from the caller's own chunks, and those slow down too while the helper competes for the
 * same share. A whole day run alone is the measurement that can.
 *
 * <p>How: alternate {@link #SAMPLES} regular days alone and {@link #SAMPLES} with the team
 * (alone, team, alone, team, ..., so a drift of the machine reaches both), keep the way whose
 * median day was faster for a span of days, then measure again. The span starts at
 * {@link #SPAN_FIRST} days and doubles up to {@link #SPAN_MAX} while the same way keeps winning,
 * so on a steady machine the measuring costs well under 1 % of the days. Irregular days (those
 * with extra work, such as the matrix update every few days) are not compared.
 *
 * <p>Not thread-safe: one per simulation, called from the thread that steps it.
 */
public final class TeamChoice {

    /** Days of each kind compared per decision. */
    static final int SAMPLES = 3;
    /** Days before the first comparison: the first days run the JIT compiler as much as the model. */
    static final int WARM_UP_DAYS = 16;
    static final int SPAN_FIRST = 16;
    static final int SPAN_MAX = 512;

    private final Workers alone = new Workers(1);
    /** False for a patch too small for any team to pay: every day runs alone, nothing is measured. */
    private final boolean teamCanPay;
    private final long[] soloNanos = new long[SAMPLES];
    private final long[] teamNanos = new long[SAMPLES];
    private int soloCount, teamCount;
    /** Days left before measuring again; while measuring, negative. */
    private int spanLeft = WARM_UP_DAYS;
    private int span = SPAN_FIRST;
    private boolean useTeam = true;
    private boolean measuring;
    /** Way of today's day while measuring: true = team. */
    private boolean todayTeam;
    private long teamDays, soloDays, decisions, switches;

    /** A choice measured day by day. */
    public TeamChoice() {
        this(true);
    }

    /** @param teamCanPay false to run every day alone without measuring (a patch too small to split) */
    public TeamChoice(boolean teamCanPay) {
        this.teamCanPay = teamCanPay;
    }

    /**
     * The workers to run today's day on: {@code workers} itself or a one-thread stand-in. With a
     * one-thread {@code workers} there is nothing to choose.
     */
    public Workers today(Workers workers) {
        if (workers.threads() == 1) {
            return workers;
        }
        if (!teamCanPay) {
            soloDays++;
            return alone;
        }
        boolean team;
        if (measuring) {
            // alternate, starting alone; a kind that has all its samples waits for the other
            team = soloCount >= SAMPLES || (teamCount < soloCount);
        } else {
            team = useTeam;
        }
        todayTeam = team;
        if (team) {
            teamDays++;
        } else {
            soloDays++;
        }
        return team ? workers : alone;
    }

    /**
     * Records the wall time of the day just run on what {@link #today} returned; {@code regular}
     * false for a day with extra work that is not comparable with the others.
     */
    public void record(long nanos, boolean regular) {
        if (!teamCanPay) {
            return;
        }
        if (!measuring) {
            if (--spanLeft <= 0) {
                measuring = true;
                soloCount = 0;
                teamCount = 0;
            }
            return;
        }
        if (!regular) {
            return;
        }
        if (todayTeam) {
            if (teamCount < SAMPLES) {
                teamNanos[teamCount++] = nanos;
            }
        } else if (soloCount < SAMPLES) {
            soloNanos[soloCount++] = nanos;
        }
        if (soloCount == SAMPLES && teamCount == SAMPLES) {
            decide(median(teamNanos) < median(soloNanos));
        }
    }

    private void decide(boolean team) {
        decisions++;
        if (decisions > 1 && team == useTeam) {
            span = Math.min(SPAN_MAX, span * 2);
        } else {
            if (decisions > 1) {
                switches++;
            }
            span = SPAN_FIRST;
        }
        useTeam = team;
        spanLeft = span;
        measuring = false;
    }

    private static long median(long[] v) {
        long a = v[0], b = v[1], c = v[2];
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    /** Days run with the team, days run alone, decisions taken and how many of them changed the way (for benchmarks). */
    public long[] counts() {
        return new long[] {teamDays, soloDays, decisions, switches};
    }
}
