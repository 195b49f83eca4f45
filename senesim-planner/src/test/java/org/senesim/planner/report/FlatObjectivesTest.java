package org.senesim.planner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.senesim.planner.objective.Objective;
import org.senesim.planner.search.Candidate;
import org.senesim.planner.search.Evaluation;

/** A front whose plans all score alike on a simulated objective says so in words; a varied one does not. */
class FlatObjectivesTest {

    private static Candidate plan(int i, double senescence, double cost) {
        return new Candidate(i, new double[0], new Evaluation(new double[] {senescence, cost}, new double[0]));
    }

    @Test
    void aSimulatedObjectiveFlatWithinOnePercentIsNamedAndAVariedOneOrAPlanCostIsNot() {
        List<Objective> objectives = Objective.parse("senescence,cost");
        String flat = PlanReport.flatObjectives("rct and stronger", objectives,
                List.of(plan(0, 0.005897, 3200), plan(1, 0.005900, 26150), plan(2, 0.005901, 0)));
        assertThat(flat).contains("scores about the same mean dermal senescent fraction").contains("rct and stronger")
                .contains("within 0.1 %").doesNotContain("fees");

        String varied = PlanReport.flatObjectives("every evidence tier", objectives,
                List.of(plan(0, 0.0685, 28525), plan(1, 0.0858, 1600)));
        assertThat(varied).isEmpty();
        // cost is the plan's, not simulated: equal fees are no finding
        assertThat(PlanReport.flatObjectives("x", objectives, List.of(plan(0, 0.06, 100), plan(1, 0.08, 100)))).isEmpty();
    }
}
