package org.senesim.calibration.abc;

import org.senesim.scenario.Posterior;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senesim.evidence.EvidenceTier;
import org.senesim.evidence.ParameterRegistry;
import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.ScenarioException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PosteriorTest {

    private static final String ETA = "organism.production.eta.human";
    private static final String XC = "organism.death.threshold";
    private static final String BETA = "organism.clearance.beta";

    private static Posterior posterior() {
        return new Posterior(List.of(ETA, XC), List.of(BETA), new double[] {0.25, 0.75},
                new double[][] {{0.0012, 15}, {0.0014, 19}}, new ObjectMapper().createObjectNode());
    }

    @Test
    void drawsSetsByWeightHoldsTheConditionedParametersAndLeavesTheRestToTheRegistry() {
        ParameterRegistry registry = ParameterRegistry.builtIn();
        ParameterSet nominal = ParameterSet.of(registry, Map.of(XC, 17.0));
        Posterior post = posterior();
        int second = 0;
        for (int k = 1; k <= 400; k++) {
            ParameterSet p = post.sample(nominal, 5, k, null);
            double eta = p.get(ETA);
            assertThat(eta).isIn(0.0012, 0.0014);
            if (eta == 0.0014) {
                second++;
            }
            assertThat(p.get(XC)).as("set by the scenario: stays").isEqualTo(17.0);
            assertThat(p.get(BETA)).as("held at its default").isEqualTo(registry.get(BETA).defaultValue());
            assertThat(p.origin(ETA)).isEqualTo(ParameterSet.Origin.SAMPLED);
        }
        assertThat(second).isBetween(260, 340);
        // a parameter the posterior says nothing about is drawn from its registry range as before
        String free = registry.all().stream().filter(x -> x.id().startsWith("tissue.") && x.max() > x.min()
                && x.distribution() != org.senesim.evidence.Distribution.FIXED).findFirst().orElseThrow().id();
        assertThat(post.sample(nominal, 5, 1, null).get(free)).isEqualTo(nominal.sampled(5, 1).get(free));
        // reproducible, and the evidence filter still applies after the draw
        assertThat(post.sample(nominal, 5, 3, null).values()).isEqualTo(post.sample(nominal, 5, 3, null).values());
        ParameterSet cut = post.sample(nominal, 5, 3, EvidenceTier.parse("human-observational"));
        assertThat(cut.neutralised()).isNotEmpty();
    }

    @Test
    void aParameterTheRegistryGainedAfterTheCalibrationIsHeldAtItsDefaultNotDrawn(@TempDir Path dir) throws Exception {
        ParameterRegistry registry = ParameterRegistry.builtIn();
        String gained = "organism.clearance.systemic_share";   // range [0, 1]
        Path f = dir.resolve("posterior.json");
        // a calibration that ran before the registry had 'gained': its held list is every other
        // organism parameter with a range
        List<String> held = registry.all().stream().map(org.senesim.evidence.Parameter::id)
                .filter(id -> id.startsWith("organism.") && !id.equals(gained) && !id.equals(ETA) && !id.equals(XC)
                        && registry.get(id).max() > registry.get(id).min())
                .toList();
        new Posterior(List.of(ETA, XC), held, new double[] {0.25, 0.75}, new double[][] {{0.0012, 15}, {0.0014, 19}},
                new ObjectMapper().createObjectNode()).write(f);
        ParameterSet nominal = registry.defaults();
        assertThat(nominal.sampled(5, 1).get(gained)).as("a plain draw moves it").isNotEqualTo(nominal.get(gained));
        Posterior back = Posterior.read(f, registry);
        assertThat(back.held()).contains(gained);
        String free = registry.all().stream().filter(x -> x.id().startsWith("tissue.") && x.max() > x.min()
                && x.distribution() != org.senesim.evidence.Distribution.FIXED).findFirst().orElseThrow().id();
        for (int k = 1; k <= 20; k++) {
            ParameterSet p = back.sample(nominal, 5, k, null);
            assertThat(p.get(gained)).isEqualTo(nominal.get(gained));
            // outside the posterior's (organism) scope the registry draw goes on as before
            assertThat(p.get(free)).isEqualTo(nominal.sampled(5, k).get(free));
        }
        // a calibration whose held list reaches beyond the organism (a reproduction among its
        // targets) held everything: a gained parameter of any kind is held too
        new Posterior(List.of(ETA), List.of(XC, free), new double[] {1}, new double[][] {{0.0013}},
                new ObjectMapper().createObjectNode()).write(f);
        assertThat(Posterior.read(f, registry).held()).contains(gained, BETA, "clearance.reference_fraction")
                .doesNotContain(ETA);
    }

    @Test
    void roundTripsThroughItsFileAndRefusesValuesOutsideTheRegistry(@TempDir Path dir) throws Exception {
        ParameterRegistry registry = ParameterRegistry.builtIn();
        Path f = dir.resolve("posterior.json");
        posterior().write(f);
        Posterior back = Posterior.read(f, registry);
        assertThat(back.parameters()).containsExactly(ETA, XC);
        // the file's held id first, then what the registry has in the same (organism) scope
        assertThat(back.held().get(0)).isEqualTo(BETA);
        assertThat(back.held()).doesNotContain(ETA, XC).allMatch(id -> id.startsWith("organism."));
        assertThat(back.weights()).containsExactly(0.25, 0.75);
        Files.writeString(f, Files.readString(f).replace("19.0", "99.0"));
        assertThatThrownBy(() -> Posterior.read(f, registry)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("outside its plausible range");
        Files.writeString(f, "{}");
        assertThatThrownBy(() -> Posterior.read(f, registry)).hasMessageContaining("not a posterior file");
    }
}
