/**
 * Interventions in action: device settings turned into wounds on the patch
 * ({@link org.senesim.intervention.WoundGeometry}); a protocol applied day by day as a
 * {@link org.senesim.engine.DailyHook} that also reports its systemic side
 * ({@link org.senesim.intervention.ProtocolSchedule}, {@link org.senesim.intervention.SystemicEffects});
 * and comparisons of arms with the same person and seed
 * ({@link org.senesim.intervention.Comparison}, {@link org.senesim.intervention.Headlines}). The
 * catalog they act on and the protocol a scenario names are data, read and checked with the scenario
 * ({@link org.senesim.scenario.Catalog}, {@link org.senesim.scenario.Protocol}).
 *
 * <p>No file output here; the report module writes comparisons.
 */
package org.senesim.intervention;
