package org.senesim.tissue;

import org.senesim.parallel.Workers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The day-level choice between the team and the calling thread, driven by made-up day times (no
 * clock): it keeps the faster way, measures again after each span, follows a change of the
 * machine, ignores irregular days, and never chooses for a one-thread team.
 */
class TeamChoiceTest {

    /** Runs {@code days} days whose time is {@code teamNanos} on the team and {@code soloNanos} alone. */
    private static void run(TeamChoice choice, Workers team, int days, long teamNanos, long soloNanos) {
        for (int d = 0; d < days; d++) {
            Workers w = choice.today(team);
            choice.record(w == team ? teamNanos : soloNanos, true);
        }
    }

    @Test
    void keepsTheTeamWhenItIsFasterAndMeasuresRarely() {
        try (Workers two = new Workers(2)) {
            TeamChoice choice = new TeamChoice();
            run(choice, two, 20_000, 500, 900);
            long[] c = choice.counts();
            assertThat(c[3]).as("switches").isZero();
            // alone only on measuring days: three per decision, spans doubling to the maximum
            assertThat(c[1]).isEqualTo(TeamChoice.SAMPLES * c[2]);
            assertThat((double) c[1] / (c[0] + c[1])).isLessThan(0.01);
        }
    }

    @Test
    void aPatchTooSmallForATeamRunsEveryDayAloneWhateverTheTimes() {
        try (Workers two = new Workers(2)) {
            TeamChoice choice = new TeamChoice(false);
            run(choice, two, 2_000, 100, 900);
            long[] c = choice.counts();
            assertThat(c[0]).as("days on the team").isZero();
            assertThat(c[1]).as("days alone").isEqualTo(2_000);
            assertThat(c[2]).as("decisions").isZero();
        }
    }

    @Test
    void goesAloneWhenTheTeamIsSlowerAndBackWhenTheMachineChanges() {
        try (Workers two = new Workers(2)) {
            TeamChoice choice = new TeamChoice();
            run(choice, two, 5_000, 1_200, 900);
            long[] first = choice.counts();
            assertThat(first[1]).as("days alone").isGreaterThan(4_900);
            run(choice, two, 5_000, 500, 900);
            long[] second = choice.counts();
            assertThat(second[0] - first[0]).as("days on the team after the change").isGreaterThan(4_300);
            assertThat(second[3]).as("switches").isEqualTo(1);
        }
    }

    @Test
    void irregularDaysAreNotCompared() {
        try (Workers two = new Workers(2)) {
            TeamChoice choice = new TeamChoice();
            // every other day is irregular and very slow on the team: were it compared, the choice would go alone
            for (int d = 0; d < 4_000; d++) {
                Workers w = choice.today(two);
                boolean regular = d % 2 == 0;
                long nanos = w == two ? (regular ? 500 : 1_000_000) : 900;
                choice.record(nanos, regular);
            }
            assertThat(choice.counts()[3]).isZero();
        }
    }

    @Test
    void oneThreadHasNothingToChoose() {
        try (Workers one = new Workers(1)) {
            TeamChoice choice = new TeamChoice();
            for (int d = 0; d < 100; d++) {
                assertThat(choice.today(one)).isSameAs(one);
                choice.record(1, true);
            }
        }
    }
}
