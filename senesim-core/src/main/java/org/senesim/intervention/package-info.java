/**
 * Interventions and protocols: the catalog of devices, drugs, cells, other therapies and lifestyle
 * changes ({@link org.senesim.intervention.Catalog}, data in {@code catalog.yaml}, biological numbers
 * in the registry's {@code interventions.yaml}); the protocol section of a scenario read against it
 * ({@link org.senesim.intervention.ProtocolParser}); device settings turned into wounds on the patch
 * ({@link org.senesim.intervention.WoundGeometry}); a protocol applied day by day as a
 * {@link org.senesim.engine.DailyHook} that also reports its systemic side
 * ({@link org.senesim.intervention.ProtocolSchedule}, {@link org.senesim.intervention.SystemicEffects});
 * and comparisons of arms with the same person and seed
 * ({@link org.senesim.intervention.Comparison}, {@link org.senesim.intervention.Headlines}).
 *
 * <p>No file output here; the report module writes comparisons.
 */
package org.senesim.intervention;
