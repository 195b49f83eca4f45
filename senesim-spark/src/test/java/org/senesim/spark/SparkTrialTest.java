package org.senesim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senesim.trial.design.Trial;
import org.senesim.trial.results.TrialOutput;

/**
 * The same trial and seed give the same person records on the local engine and on a real Spark
 * session (local[2]): every column of every row, compared in person, arm and site order, and the
 * same flow and byte-identical report. One session for the class; small populations.
 */
class SparkTrialTest {

    /** Old people, monthly steps, many deaths in a short follow-up: fast, and every analysis branch has data. */
    static final String YAML = """
            name: spark-small
            population:
              size: 90
              seed: 11
              sex: {female: 0.5, male: 0.5}
              age: {range: [78, 84]}
              smoking: {shares: {0: 0.7, 1: 0.3}}
              alcohol: {mean: 4, sd: 3, min: 0, max: 30}
              correlations:
                - {between: [smoking, alcohol], r: 0.4}
              vary: [organism.clearance.beta]
            design:
              type: %s
              stratify_by: [sex]
              block: 4
              eligibility: {min_age: 79}
              follow_up: {years: 8}
              loss_per_year: 0.03
            step: 4 weeks
            arms:
              - {name: control}
              - name: dq
                treatments:
                  - {drug: dasatinib-quercetin, start: 0 years, every: 8 weeks}
            endpoints:
              - {id: death, kind: death}
              - {id: frail, kind: frailty_above, threshold: 0.3}
              - {id: grip_86, kind: value, measure: grip, age: 86}
            """;

    static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = Sessions.open("local[2]", "senesim-test");
    }

    @AfterAll
    static void stop() throws Exception {
        if (spark != null) {
            spark.close();
        }
    }

    @Test
    void parallelTrialGivesTheSameRecordsReportAndFlowOnSparkAsLocally() throws Exception {
        sameOnBothEngines("parallel");
    }

    @Test
    void counterfactualTrialWithAPosteriorGivesTheSameRecordsOnSparkAsLocally() throws Exception {
        // the posterior's text travels to the executors, each person lives the same set on both engines
        Path posterior = Path.of("..", "examples", "calibration", "default-human.posterior.json");
        sameOnBothEngines("counterfactual", Files.readString(posterior), posterior.toString());
    }

    private void sameOnBothEngines(String design) throws Exception {
        sameOnBothEngines(design, null, null);
    }

    private void sameOnBothEngines(String design, String posteriorText, String posteriorLabel) throws Exception {
        // the seed replaced as on the command line, so the override travels to the executors too
        TrialSource source = new TrialSource(YAML.formatted(design), "spark-small.yaml", 0, 12, null, posteriorText,
                posteriorLabel);
        Trial trial = source.trial();
        Path local = tmp.resolve("local");
        Path onSpark = tmp.resolve("spark");
        TrialOutput.run(trial, local, false, 2, n -> { });
        // blocks of 7 people: many partitions, blocks that cut permuted-randomisation blocks in two
        TrialOutput.run(trial, onSpark, false, new SparkTrialEngine(spark, source, 7));

        List<List<Object>> a = rows(local, "SELECT * FROM person ORDER BY person_id, arm_index, site");
        List<List<Object>> b = rows(onSpark, "SELECT * FROM person ORDER BY person_id, arm_index, site");
        assertThat(a).hasSizeGreaterThan(40);
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i)).as("row %d (person %s)", i, a.get(i).get(0)).isEqualTo(a.get(i));
        }
        // the records themselves, not only the table built from them: Spark's Parquet partitioned by arm
        assertThat(onSpark.resolve(SparkTrialEngine.PARQUET_DIR).resolve("arm=control")).isDirectory();
        assertThat(onSpark.resolve(SparkTrialEngine.PARQUET_DIR).resolve("arm=dq")).isDirectory();
        List<List<Object>> parquet = rowsOf(onSpark, "SELECT * EXCLUDE (arm), arm FROM "
                + SparkTrialEngine.relation(onSpark.resolve(SparkTrialEngine.PARQUET_DIR)) + " ORDER BY person_id, arm_index, site");
        List<List<Object>> localReordered = rowsOf(local, "SELECT * EXCLUDE (arm), arm FROM person ORDER BY person_id, arm_index, site");
        assertThat(parquet).isEqualTo(localReordered);
        assertThat(rows(onSpark, "SELECT * FROM flow ORDER BY stage_order, arm"))
                .isEqualTo(rows(local, "SELECT * FROM flow ORDER BY stage_order, arm"));
        assertThat(Files.readString(onSpark.resolve(TrialOutput.REPORT))).isEqualTo(Files.readString(local.resolve(TrialOutput.REPORT)));
        assertThat(Files.readAllBytes(onSpark.resolve(TrialOutput.PARQUET)).length).isPositive();
        assertThat(Files.readString(onSpark.resolve("provenance.json"))).contains("\"engine\": \"spark\"", "local[2]");
        if (posteriorText != null) {
            assertThat(Files.readString(onSpark.resolve("provenance.json"))).contains("\"posterior\": \"default-human.posterior.json");
        }
    }

    private static List<List<Object>> rows(Path folder, String sql) throws Exception {
        return rowsOf(folder, sql);
    }

    private static List<List<Object>> rowsOf(Path folder, String sql) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve(TrialOutput.DATABASE).toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Object[] row = new Object[md.getColumnCount()];
                for (int k = 0; k < row.length; k++) {
                    Object v = rs.getObject(k + 1);
                    // doubles compared by their bits: bit-identical, not merely close
                    row[k] = v instanceof Double d ? Double.doubleToRawLongBits(d) : v;
                }
                out.add(Arrays.asList(row));
            }
        }
        assertThat(out.stream().allMatch(Objects::nonNull)).isTrue();
        return out;
    }
}
