package org.senesim.intervention;

import org.junit.jupiter.api.Test;
import org.senesim.evidence.ParameterSet;
import org.senesim.observe.TimeSeries;
import org.senesim.run.ArmRun;
import org.senesim.run.ArmsDesign;
import org.senesim.run.Fidelity;
import org.senesim.run.LocalExecutor;
import org.senesim.run.Simulator;
import org.senesim.scenario.Catalog;
import org.senesim.scenario.CatalogEntry;
import org.senesim.scenario.Kind;
import org.senesim.scenario.Scenario;
import org.senesim.tissue.TissueObserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every catalog entry, by every route it has, acts on the mean-field skin. */
class MeanFieldScheduleTest {

    /** Settings for entries whose typical value is "no change" (a non-smoker who stops smoking). */
    private static final Map<String, String> SETTINGS = Map.of(
            "smoking", "{packs_per_day: 1}",
            "alcohol", "{drinks_per_week: 21}",
            "diet", "{diet: high-fat}");

    @Test
    void everyCatalogEntryByEveryRouteActsOnTheMeanFieldSkin() {
        StringBuilder yaml = new StringBuilder("""
                name: every-entry
                seed: 3
                duration: 120 days
                person: {sex: female, age: 60 years, fitzpatrick: 2, latitude: 45, outdoor_hours: 2, smoking: 0}
                tissue: {dimension: 2D, size: [0.4 mm, 1.2 mm], voxel: 20 um}
                outputs: {every: 30 days, snapshots: []}
                protocol:
                  - arm: none
                """);
        List<String> arms = new ArrayList<>();
        for (CatalogEntry e : Catalog.builtIn().entries()) {
            List<String> routes = e.routes().isEmpty() ? java.util.Collections.singletonList(null) : e.routes();
            for (String route : routes) {
                String arm = e.id() + (route == null ? "" : "-" + route);
                arms.add(arm);
                yaml.append("  - arm: ").append(arm).append('\n')
                        .append("    steps:\n")
                        .append("      - ").append(e.kind().name().toLowerCase(Locale.ROOT)).append(": ").append(e.id()).append('\n')
                        .append("        start: 60 years\n");
                if (route != null) {
                    yaml.append("        route: ").append(route).append('\n');
                }
                if (SETTINGS.containsKey(e.id())) {
                    yaml.append("        settings: ").append(SETTINGS.get(e.id())).append('\n');
                }
            }
        }
        Scenario s = InterventionTestSupport.scenario(yaml.toString());
        ParameterSet p = s.parameterSet();
        List<ArmRun> runs = new ArmsDesign(s, s.protocol().comparisonArms(), p, 1, Fidelity.MEAN_FIELD)
                .run(new LocalExecutor(2), Simulator.byFidelity()).get(0);
        TimeSeries none = runs.get(0).result().series();
        int tissueColumns = TissueObserver.COLUMNS.size();
        for (int a = 1; a < runs.size(); a++) {
            TimeSeries ts = runs.get(a).result().series();
            double largest = 0;
            for (int r = 0; r < ts.rows(); r++) {
                for (int c = 0; c < tissueColumns; c++) {
                    double x = none.value(r, c);
                    double y = ts.value(r, c);
                    if (x != y) {
                        largest = Math.max(largest, Math.abs(y - x) / Math.max(Math.abs(x), 1e-12));
                    }
                }
            }
            assertThat(largest).as("largest relative change any tissue column shows under %s", arms.get(a - 1))
                    .isGreaterThan(1e-6);
            assertThat(runs.get(a).schedule().applied()).as(arms.get(a - 1)).isNotEmpty();
        }
    }
}
