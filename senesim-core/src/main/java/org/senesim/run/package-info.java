/**
 * The run layer: one way to run many variants of the same thing.
 *
 * <p>A {@link org.senesim.run.RunSpec} says what one run is (scenario, arm, parameters, seed,
 * fidelity); a {@link org.senesim.run.Simulator} turns a spec into an {@link org.senesim.run.ArmRun}
 * as a pure function of the spec; a {@link org.senesim.run.Design} lists the specs of a study (one
 * run, arms × replicates, uncertainty samples, evidence cuts, seeds of a reproduction); an
 * {@link org.senesim.run.Executor} decides where they run ({@link org.senesim.run.LocalExecutor}:
 * threads of this JVM) and hands every result to a {@link org.senesim.run.RunSink} in the design's
 * order, whatever the thread count, so a caller may write each result away instead of holding
 * them all. Commands, reproductions and (later) trials, calibration, Spark and the web build on
 * these four nouns instead of writing their own loops. See docs/architecture.md.
 */
package org.senesim.run;
