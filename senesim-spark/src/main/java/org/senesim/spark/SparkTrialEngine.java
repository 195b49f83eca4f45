package org.senesim.spark;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.senesim.evidence.ParameterSet;
import org.senesim.report.RunFolder;
import org.senesim.trial.design.Trial;
import org.senesim.trial.results.DuckDbWriter;
import org.senesim.trial.results.TrialOutput;
import org.senesim.trial.simulate.Allocation;
import org.senesim.trial.simulate.PersonBlock;
import org.senesim.trial.simulate.TrialRunner;

/**
 * A trial's person records computed on Spark. The driver screens and allocates people in index
 * order (cheap, and permuted blocks need one order), cuts them into blocks of consecutive people,
 * and hands the blocks to Spark as an RDD, one block per partition; each task rebuilds its units
 * and follows them with the same {@code PersonSimulator} as the local engine. The rows are written
 * as Parquet partitioned by arm ({@value #PARQUET_DIR}/arm=NAME/part-*.parquet in the run folder)
 * and read back through DuckDB's {@code read_parquet} into the person table, in person, arm and
 * site order, where the ordinary analysis and report take over ({@link TrialOutput#run}).
 */
public final class SparkTrialEngine implements TrialOutput.Engine {

    /** Run-folder directory of the Parquet records Spark writes. */
    public static final String PARQUET_DIR = "person_by_arm";

    private final SparkSession spark;
    private final TrialSource source;
    private final int blockSize;

    /** @param blockSize people per block (and partition) */
    public SparkTrialEngine(SparkSession spark, TrialSource source, int blockSize) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("block size must be at least 1, got " + blockSize);
        }
        this.spark = spark;
        this.source = source;
        this.blockSize = blockSize;
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SparkTrialEngine.class);

    @Override
    public TrialRunner.Flow records(Trial trial, ParameterSet base, DuckDbWriter writer, RunFolder folder) throws Exception {
        long t0 = System.nanoTime();
        Allocation allocation = new Allocation(trial);
        List<PersonBlock> blocks = new ArrayList<>();
        long eligible = 0;
        int size = trial.population().size();
        for (int from = 0; from < size; from += blockSize) {
            PersonBlock b = allocation.screen(from, Math.min(size, from + blockSize));
            eligible += b.eligible();
            blocks.add(b);
        }
        long t1 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<PersonBlock> rdd = jsc.parallelize(blocks, blocks.size());
        JavaRDD<Row> rows = rdd.mapPartitions(new SimulateBlocks(source));
        Dataset<Row> table = spark.createDataFrame(rows, PersonRows.schema(trial.endpoints()));
        Path dir = folder.resolve(PARQUET_DIR);   // inside the unfinished run folder, not yet there
        table.write().partitionBy("arm").parquet(dir.toUri().toString());
        long t2 = System.nanoTime();
        writer.importPersons(relation(dir));
        TrialRunner.Flow flow = flow(writer, trial, size, eligible);
        long t3 = System.nanoTime();
        // where the time goes, for docs/performance.md: the driver's share does not spread over machines
        LOG.info(String.format(java.util.Locale.ROOT, "driver screened %d people into %d blocks in %.2f s; Spark simulated "
                + "and wrote Parquet in %.2f s; DuckDB read it back in %.2f s", size, blocks.size(), (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, (t3 - t2) / 1e9));
        return flow;
    }

    /** The records Spark wrote, as a DuckDB relation with every column of the person table. */
    public static String relation(Path dir) {
        String glob = dir.toAbsolutePath().resolve("*").resolve("*.parquet").toString().replace("'", "''");
        return "read_parquet('" + glob + "', hive_partitioning = true, hive_types = {'arm': VARCHAR})";
    }

    /** The participant flow counted from the person table, as the local runner counts it. */
    static TrialRunner.Flow flow(DuckDbWriter writer, Trial trial, long screened, long eligible) throws Exception {
        int arms = trial.arms().size();
        long[] allocated = new long[arms];
        long[] died = new long[arms];
        long[] lost = new long[arms];
        long[] completed = new long[arms];
        writer.flushRows();
        try (Statement s = writer.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT arm_index, count(*), count(death_age), "
                     + "count(*) FILTER (WHERE death_age IS NULL AND lost) FROM person GROUP BY arm_index")) {
            while (rs.next()) {
                int a = rs.getInt(1);
                allocated[a] = rs.getLong(2);
                died[a] = rs.getLong(3);
                lost[a] = rs.getLong(4);
                completed[a] = allocated[a] - died[a] - lost[a];
            }
        }
        return new TrialRunner.Flow(screened, eligible, allocated, died, lost, completed);
    }

    @Override
    public String provenance() {
        return "\"engine\": \"spark\",\n  \"master\": \"" + spark.sparkContext().master() + "\",\n  \"block\": " + blockSize;
    }
}
