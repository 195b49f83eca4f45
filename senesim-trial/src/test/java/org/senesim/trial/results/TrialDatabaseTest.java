package org.senesim.trial.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senesim.trial.design.Trial;

/**
 * The person table in a real DuckDB file: the same with one and two threads, and the report's
 * hazard ratio recomputed from it with SQL and the formula docs/trials.md gives.
 */
class TrialDatabaseTest {

    @TempDir
    Path dir;

    private static List<String> dump(Path db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath() + "");
             Statement s = c.createStatement()) {
            for (String q : List.of("SELECT * FROM person ORDER BY person_id, arm_index, site",
                    "SELECT * FROM flow ORDER BY stage_order, arm", "SELECT * FROM trial ORDER BY key")) {
                try (ResultSet rs = s.executeQuery(q)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object o = rs.getObject(i);
                            // doubles by their bits: identical means identical, not "prints the same"
                            b.append(o instanceof Double d ? Long.toHexString(Double.doubleToRawLongBits(d)) : String.valueOf(o)).append('|');
                        }
                        rows.add(b.toString());
                    }
                }
            }
        }
        return rows;
    }

    @Test
    void sameDatabaseContentsWithOneAndTwoThreads() throws Exception {
        Trial trial = SmallTrial.parallel();
        TrialOutput.Outcome one = TrialOutput.run(trial, dir.resolve("one"), false, 1, n -> { });
        TrialOutput.Outcome two = TrialOutput.run(trial, dir.resolve("two"), false, 2, n -> { });
        List<String> a = dump(one.folder().resolve(TrialOutput.DATABASE));
        List<String> b = dump(two.folder().resolve(TrialOutput.DATABASE));
        assertThat(a).hasSizeGreaterThan(100);
        assertThat(b).isEqualTo(a);
        assertThat(one.folder().resolve(TrialOutput.PARQUET)).isNotEmptyFile();
        assertThat(one.folder().resolve(TrialOutput.REPORT)).content().contains("<svg", "Number at risk", "Forest plot");
        // the console's effect lines: every hazard ratio and mean difference, to three significant
        // digits (the frailty difference is a few hundredths, which three decimals would flatten)
        List<String> lines = TrialOutput.effectLines(one.results());
        assertThat(lines).hasSize((int) one.results().all().stream()
                .filter(e -> e.measure().equals("hazard ratio") || e.measure().equals("mean difference")).count());
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("death").contains("hazard ratio"))
                .allSatisfy(l -> assertThat(l).doesNotContain("0.000 ").doesNotContain("(-0.000"));
    }

    @Test
    void sameDatabaseContentsWithOneAndTwoThreadsOnTheReducedSkin() throws Exception {
        Trial trial = SmallTrial.reduced();
        TrialOutput.Outcome one = TrialOutput.run(trial, dir.resolve("r1"), false, 1, n -> { });
        TrialOutput.Outcome two = TrialOutput.run(trial, dir.resolve("r2"), false, 2, n -> { });
        List<String> a = dump(one.folder().resolve(TrialOutput.DATABASE));
        List<String> b = dump(two.folder().resolve(TrialOutput.DATABASE));
        assertThat(a).hasSizeGreaterThan(100);
        assertThat(b).isEqualTo(a);
        assertThat(one.folder().resolve(TrialOutput.REPORT)).content().contains("reduced-skin");
    }

    @Test
    void hazardRatioFromSqlAndTheDocumentedFormulaMatchesTheReport() throws Exception {
        Trial trial = SmallTrial.parallel();
        TrialOutput.Outcome out = TrialOutput.run(trial, dir.resolve("hr"), false, 2, n -> { });
        Effect reported = out.results().all().stream()
                .filter(e -> e.endpoint().equals("death") && e.measure().equals("hazard ratio")).findFirst().orElseThrow();
        // docs/trials.md, "Re-analysing in SQL": risk sets and deaths per distinct time, by arm
        String sql = """
                WITH d AS (
                  SELECT death_years AS t, death_event AS e, arm = 'dq' AS treated FROM person WHERE arm IN ('control', 'dq')),
                per_time AS (
                  SELECT t,
                         count(*) FILTER (WHERE e AND treated)     AS d1,
                         count(*) FILTER (WHERE e AND NOT treated) AS d0,
                         count(*) FILTER (WHERE treated)           AS c1,
                         count(*) FILTER (WHERE NOT treated)       AS c0
                  FROM d GROUP BY t),
                risk AS (
                  SELECT t, d1, d0,
                         sum(c1) OVER (ORDER BY t DESC ROWS UNBOUNDED PRECEDING) AS n1,
                         sum(c0) OVER (ORDER BY t DESC ROWS UNBOUNDED PRECEDING) AS n0
                  FROM per_time)
                SELECT d1, d0, n1, n0 FROM risk WHERE d1 + d0 > 0 ORDER BY t
                """;
        List<double[]> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + out.folder().resolve(TrialOutput.DATABASE).toAbsolutePath()
                + ""); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)});
            }
        }
        assertThat(rows).hasSizeGreaterThan(20);
        // Efron partial likelihood of one binary covariate; Newton on its score from beta = 0
        double beta = 0;
        for (int iter = 0; iter < 50; iter++) {
            double score = 0;
            double info = 0;
            for (double[] r : rows) {
                double d1 = r[0];
                double d = r[0] + r[1];
                score += d1;
                for (int m = 0; m < d; m++) {
                    double f = m / d;
                    double num = (r[2] - f * d1) * Math.exp(beta);
                    double den = num + r[3] - f * r[1];
                    score -= num / den;
                    info += num / den * (1 - num / den);
                }
            }
            double step = score / info;
            beta += step;
            if (Math.abs(step) < 1e-13) {
                break;
            }
        }
        assertThat(Math.exp(beta)).isCloseTo(reported.value(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(reported.value()).isNotEqualTo(1.0);
    }

    @Test
    void analysisReadsTheParquetCopyToTheSameResult() throws Exception {
        Trial trial = SmallTrial.of("counterfactual");
        TrialOutput.Outcome out = TrialOutput.run(trial, dir.resolve("cf"), false, 2, n -> { });
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            String relation = "read_parquet('" + out.folder().resolve(TrialOutput.PARQUET).toAbsolutePath() + "')";
            TrialAnalysis.Results again = TrialAnalysis.analyse(c, relation, trial, java.util.Map.of());
            for (int i = 0; i < again.all().size(); i++) {
                assertThat(again.all().get(i).value()).isEqualTo(out.results().all().get(i).value());
            }
        }
    }
}
