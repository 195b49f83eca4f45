package org.senesim.report;

import org.hipparchus.stat.descriptive.rank.Percentile;
import org.senesim.evidence.Parameter;
import org.senesim.evidence.ParameterSet;
import org.senesim.observe.Column;
import org.senesim.observe.SummaryItem;
import org.senesim.observe.TimeSeries;
import org.senesim.report.chart.TimeSeriesCharts;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Uncertainty bands of a run: the scenario run again with its registry parameters drawn from their
 * distributions (and, unless the samples share the run's seed, each sample living its own chance
 * path), summarised per observation and column as the 5th, 50th and 95th percentiles over the samples.
 *
 * <p>Estimator: Hipparchus {@link Percentile} with {@link Percentile.EstimationType#R_7} (Hyndman
 * &amp; Fan type 7, the default of R and NumPy): with the n values sorted, the p-quantile is
 * {@code x[h] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋])} at {@code h = (n − 1)p} (0-based). So p05 ≤ p50 ≤ p95
 * always, the band of two samples spans 90 % of their distance, and values equal across samples
 * give a band of zero width. Undefined values (NaN: a sample whose person had died by that
 * observation, or a value "at the end" of a sample that died before it, {@link #END_SUFFIX}) are left
 * out, and {@code samples} says how many values each band rests on. The age at
 * death is the exception: a sample whose person is alive at the end of the run is not left out (that
 * would bias the band towards early deaths) but counted as dying after the end; a percentile that
 * falls among those survivors is "alive at" the run's last age ({@link Band#aliveAt}).
 *
 * <p>Files: {@link #CSV} (the bands), {@link #SAMPLES_CSV} (the drawn parameter values, sample ×
 * parameter) and {@link #OUTCOMES_CSV} (each sample's summary values, sample × summary item).
 */
public final class Uncertainty {

    /** {@code day,age_years,column,samples,p05,p50,p95}: one line per observation and column. */
    public static final String CSV = "uncertainty.csv";
    /** {@code sample,<parameter ids>}: the values each sample drew. */
    public static final String SAMPLES_CSV = "uncertainty-samples.csv";
    /** {@code sample,seed,<summary item ids>}: each sample's run seed and headline numbers. */
    public static final String OUTCOMES_CSV = "uncertainty-outcomes.csv";

    /** The percentiles of a band, in percent. */
    public static final double LOW = 5;
    public static final double MID = 50;
    public static final double HIGH = 95;

    /**
     * One uncertainty sample as run.
     *
     * @param index      1, 2, …; the random-stream step its parameters were drawn with
     * @param seed       the seed its run lived (the scenario's own under common random numbers)
     * @param parameters the parameter values it used
     * @param series     its time series
     * @param summary    its headline numbers
     */
    public record Sample(int index, long seed, ParameterSet parameters, TimeSeries series, List<SummaryItem> summary) {
    }

    /**
     * Ids of summary items taken at the end of the run ("collagen at 105"): a sample whose person died
     * earlier ended its run at the death, so its value belongs to another age and is left out of the band.
     */
    public static final String END_SUFFIX = "_end";
    /** Whether the person lived to the end: defined for every sample, the dead included (0). */
    public static final String ALIVE_AT_END = "alive_at_end";

    /** The summary item whose survivors are censored rather than left out. */
    public static final String AGE_AT_DEATH = "age_at_death";

    /**
     * The band of one summary item.
     *
     * @param p05     5th percentile
     * @param p50     median
     * @param p95     95th percentile
     * @param samples how many samples had a defined value
     * @param aliveAt for the age at death: the age at the end of the run, where a percentile of +∞ means
     *                "still alive then"; NaN for every other item
     */
    public record Band(double p05, double p50, double p95, int samples, double aliveAt) {

        /** A band of an item without survivors to count. */
        public Band(double p05, double p50, double p95, int samples) {
            this(p05, p50, p95, samples, Double.NaN);
        }

        /**
         * {@code 0.12 – 0.18 (0.15)}: the 5–95 % range and the median; a dash when no sample had a
         * value; a percentile among the survivors reads "alive at 105".
         */
        public String text() {
            if (samples == 0) {
                return "—";
            }
            return value(p05) + " – " + value(p95) + " (" + value(p50) + ")";
        }

        /**
         * {@link #text()}, saying how many of the {@code total} samples the band is drawn from when that
         * is fewer than all (a value at the end of the run is the survivors'): {@code 0.12 – 0.18 (0.15),
         * 7 of 50 samples}; a single sample's value reads {@code 0.15, 1 of 50 samples}, not as a band.
         */
        public String text(int total) {
            if (samples == 0 || samples >= total) {
                return text();
            }
            String of = samples + " of " + total + " samples";
            return samples == 1 ? value(p50) + ", " + of : text() + ", " + of;
        }

        private String value(double v) {
            return v == Double.POSITIVE_INFINITY && !Double.isNaN(aliveAt) ? "alive at " + Numbers.readable(aliveAt, 3)
                    : Numbers.readable(v, 3);
        }
    }

    private final int sampleCount;
    private final long seed;
    /** The seed each sample's run lived, in sample order. */
    private final long[] sampleSeeds;
    private final List<Column> columns;
    private final double[] day;
    private final double[] age;
    private final int[] reached;
    /** [column][row]. */
    private final double[][] p05;
    private final double[][] p50;
    private final double[][] p95;
    private final int[][] counts;
    private final Map<String, Band> summaryBands;
    private final List<String> sampledIds;
    private final double[][] sampledValues;
    private final List<String> summaryIds;
    private final double[][] summaryValues;
    private final List<Death> deaths;
    /** Where the calibrated parameters came from: a posterior file's name, or null (the registry). */
    private final String posterior;

    /**
     * A sample whose person died during the run.
     *
     * @param sample  the sample's index (1, 2, …)
     * @param age     age at death, years
     * @param cause   the run's {@code death_cause} code (its meaning is in the nominal summary's description)
     * @param notable the drawn parameters furthest from their defaults, relative to their plausible range,
     *                as "id value (default d)", most distant first
     */
    public record Death(int sample, double age, double cause, List<String> notable) {
    }

    /** How many of a dead sample's parameters {@link Death#notable} lists. */
    static final int NOTABLE = 3;

    private Uncertainty(int sampleCount, long seed, long[] sampleSeeds, List<Column> columns, double[] day, double[] age, int[] reached,
                        double[][] p05, double[][] p50, double[][] p95, int[][] counts, Map<String, Band> summaryBands,
                        List<String> sampledIds, double[][] sampledValues, List<String> summaryIds,
                        double[][] summaryValues, List<Death> deaths, String posterior) {
        this.sampleCount = sampleCount;
        this.seed = seed;
        this.sampleSeeds = sampleSeeds;
        this.columns = columns;
        this.day = day;
        this.age = age;
        this.reached = reached;
        this.p05 = p05;
        this.p50 = p50;
        this.p95 = p95;
        this.counts = counts;
        this.summaryBands = summaryBands;
        this.sampledIds = sampledIds;
        this.sampledValues = sampledValues;
        this.summaryIds = summaryIds;
        this.summaryValues = summaryValues;
        this.deaths = deaths;
        this.posterior = posterior;
    }

    /**
     * The same bands, saying that the calibrated parameters of each sample were drawn from the posterior
     * ensemble {@code fileName} (run --posterior), not from their registry distributions.
     */
    public Uncertainty withPosterior(String fileName) {
        return new Uncertainty(sampleCount, seed, sampleSeeds, columns, day, age, reached, p05, p50, p95, counts,
                summaryBands, sampledIds, sampledValues, summaryIds, summaryValues, deaths, fileName);
    }

    /** Where the samples' parameters came from, to follow "parameters sampled from". */
    public String drawnFrom() {
        return posterior == null ? "their registry distributions"
                : "the posterior " + posterior + " (its calibrated parameters) and their registry distributions (the rest)";
    }

    /**
     * The bands of the samples. Every sample ran the same scenario, so their series share columns
     * and observation days; a sample whose person died early has fewer rows.
     *
     * @param seed    the seed the samples' parameters were drawn with (the nominal run's)
     * @param nominal the run with nominal parameters: its columns and summary items are banded
     * @param samples the samples, at least two
     */
    public static Uncertainty of(long seed, TimeSeries nominalSeries, List<SummaryItem> nominalSummary,
                                 List<Sample> samples) {
        return of(seed, nominalSeries, nominalSummary, samples, p -> true);
    }

    /**
     * As {@link #of(long, TimeSeries, List, List)}, with the dead samples' furthest-drawn parameters
     * chosen among those the run can depend on ({@code mayMatter}): a human run reads no mouse
     * figure, an untreated run no treatment's, however far their draws lie from their defaults.
     */
    public static Uncertainty of(long seed, TimeSeries nominalSeries, List<SummaryItem> nominalSummary,
                                 List<Sample> samples, java.util.function.Predicate<Parameter> mayMatter) {
        if (samples.size() < 2) {
            throw new IllegalArgumentException("bands need at least two samples, got " + samples.size());
        }
        List<Column> columns = nominalSeries.columns();
        TimeSeries longest = nominalSeries;
        for (Sample s : samples) {
            if (s.series().rows() > longest.rows()) {
                longest = s.series();
            }
        }
        int rows = longest.rows();
        double[] day = new double[rows];
        double[] age = new double[rows];
        int[] reached = new int[rows];
        for (int i = 0; i < rows; i++) {
            day[i] = longest.day(i);
            age[i] = longest.age(i);
        }
        int n = samples.size();
        int[][] index = new int[n][columns.size()];
        for (int k = 0; k < n; k++) {
            TimeSeries s = samples.get(k).series();
            for (int c = 0; c < columns.size(); c++) {
                index[k][c] = s.indexOf(columns.get(c).id());
            }
            for (int i = 0; i < s.rows(); i++) {
                reached[i]++;
            }
        }
        double[][] low = new double[columns.size()][rows];
        double[][] mid = new double[columns.size()][rows];
        double[][] high = new double[columns.size()][rows];
        int[][] counts = new int[columns.size()][rows];
        Percentile percentile = estimator();
        double[] values = new double[n];
        for (int c = 0; c < columns.size(); c++) {
            for (int i = 0; i < rows; i++) {
                int m = 0;
                for (int k = 0; k < n; k++) {
                    TimeSeries s = samples.get(k).series();
                    if (i < s.rows() && index[k][c] >= 0) {
                        double v = s.value(i, index[k][c]);
                        if (!Double.isNaN(v)) {
                            values[m++] = v;
                        }
                    }
                }
                double[] b = percentiles(percentile, values, m);
                low[c][i] = b[0];
                mid[c][i] = b[1];
                high[c][i] = b[2];
                counts[c][i] = m;
            }
        }
        Map<String, Band> summaryBands = new LinkedHashMap<>();
        List<String> summaryIds = new ArrayList<>();
        double[][] summaryValues = new double[n][nominalSummary.size()];
        for (int j = 0; j < nominalSummary.size(); j++) {
            String id = nominalSummary.get(j).id();
            summaryIds.add(id);
            boolean censored = AGE_AT_DEATH.equals(id);
            // a median over chance paths is undefined only when half the paths outlive the run
            boolean beyondEnd = org.senesim.run.DeathAgeOverChance.ID.equals(id);
            boolean atEnd = id.endsWith(END_SUFFIX) && !ALIVE_AT_END.equals(id);
            int m = 0;
            for (int k = 0; k < n; k++) {
                double v = Double.NaN;
                for (SummaryItem item : samples.get(k).summary()) {
                    if (item.id().equals(id)) {
                        v = item.value();
                        break;
                    }
                }
                summaryValues[k][j] = v;
                boolean survived = survived(samples.get(k).series(), rows, age);
                if (atEnd && !survived) {
                    continue; // its run ended at its death: a value at an earlier age, not at the end
                }
                if (!Double.isNaN(v)) {
                    values[m++] = v;
                } else if ((censored && survived) || beyondEnd) {
                    values[m++] = Double.POSITIVE_INFINITY;
                }
            }
            if (nominalSummary.get(j).categorical()) {
                continue; // a category code has no percentiles; its samples stay in the outcomes file
            }
            double[] b = percentiles(percentile, values, m);
            if (censored || beyondEnd) {
                // between a death and a survivor, or between two survivors (∞ − ∞), the person is alive
                for (int q = 0; q < b.length; q++) {
                    b[q] = Double.isNaN(b[q]) && m > 0 ? Double.POSITIVE_INFINITY : b[q];
                }
                summaryBands.put(id, new Band(b[0], b[1], b[2], m, rows == 0 ? Double.NaN : age[rows - 1]));
            } else {
                summaryBands.put(id, new Band(b[0], b[1], b[2], m));
            }
        }
        List<String> sampledIds = new ArrayList<>();
        for (Parameter p : samples.get(0).parameters().registry().all()) {
            for (Sample s : samples) {
                if (s.parameters().origin(p.id()) == ParameterSet.Origin.SAMPLED) {
                    sampledIds.add(p.id());
                    break;
                }
            }
        }
        double[][] sampledValues = new double[n][sampledIds.size()];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < sampledIds.size(); j++) {
                sampledValues[k][j] = samples.get(k).parameters().get(sampledIds.get(j));
            }
        }
        long[] seeds = samples.stream().mapToLong(Sample::seed).toArray();
        return new Uncertainty(n, seed, seeds, columns, day, age, reached, low, mid, high, counts, summaryBands, sampledIds,
                sampledValues, summaryIds, summaryValues, deaths(samples, sampledIds, sampledValues, summaryIds, summaryValues,
                mayMatter), null);
    }

    /** Whether a sample without an age at death ran to the last observation (alive, not cut short). */
    private static boolean survived(TimeSeries series, int rows, double[] age) {
        return rows > 0 && series.rows() == rows && series.age(rows - 1) == age[rows - 1];
    }

    /** The samples that died, youngest first (ties by sample), each with its furthest-drawn parameters. */
    private static List<Death> deaths(List<Sample> samples, List<String> sampledIds, double[][] sampledValues,
                                      List<String> summaryIds, double[][] summaryValues,
                                      java.util.function.Predicate<Parameter> mayMatter) {
        int ageAt = summaryIds.indexOf("age_at_death");
        int causeAt = summaryIds.indexOf("death_cause");
        List<Death> out = new ArrayList<>();
        if (ageAt < 0) {
            return out;
        }
        for (int k = 0; k < samples.size(); k++) {
            double deathAge = summaryValues[k][ageAt];
            if (Double.isNaN(deathAge)) {
                continue;
            }
            ParameterSet ps = samples.get(k).parameters();
            List<Integer> order = new ArrayList<>();
            double[] distance = new double[sampledIds.size()];
            for (int j = 0; j < distance.length; j++) {
                Parameter p = ps.registry().get(sampledIds.get(j));
                double range = p.max() - p.min();
                distance[j] = range > 0 ? Math.abs(sampledValues[k][j] - p.defaultValue()) / range : 0;
                if (mayMatter.test(p)) {
                    order.add(j);
                }
            }
            order.sort((a, b) -> Double.compare(distance[b], distance[a]));
            List<String> notable = new ArrayList<>();
            for (int i = 0; i < Math.min(NOTABLE, order.size()); i++) {
                int j = order.get(i);
                notable.add(sampledIds.get(j) + " " + Numbers.readable(sampledValues[k][j], 3) + " (default "
                        + Numbers.readable(ps.registry().get(sampledIds.get(j)).defaultValue(), 3) + ")");
            }
            out.add(new Death(samples.get(k).index(), deathAge, causeAt < 0 ? Double.NaN : summaryValues[k][causeAt], notable));
        }
        out.sort(java.util.Comparator.comparingDouble(Death::age).thenComparingInt(Death::sample));
        return List.copyOf(out);
    }

    private static Percentile estimator() {
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    }

    /** p05, p50, p95 of the first m values (NaN for none). */
    private static double[] percentiles(Percentile percentile, double[] values, int m) {
        if (m == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        percentile.setData(values, 0, m);
        return new double[] {percentile.evaluate(LOW), percentile.evaluate(MID), percentile.evaluate(HIGH)};
    }

    /** The p-th percentile (0 &lt; p ≤ 100) of some values by this class's estimator; NaN for none. */
    public static double percentile(double[] values, double p) {
        double[] v = Arrays.stream(values).filter(d -> !Double.isNaN(d)).toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return estimator().evaluate(v, p);
    }

    /** The samples whose person died during the run, youngest first. */
    public List<Death> deaths() {
        return deaths;
    }

    /** Number of samples. */
    public int samples() {
        return sampleCount;
    }

    /** The seed the samples' parameters were drawn with. */
    public long seed() {
        return seed;
    }

    /**
     * Whether the samples lived their own chance paths (seeds other than the run's), so that the bands
     * hold the run-to-run noise as well as the parameters' uncertainty; false under common random numbers.
     */
    public boolean ownNoise() {
        for (long s : sampleSeeds) {
            if (s != seed) {
                return true;
            }
        }
        return false;
    }

    /** Ids of the parameters drawn in at least one sample, in registry order. */
    public List<String> sampledParameters() {
        return sampledIds;
    }

    /** The band of a summary item, or null when the item is not known. */
    public Band summaryBand(String id) {
        return summaryBands.get(id);
    }

    /** All summary bands by item id, in summary order. */
    public Map<String, Band> summaryBands() {
        return java.util.Collections.unmodifiableMap(summaryBands);
    }

    /** Rows of the band series (observations reached by at least one sample). */
    public int rows() {
        return day.length;
    }

    /** How many samples reached observation {@code row}. */
    public int reached(int row) {
        return reached[row];
    }

    /** Index of a column by id, or -1. */
    public int indexOf(String columnId) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).id().equals(columnId)) {
                return c;
            }
        }
        return -1;
    }

    /** p05, p50 and p95 of a column at an observation. */
    public double[] band(int column, int row) {
        return new double[] {p05[column][row], p50[column][row], p95[column][row]};
    }

    /** The chart band of a column, or null when the column is not banded. */
    public TimeSeriesCharts.Band chartBand(String columnId) {
        int c = indexOf(columnId);
        return c < 0 ? null : new TimeSeriesCharts.Band(age.clone(), p05[c].clone(), p50[c].clone(), p95[c].clone());
    }

    /** One sentence for the report and the console. */
    public String describe() {
        return sampleCount + " samples of the registry parameters (" + sampledIds.size() + " drawn"
                + (posterior == null ? "" : ": the calibrated ones from the posterior " + posterior + ", one weighted set per"
                + " sample, the parameters it held at their defaults, the rest")
                + " from their distributions between their plausible bounds; values the scenario sets and the evidence"
                + " filter neutralises stay fixed),"
                + " seed " + seed + " for the draws and"
                + (ownNoise() ? ", each sample's run its own seed (sample k: seed + k), so the bands hold chance as well as "
                + "the parameters" : ", as common random numbers, for every sample's run, so the bands hold the parameters' "
                + "uncertainty alone") + "; bands span the 5th to the 95th percentile over the samples";
    }

    // ---------------------------------------------------------------- files

    /** Writes {@link #CSV}, {@link #SAMPLES_CSV} and {@link #OUTCOMES_CSV} into the run folder. */
    public void write(RunFolder folder) throws IOException {
        folder.writeText(CSV, this::writeBands);
        folder.writeText(SAMPLES_CSV, w -> writeTable(w, sampledIds, sampledValues, null));
        folder.writeText(OUTCOMES_CSV, w -> writeTable(w, summaryIds, summaryValues, sampleSeeds));
    }

    void writeBands(Writer out) throws IOException {
        Csv.line(out, List.of(TimeSeriesCsv.DAY, TimeSeriesCsv.AGE, "column", "samples", "p05", "p50", "p95"));
        StringBuilder sb = new StringBuilder(128);
        for (int i = 0; i < day.length; i++) {
            String prefix = Numbers.exact(day[i]) + "," + Numbers.exact(age[i]) + ",";
            for (int c = 0; c < columns.size(); c++) {
                sb.setLength(0);
                sb.append(prefix).append(Csv.field(columns.get(c).id())).append(',').append(counts[c][i]).append(',')
                        .append(Numbers.exact(p05[c][i])).append(',').append(Numbers.exact(p50[c][i])).append(',')
                        .append(Numbers.exact(p95[c][i])).append('\n');
                out.append(sb);
            }
        }
    }

    /** One row per sample: its number, its run's seed when {@code seeds} is given, then the values. */
    private static void writeTable(Writer out, List<String> ids, double[][] values, long[] seeds) throws IOException {
        List<String> header = new ArrayList<>(ids.size() + 2);
        header.add("sample");
        if (seeds != null) {
            header.add("seed");
        }
        header.addAll(ids);
        Csv.line(out, header);
        StringBuilder sb = new StringBuilder(256);
        for (int k = 0; k < values.length; k++) {
            sb.setLength(0);
            sb.append(k + 1);
            if (seeds != null) {
                sb.append(',').append(seeds[k]);
            }
            for (double v : values[k]) {
                sb.append(',').append(Numbers.exact(v));
            }
            sb.append('\n');
            out.append(sb);
        }
    }
}
