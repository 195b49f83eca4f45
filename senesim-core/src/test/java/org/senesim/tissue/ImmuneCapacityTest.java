package org.senesim.tissue;

import org.junit.jupiter.api.Test;
import org.senesim.systemic.OrganismParameters;
import org.senesim.scenario.Sex;
import org.senesim.scenario.Species;

import static org.assertj.core.api.Assertions.assertThat;

/** The patch alone and the organism model must age the immune system identically. */
class ImmuneCapacityTest {

    @Test
    void patchDefaultEqualsTheOrganismLaw() {
        ImmuneCapacity patch = new ImmuneCapacity(TissueTestSupport.defaults());
        OrganismParameters organism = OrganismParameters.resolve(TissueTestSupport.defaults(), Species.HUMAN, Sex.FEMALE);
        for (double age = 0; age <= 120; age += 0.5) {
            assertThat(patch.at(age)).as("age %s", age).isEqualTo(organism.immuneCapacity(age));
        }
    }
}
