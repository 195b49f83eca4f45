package org.senesim.planner.space;

import org.junit.jupiter.api.Test;
import org.senesim.scenario.Catalog;
import org.senesim.scenario.CatalogEntry;
import org.senesim.planner.search.Decision;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanSpaceTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    @Test
    void everyCatalogEntryHasDowntimeAndCost() {
        Burdens burdens = Burdens.builtIn();
        for (CatalogEntry e : CATALOG.entries()) {
            assertThat(burdens.has(e.id())).as(e.id()).isTrue();
            Burden b = burdens.of(e.id());
            assertThat(b.downtimeDays()).as(e.id()).isBetween(b.downtimeRange()[0], b.downtimeRange()[1]);
            assertThat(b.costUsd()).as(e.id()).isBetween(b.costRange()[0], b.costRange()[1]);
        }
    }

    @Test
    void decodesAPointIntoAValidCourseNeverCloserThanTheMinimumInterval() {
        CatalogEntry thulium = CATALOG.find("thulium-1927");
        PlanSpace space = new PlanSpace(List.of(thulium), 35, 85, 20);
        List<Decision> ds = space.decisions();
        double[] x = new double[ds.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = ds.get(i).lower(); // lowest everything: "use" below one half means unused
        }
        assertThat(space.decode(x)).isEqualTo(Plan.NONE);

        x[0] = 1;                     // use it
        x[1] = 40.3;                  // from 40.3 years
        x[2] = 6.4;                   // 6 sessions
        x[3] = 1;                     // an interval below the catalog's minimum ...
        Plan plan = space.decode(x);
        PlannedCourse c = plan.courses().get(0);
        assertThat(c.sessions()).isEqualTo(6);
        assertThat(c.intervalDays()).isEqualTo(thulium.minIntervalDays()); // ... is clamped up to it
        assertThat(c.settings()).containsKeys("energy", "coverage");
        assertThat(plan.describe()).startsWith("thulium-1927 (energy 5 mJ, coverage 5").contains("6 sessions every");
    }

    @Test
    void aDrugsCoursesNeverOverlapWhateverTheIntervalDecision() {
        // rapamycin's course runs up to five years while its minimum interval is one day: a point with
        // 400-day courses every 209 days used to decode into a plan the scenario loader refuses
        CatalogEntry rapamycin = CATALOG.find("rapamycin");
        PlanSpace space = new PlanSpace(List.of(rapamycin), 35, 85, 20);
        List<Decision> ds = space.decisions();
        double[] x = point(space, d -> d.name().endsWith(".use") ? 1 : d.name().endsWith(".start_age") ? 40
                : d.name().endsWith(".sessions") ? 5 : d.name().endsWith(".interval_days") ? 209
                : d.name().endsWith(".course") ? 400 : d.lower());
        PlannedCourse c = space.decode(x).courses().get(0);
        assertThat(c.settings().get("course")).isEqualTo(400.0);
        assertThat(c.sessions()).isEqualTo(5);
        assertThat(c.intervalDays()).isGreaterThanOrEqualTo(400.0);
        // a course that fits between sessions keeps the interval drawn
        for (int i = 0; i < x.length; i++) {
            if (ds.get(i).name().endsWith(".course")) {
                x[i] = 30;
            }
        }
        assertThat(space.decode(x).courses().get(0).intervalDays()).isEqualTo(209.0);
    }

    @Test
    void aSessionsDowntimeGrowsWithTheTissueItWoundsWithinTheSourcesRange() {
        Burdens burdens = Burdens.builtIn();
        for (CatalogEntry e : CATALOG.entries()) {
            Burden b = burdens.of(e.id());
            java.util.Map<String, Object> typical = new java.util.LinkedHashMap<>();
            for (org.senesim.scenario.SettingSpec s : e.settings().values()) {
                typical.put(s.name(), s.typicalValue());
            }
            // at typical settings, the typical figure exactly
            assertThat(burdens.sessionDowntimeDays(new PlannedCourse(e, null, 40, 1, 0, typical))).as(e.id())
                    .isEqualTo(b.downtimeDays());
        }
        CatalogEntry co2 = CATALOG.find("co2-fractional");
        Burden b = burdens.of(co2.id());
        double mild = days(burdens, co2, 5.0, 3.0, 1.0);
        double light = days(burdens, co2, 10.0, 10.0, 1.0);
        double strong = days(burdens, co2, 60.0, 40.0, 1.0);
        double strongest = days(burdens, co2, 70.0, 25.0, 2.0); // 50 % in the session, at the device's top energy
        assertThat(mild).isEqualTo(b.downtimeRange()[0]);
        assertThat(light).isGreaterThan(mild).isLessThan(b.downtimeDays());
        assertThat(strong).isGreaterThan(b.downtimeDays()).isLessThan(strongest);
        assertThat(strongest).isEqualTo(b.downtimeRange()[1]);
        // focal points further apart wound less: the sparsest, weakest session has the least downtime
        CatalogEntry mfu = CATALOG.find("micro-focused-ultrasound");
        double sparse = burdens.sessionDowntimeDays(new PlannedCourse(mfu, null, 40, 1, 0,
                java.util.Map.of("focal_depth", 1.5, "energy", 0.1, "spacing", 2.0, "line_spacing", 5.0)));
        double dense = burdens.sessionDowntimeDays(new PlannedCourse(mfu, null, 40, 1, 0,
                java.util.Map.of("focal_depth", 1.5, "energy", 1.2, "spacing", 1.0, "line_spacing", 1.0)));
        assertThat(sparse).isEqualTo(burdens.of(mfu.id()).downtimeRange()[0]);
        assertThat(dense).isEqualTo(burdens.of(mfu.id()).downtimeRange()[1]);
        // a device that makes no wound keeps its typical days whatever its settings
        CatalogEntry ipl = CATALOG.find("ipl");
        java.util.Map<String, Object> top = new java.util.LinkedHashMap<>();
        for (org.senesim.scenario.SettingSpec s : ipl.settings().values()) {
            top.put(s.name(), s.isWord() ? s.typicalValue() : (Object) s.max());
        }
        assertThat(burdens.sessionDowntimeDays(new PlannedCourse(ipl, null, 40, 1, 0, top))).isEqualTo(burdens.of("ipl").downtimeDays());
    }

    /** A point of the space with each decision's value from {@code value}. */
    private static double[] point(PlanSpace space, java.util.function.ToDoubleFunction<Decision> value) {
        return space.decisions().stream().mapToDouble(value).toArray();
    }

    /** Every course used from 40, three sessions, every other gene at its upper bound. */
    private static double strongestFrom40(Decision d) {
        return d.name().endsWith(".use") ? 1 : d.name().endsWith(".start_age") ? 40 : d.name().endsWith(".sessions") ? 3 : d.upper();
    }

    private static double days(Burdens burdens, CatalogEntry co2, double energy, double coverage, double passes) {
        return burdens.sessionDowntimeDays(new PlannedCourse(co2, null, 40, 1, 0,
                java.util.Map.of("energy", energy, "coverage", coverage, "passes", passes)));
    }

    @Test
    void anAblativeSessionsDensityStaysWithinItsPerSessionRangeWhateverThePassesDecision() {
        // CO2 fractional's coverage range (3-50 %) is per session, all passes together (its source):
        // the highest coverage and passes the genes allow decode to 50 % in one pass, 24 % to two passes
        CatalogEntry co2 = CATALOG.find("co2-fractional");
        PlanSpace space = new PlanSpace(List.of(co2), 35, 85, 20);
        List<Decision> ds = space.decisions();
        double[] x = point(space, PlanSpaceTest::strongestFrom40);
        PlannedCourse c = space.decode(x).courses().get(0);
        assertThat(c.settings().get("coverage")).isEqualTo(50.0);
        assertThat(c.settings().get("passes")).isEqualTo(1.0);
        for (int i = 0; i < x.length; i++) {
            if (ds.get(i).name().endsWith(".coverage")) {
                x[i] = 24;
            }
        }
        assertThat(space.decode(x).courses().get(0).settings().get("passes")).isEqualTo(2.0);
        assertThat(co2.sessionLimitExceeded(space.decode(x).courses().get(0).settings())).isNull();
        // a device whose coverage is per pass keeps every pass the genes ask for
        CatalogEntry erbium = CATALOG.find("erbium-yag-fractional");
        PlanSpace other = new PlanSpace(List.of(erbium), 35, 85, 20);
        assertThat(other.decode(point(other, PlanSpaceTest::strongestFrom40)).courses().get(0).settings().get("passes")).isEqualTo(3.0);
    }

    @Test
    void sessionsBeyondTheFollowUpAreDropped() {
        CatalogEntry ipl = CATALOG.find("ipl");
        PlanSpace space = new PlanSpace(List.of(ipl), 35, 40, 50);
        double[] x = new double[space.decisions().size()];
        x[0] = 1;
        x[1] = 38.9;                  // 1.1 years before the end
        x[2] = 50;                    // asks for 50 sessions
        x[3] = 365.25 / 2;            // twice a year: only 3 fit (38.9, 39.4, 39.9)
        for (int i = 4; i < x.length; i++) {
            x[i] = space.decisions().get(i).lower();
        }
        assertThat(space.decode(x).courses().get(0).sessions()).isEqualTo(3);
    }

    @Test
    void anEmptySpaceIsAClearError() {
        assertThatThrownBy(() -> new PlanSpace(List.of(), 35, 85, 10))
                .hasMessageContaining("plan space is empty").hasMessageContaining("Fix:");
        assertThatThrownBy(() -> new PlanSpace(List.of(CATALOG.find("ipl")), 35, 85, 0))
                .hasMessageContaining("plan space is empty").hasMessageContaining("--max-sessions");
    }

    @Test
    void costCountsSessionsAndLifestyleYears() {
        Burdens burdens = Burdens.builtIn();
        PlannedCourse laser = new PlannedCourse(CATALOG.find("thulium-1927"), null, 40, 4, 28, java.util.Map.of());
        PlannedCourse sun = new PlannedCourse(CATALOG.find("sunscreen"), null, 35, 1, 0, java.util.Map.of());
        Plan plan = new Plan(List.of(laser, sun));
        assertThat(plan.sessions()).isEqualTo(4);
        assertThat(plan.costUsd(burdens, 85)).isEqualTo(4 * burdens.of("thulium-1927").costUsd() + 50 * burdens.of("sunscreen").costUsd());
        assertThat(plan.downtimeDays(burdens)).isEqualTo(4 * burdens.of("thulium-1927").downtimeDays());
    }

    @Test
    void exosomesCanFollowAWoundingDeviceOnTheDayOfItsSessionsAndTheModelSeesTheCombination() {
        CatalogEntry needling = CATALOG.find("microneedling");
        CatalogEntry exosomes = CATALOG.find("exosomes");
        PlanSpace space = new PlanSpace(List.of(exosomes, needling, CATALOG.find("sunscreen")), 35, 85, 20);
        List<Decision> ds = space.decisions();
        assertThat(ds).extracting(Decision::name).contains("exosomes.after").doesNotContain("microneedling.after", "sunscreen.after");
        double[] x = new double[ds.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = ds.get(i).lower();
        }
        set(x, ds, "exosomes.use", 1);
        set(x, ds, "exosomes.start_age", 50);
        set(x, ds, "exosomes.sessions", 2);
        set(x, ds, "exosomes.interval_days", 400);
        set(x, ds, "microneedling.use", 1);
        set(x, ds, "microneedling.start_age", 40);
        set(x, ds, "microneedling.sessions", 4);
        set(x, ds, "microneedling.interval_days", 60);

        // own schedule
        PlannedCourse alone = space.decode(x).courses().get(0);
        assertThat(alone.after()).isNull();
        assertThat(alone.startAgeYears()).isEqualTo(50);

        // on the day of every microneedling session
        set(x, ds, "exosomes.after", 1.2);
        Plan paired = space.decode(x);
        PlannedCourse follow = paired.courses().get(0);
        PlannedCourse needles = paired.courses().get(1);
        assertThat(follow.after()).isEqualTo("microneedling");
        assertThat(follow.startAgeYears()).isEqualTo(needles.startAgeYears());
        assertThat(follow.sessions()).isEqualTo(needles.sessions());
        assertThat(follow.intervalDays()).isEqualTo(needles.intervalDays());
        assertThat(paired.describe()).contains("exosomes topical on the day of microneedling sessions, 4 sessions");
        assertThat(paired.key()).isNotEqualTo(space.decode(withAfter(x, ds, 0)).key());

        // without its partner in the plan, the companion keeps its own schedule
        set(x, ds, "microneedling.use", 0);
        assertThat(space.decode(x).courses().get(0).startAgeYears()).isEqualTo(50);
    }

    private static void set(double[] x, List<Decision> ds, String name, double v) {
        for (int i = 0; i < ds.size(); i++) {
            if (ds.get(i).name().equals(name)) {
                x[i] = v;
                return;
            }
        }
        throw new AssertionError("no decision " + name);
    }

    private static double[] withAfter(double[] x, List<Decision> ds, double v) {
        double[] y = x.clone();
        set(y, ds, "exosomes.after", v);
        return y;
    }
}
