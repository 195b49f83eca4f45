/**
 * Interventions in action: a protocol arm compiled into a dated {@link org.senesim.intervention.Timeline}
 * of {@link org.senesim.intervention.TreatmentEvent}s, days from enrolment, and its appliers: the
 * lattice patch's ({@link org.senesim.intervention.ProtocolSchedule}, with device settings turned
 * into wounds by {@link org.senesim.intervention.WoundGeometry}), the organs'
 * ({@link org.senesim.intervention.OrganApplier}) and a cohort's
 * ({@link org.senesim.intervention.CohortApplier}). The catalog they act on and the protocol a scenario
 * names are data, read and checked with the scenario ({@link org.senesim.scenario.Catalog},
 * {@link org.senesim.scenario.Protocol}).
 *
 * <p>No file output here; the report module writes comparisons.
 */
package org.senesim.intervention;
