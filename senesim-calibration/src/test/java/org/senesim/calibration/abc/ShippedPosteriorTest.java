package org.senesim.calibration.abc;

import org.senesim.scenario.Posterior;
import org.junit.jupiter.api.Test;
import org.senesim.calibration.space.ParameterSpace;
import org.senesim.calibration.targets.TargetsFile;
import org.senesim.evidence.ParameterRegistry;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped posterior still reads against this build's registry and belongs to the shipped targets file. */
class ShippedPosteriorTest {

    @Test
    void readsAndMatchesItsTargetsFile() {
        ParameterRegistry registry = ParameterRegistry.builtIn();
        Path folder = Path.of("..", "examples", "calibration");
        Posterior p = Posterior.read(folder.resolve("default-human.posterior.json"), registry);
        TargetsFile targets = TargetsFile.load(folder.resolve("default-human.targets.yaml"), registry);
        ParameterSpace space = targets.space();
        assertThat(p.parameters()).containsExactlyInAnyOrderElementsOf(space.ids());
        assertThat(p.held()).contains("organism.sasp.alpha.muscle").doesNotContainAnyElementsOf(space.ids());
        // not calibrated (the organism scope's other parameters with a range): held at its default, 0.4, not drawn
        assertThat(p.held()).contains("organism.clearance.systemic_share");
        assertThat(p.provenance().path("calibration").asText()).isEqualTo("default-human");
        assertThat(p.ess()).isGreaterThan(5);
    }
}
