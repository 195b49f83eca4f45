package org.senesim.trial.simulate;

import org.senesim.trial.population.Participant;

/**
 * One simulated unit of a trial: a person in an arm. A parallel trial has one unit per enrolled
 * person; a split-body or counterfactual trial has one per person and arm, with the same person id.
 *
 * @param site body site of a split-body unit ("site-1", "site-2", ...), "whole" otherwise
 */
public record Unit(Participant person, int arm, String site, String stratum) {
}
