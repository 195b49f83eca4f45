package org.senesim.report;

/**
 * The names of the files of a run folder, in one place so that the writers, the command line and
 * {@code docs/outputs.md} agree. Every name is relative to the run folder.
 */
public final class RunFiles {

    /** One row per observation day: {@code day,age_years,<column ids>}. */
    public static final String TIMESERIES = "timeseries.csv";
    /** One row per column of {@link #TIMESERIES}: {@code id,label,unit,group}. */
    public static final String TIMESERIES_COLUMNS = "timeseries.columns.csv";
    /** The headline numbers of the run, with units. */
    public static final String SUMMARY = "summary.json";
    /** Who ran what, when, on which machine and code.  */
    public static final String PROVENANCE = "provenance.json";
    /** The scenario after defaults, presets and overrides were applied, as the caller serialised it. */
    public static final String SCENARIO = "scenario.resolved.yaml";
    /**
     * Every file Senesim wrote into the folder, one per line; {@code --force} replaces a folder only
     * while it holds exactly these.
     */
    public static final String MANIFEST = "senesim-manifest.txt";
    /**
     * The last checkpoint of a long run ({@code run --checkpoint-every}), in the unfinished folder
     * only: {@code senesim resume} continues from it; a finished run no longer has it.
     */
    public static final String CHECKPOINT = "checkpoint.senesim";
    /** The self-contained report. */
    public static final String REPORT = "report.html";
    /** Folder of the VTK image data of the snapshots. */
    public static final String SNAPSHOT_DIR = "snapshots";
    /** ParaView collection of all snapshots, with age in years as time. */
    public static final String SNAPSHOT_COLLECTION = "snapshots.pvd";

    private RunFiles() {
    }
}
