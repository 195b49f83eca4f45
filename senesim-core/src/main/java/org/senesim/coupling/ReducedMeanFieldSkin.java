package org.senesim.coupling;

import org.senesim.evidence.ParameterSet;
import org.senesim.scenario.Person;
import org.senesim.systemic.CohortSkin;
import org.senesim.systemic.OrganismModel;
import org.senesim.systemic.OrganismParameters;
import org.senesim.systemic.OrganismSimulation;
import org.senesim.systemic.SkinSource;
import org.senesim.systemic.SkinStep;
import org.senesim.systemic.sde.PortableExp;
import org.senesim.tissue.FibroblastRules;
import org.senesim.tissue.Lattice;

import java.util.Arrays;
import java.util.Objects;

/**
 * The {@link MeanFieldSkin} reduced for cohorts: its slow part tabulated once per cohort, its fast
 * part (the senescent fibroblasts, in a few depth bands) integrated per person with the organism's
 * blood SASP, immune capacity and senolytic rate.
 *
 * <p><b>Split.</b> Within a cohort everyone shares parameters and exposures; what differs per
 * person are the organism's inputs. The measured response of the mean-field skin (docs/organism.md,
 * "Reduced mean-field skin for cohorts") is that blood SASP moves the senescent fraction (eight
 * times the background: +30% at 50) but leaves damage, occupancy, division histograms and stem
 * cells unchanged to within 0.3%, and the healthy cells only through the places the extra
 * senescent cells take. So one full {@link MeanFieldSkin} runs along the cohort's
 * {@linkplain OrganismModel#startReference reference person} (the same model without noise and
 * without death), coupled to it as its skin, and each organism step records per depth band, as
 * averages over the step's days:
 * <ul>
 *   <li>the senescence induction without the paracrine term, {@code B = Σ H_b·λ'_b·q_b}, and the
 *       weight of the paracrine term {@code Q = Σ H_b·q_b} ({@code q_b = (1 − e^{−Λ_b})/Λ_b}, the
 *       day's share of the total hazard, as the patch's hazard budget);</li>
 *   <li>the local SASP the band's healthy cells feel (Q-weighted), split into the fibroblasts'
 *       part and the melanocytes' part;</li>
 *   <li>healthy and senescent cells and the stem cells' daily kill-and-reprogram share.</li>
 * </ul>
 *
 * <p><b>Per person</b> (state: senescent cells per voxel column in each band, {@code S_j}), one
 * organism step of {@code n} days applies the mean field's daily map {@code S ← (S·k + F)·(1 − v)}
 * {@code n} times with coefficients frozen at the start of the step, in closed form:
 * {@code S ← a^n·S + F·(1 − v)·(1 − a^n)/(1 − a)}, {@code a = k·(1 − v)}, where
 * <ul>
 *   <li>{@code k = 1 − p(β·I/(κ + X) + μ_s + senolytic)} is the mean field's survival of a
 *       senescent cell (Karin's saturating clearance, {@link FibroblastRules#clearanceHazard}) with
 *       the person's immune capacity {@code I} and burden {@code X = (ΣS/cells)/reference fraction};</li>
 *   <li>{@code F = (B + λ_para·c/(K + c)·Q)·(H + S_ref − S)/H} is the induction with the person's
 *       paracrine term, {@code c = c_melanocytes + c_fibroblasts·S/S_ref + c_blood}, where
 *       {@code c_blood} is the person's blood SASP through the same {@link MeanFieldSkin.BloodSasp}
 *       conversion, the fibroblasts' local SASP scales with the band's senescent cells, and the
 *       healthy cells are the reference's less the person's extra senescent cells;</li>
 *   <li>{@code v} is the stem cells' share from the reference.</li>
 * </ul>
 * No parameter of its own: the registry's, through the same formulas, and the mean field's
 * reference run. What it drops and how well it agrees with the full mean field along noisy
 * organism paths is in docs/organism.md; {@code ReducedMeanFieldSkinTest} checks it.
 *
 * <p>A {@link CohortSkin} for {@link OrganismModel#cohort(long, int, double, double, CohortSkin)};
 * {@link #source(double)} gives the same arithmetic for one person as a {@link SkinSource}. The
 * tables grow as the cohort advances (the reference run costs what the full mean field costs, about
 * 9 ms per simulated year, once). One instance per cohort.
 */
public final class ReducedMeanFieldSkin implements CohortSkin {

    /**
     * Depth bands of the per-person state: one (lumped). Three bands of 400 µm agreed no better with
     * the full mean field (docs/organism.md), so the lumped state is the default.
     */
    public static final int DEFAULT_BANDS = 1;

    private final ParameterSet tissue;
    private final Person person;
    private final Lattice lattice;
    private final OrganismModel model;
    private final OrganismParameters organism;
    private final MeanFieldSkin.BloodSasp blood;
    private final int bands;
    private final int[] bandOf;
    private final FibroblastRules rules;
    private final double apoptosisSenescent;
    private final double paracrine;
    private final double paracrineHalf;
    private final double referenceFraction;
    private final double perReferenceFraction;

    // ---- reference run
    private MeanFieldSkin reference;
    private OrganismSimulation referencePerson;
    private int size;
    private double dtDays;

    // ---- tables, per organism step k (rows) and band j: index k·bands + j
    private int rows;
    private int[] days = new int[0];
    private double[] cells = new double[0];
    private double[] inductionBase = new double[0];
    private double[] inductionWeight = new double[0];
    private double[] saspMelanocyte = new double[0];
    private double[] saspFibroblast = new double[0];
    private double[] healthyReference = new double[0];
    private double[] senescentReference = new double[0];
    private double[] stemKeep = new double[0];
    private double[] stemKeepSteps = new double[0];
    private double[] inverseCells = new double[0];
    private double[] occupancyReference = new double[0];
    private double[] inverseHealthyReference = new double[0];
    private double[] inverseSenescentReference = new double[0];
    private double[] startOccupancy;
    private double startCells;

    // ---- accumulator of the row being built
    private int accDays;
    private final double[] accBase;
    private final double[] accWeight;
    private final double[] accMel;
    private final double[] accFib;
    private final double[] accHealthy;
    private final double[] accSenescent;
    private final double[] accStem;

    // ---- per person: senescent cells per voxel column of each band, and the step last advanced
    private double[][] senescent;

    /** A reduced skin with {@link #DEFAULT_BANDS} depth bands. */
    public ReducedMeanFieldSkin(ParameterSet tissue, Person person, Lattice lattice, OrganismModel model,
                                MeanFieldSkin.BloodSasp blood) {
        this(tissue, person, lattice, model, blood, DEFAULT_BANDS);
    }

    /**
     * @param tissue the tissue parameters of the mean field (the patch's registry ids)
     * @param person exposures of the skin (UV, smoking, ...), as for {@link MeanFieldSkin}
     * @param lattice the patch geometry of the mean field (its depth layers)
     * @param model  the organism model of the cohort (its reference person drives the reference run)
     * @param blood  the organism's blood SASP in the patch's units, as for {@link MeanFieldSkin}
     * @param bands  depth bands of the per-person state (1 = lumped), at most the lattice's layers
     */
    public ReducedMeanFieldSkin(ParameterSet tissue, Person person, Lattice lattice, OrganismModel model,
                                MeanFieldSkin.BloodSasp blood, int bands) {
        this.tissue = Objects.requireNonNull(tissue, "tissue");
        this.person = Objects.requireNonNull(person, "person");
        this.lattice = Objects.requireNonNull(lattice, "lattice");
        this.model = Objects.requireNonNull(model, "model");
        this.organism = model.parameters();
        this.blood = Objects.requireNonNull(blood, "blood");
        int nz = lattice.nz();
        if (bands < 1 || bands > nz) {
            throw new IllegalArgumentException("bands must lie in [1, " + nz + "], got " + bands);
        }
        this.bands = bands;
        this.bandOf = new int[nz];
        for (int z = 0; z < nz; z++) {
            bandOf[z] = (int) ((long) z * bands / nz);
        }
        this.rules = new FibroblastRules(tissue);
        this.apoptosisSenescent = tissue.get("fibroblast.apoptosis.senescent");
        this.paracrine = tissue.get("fibroblast.senescence.paracrine");
        this.paracrineHalf = tissue.get("fibroblast.senescence.paracrine_half");
        this.referenceFraction = rules.referenceFraction();
        this.perReferenceFraction = 1.0 / referenceFraction;
        accBase = new double[bands];
        accWeight = new double[bands];
        accMel = new double[bands];
        accFib = new double[bands];
        accHealthy = new double[bands];
        accSenescent = new double[bands];
        accStem = new double[bands];
    }

    public int bands() {
        return bands;
    }

    // ------------------------------------------------------------------ CohortSkin

    @Override
    public double start(int people, double startAgeYears, double stepDays) {
        if (people < 1) {
            throw new IllegalArgumentException("cohort size must be >= 1, got " + people);
        }
        if (!(stepDays > 0) || Double.isInfinite(stepDays)) {
            throw new IllegalArgumentException("dtDays must be finite and > 0, got " + stepDays);
        }
        this.size = people;
        this.dtDays = stepDays;
        reference = new MeanFieldSkin(tissue, person, lattice, organism, blood);
        reference.observe(this::dayDone);
        referencePerson = model.startReference(startAgeYears, stepDays, reference);
        startOccupancy = new double[bands];
        double[] start = new double[bands];
        for (int z = 0; z < lattice.nz(); z++) {
            startOccupancy[bandOf[z]] += reference.occupancy(z);
            start[bandOf[z]] += reference.senescentOccupancy(z);
        }
        startCells = 0;
        for (double o : startOccupancy) {
            startCells += o;
        }
        senescent = new double[bands][people];
        for (int j = 0; j < bands; j++) {
            Arrays.fill(senescent[j], start[j]);
        }
        rows = 0;
        ensureCapacity(64);
        return burdenOf(start, startCells);
    }

    @Override
    public void prepare(long endStep) {
        requireStarted();
        if (endStep > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many steps: " + endStep);
        }
        while (rows < endStep) {
            buildRow();
        }
    }

    @Override
    public double advance(int i, long step, double ageYears, double bloodSasp, double immuneCapacity,
                          double senolyticPerDay) {
        int k = (int) step;
        int n = days[k];
        double perCell = inverseCells[k];
        if (bands == 1) {
            double s = senescent[0][i];
            if (n == 0) {
                return organism.skinBurdenFromFraction(s * perCell);
            }
            double next = advanceLumped(i, k, n, s, perCell, blood.patchUnits(bloodSasp, ageYears),
                    immuneCapacity, senolyticPerDay);
            return organism.skinBurdenFromFraction(next * perCell);
        }
        double sum = 0;
        for (int j = 0; j < bands; j++) {
            sum += senescent[j][i];
        }
        if (n == 0) {
            return organism.skinBurdenFromFraction(sum * perCell);
        }
        double bloodHere = blood.patchUnits(bloodSasp, ageYears);
        double burden = sum * perCell * perReferenceFraction;
        double removal0 = rules.clearanceHazard(immuneCapacity, burden) + apoptosisSenescent + senolyticPerDay;
        double keep0 = 1.0 + PortableExp.expm1Neg(removal0);
        int row = k * bands;
        double predicted = 0;
        for (int j = 0; j < bands; j++) {
            double s = senescent[j][i];
            predicted += nDays(s, induction(row + j, s, bloodHere), keep0, n, row + j);
        }
        double mid = 0.5 * (burden + predicted * perCell * perReferenceFraction);
        double keep = keepAt(keep0, removal0,
                rules.clearanceHazard(immuneCapacity, mid) + apoptosisSenescent + senolyticPerDay);
        double next = 0;
        for (int j = 0; j < bands; j++) {
            double s = senescent[j][i];
            s = nDays(s, induction(row + j, s, bloodHere), keep, n, row + j);
            senescent[j][i] = s;
            next += s;
        }
        return organism.skinBurdenFromFraction(next * perCell);
    }

    /**
     * One band (the default): the general path written out. Predictor–corrector on the clearance:
     * the step once with the burden at its start, then again from the start with the burden halfway
     * between the start and the predicted end (the paracrine term keeps its start-of-step value).
     */
    private double advanceLumped(int i, int k, int n, double s, double perCell, double bloodHere,
                                 double immuneCapacity, double senolyticPerDay) {
        double burden = s * perCell * perReferenceFraction;
        double removal0 = rules.clearanceHazard(immuneCapacity, burden) + apoptosisSenescent + senolyticPerDay;
        double keep0 = 1.0 + PortableExp.expm1Neg(removal0);
        double induction = induction(k, s, bloodHere);
        double predicted = nDays(s, induction, keep0, n, k);
        double mid = 0.5 * (burden + predicted * perCell * perReferenceFraction);
        double keep = keepAt(keep0, removal0,
                rules.clearanceHazard(immuneCapacity, mid) + apoptosisSenescent + senolyticPerDay);
        double next = nDays(s, induction, keep, n, k);
        senescent[0][i] = next;
        return next;
    }

    /**
     * Daily induction {@code F = (B + λ_para·c/(K + c)·Q)·(H + S_ref − S)/H} of table entry
     * {@code r} for a band holding {@code s} senescent cells, with blood SASP {@code bloodHere}.
     */
    private double induction(int r, double s, double bloodHere) {
        double c = saspMelanocyte[r] + saspFibroblast[r] * s * inverseSenescentReference[r] + bloodHere;
        double healthyShare = Math.max(0.0, (occupancyReference[r] - s) * inverseHealthyReference[r]);
        return (inductionBase[r] + paracrine * c / (paracrineHalf + c) * inductionWeight[r]) * healthyShare;
    }

    /**
     * {@code n} days of {@code S ← (S·k + F)·(1 − v)} in closed form:
     * {@code a^n·S + F·(1 − v)·(1 − a^n)/(1 − a)} with {@code a = k·(1 − v)}.
     */
    private double nDays(double s, double induction, double keep, int n, int r) {
        double v = stemKeep[r];
        double a = keep * v;
        double aSteps = power(keep, n) * stemKeepSteps[r];
        double geometric = a < 1.0 ? (1.0 - aSteps) / (1.0 - a) : n;
        return aSteps * s + induction * v * geometric;
    }

    /**
     * Survival {@code e^{−r}} of a senescent cell over a day at removal hazard {@code r} (the mean
     * field's {@code 1 − p(r)}), from the survival {@code keep0} at {@code r0}:
     * {@code keep0·e^{−(r − r0)}}, the second factor by its Taylor series when
     * {@code |r − r0| ≤ 0.01} (relative error below 10⁻¹²), else directly.
     */
    private static double keepAt(double keep0, double r0, double r) {
        double d = r - r0;
        if (Math.abs(d) > 0.01) {
            return 1.0 + PortableExp.expm1Neg(r);
        }
        return keep0 * (1.0 - d * (1.0 - d * (0.5 - d * (1.0 / 6.0 - d * (1.0 / 24.0)))));
    }

    /** {@code x^n} by repeated squaring (n ≥ 1). */
    private static double power(double x, int n) {
        double result = 1.0;
        double base = x;
        int e = n;
        while (true) {
            if ((e & 1) != 0) {
                result *= base;
            }
            e >>= 1;
            if (e == 0) {
                return result;
            }
            base *= base;
        }
    }

    @Override
    public void addBurden(int i, long stepsDone, double units) {
        double fraction = organism.skinFractionFromBurden(units);
        double[] occupancy = occupancyAt(stepsDone - 1);
        double allCells = 0;
        double healthyCells = 0;
        for (int j = 0; j < bands; j++) {
            allCells += occupancy[j];
            healthyCells += Math.max(0.0, occupancy[j] - senescent[j][i]);
        }
        double moved = fraction * allCells;
        if (healthyCells <= 0 || moved <= 0) {
            return;
        }
        double share = Math.min(1.0, moved / healthyCells);
        for (int j = 0; j < bands; j++) {
            senescent[j][i] += share * Math.max(0.0, occupancy[j] - senescent[j][i]);
        }
    }

    @Override
    public void kill(int i, double fraction) {
        double keep = 1.0 - Math.max(0.0, Math.min(1.0, fraction));
        for (int j = 0; j < bands; j++) {
            senescent[j][i] *= keep;
        }
    }

    // ------------------------------------------------------------------ observables

    /** Senescent fraction of the dermal fibroblasts of person {@code i} after {@code stepsDone} steps. */
    public double senescentFraction(int i, long stepsDone) {
        double sum = 0;
        for (int j = 0; j < bands; j++) {
            sum += senescent[j][i];
        }
        return sum / (stepsDone <= 0 ? startCells : cells[(int) stepsDone - 1]);
    }

    /** Senescent fibroblasts per voxel column of band {@code j} for person {@code i}. */
    public double senescentInBand(int i, int j) {
        return senescent[j][i];
    }

    /** Steps tabulated so far. */
    public int tabulatedSteps() {
        return rows;
    }

    /** The full mean field of the reference run (read only; it advances as the tables grow). */
    public MeanFieldSkin reference() {
        requireStarted();
        return reference;
    }

    // ------------------------------------------------------------------ one person

    /**
     * The same arithmetic for one person as a {@link SkinSource} (its own reference run and tables),
     * for {@code OrganismModel.start(seed, entity, age, dtDays, source)}: person {@code i} of a
     * cohort with this skin follows the path of the single person with this source bit for bit.
     * Steps must be {@code dtDays} long.
     */
    public SkinSource source(double stepDays) {
        return new Source(this, stepDays);
    }

    private static final class Source implements SkinSource {
        private final ReducedMeanFieldSkin skin;
        private final double dtDays;
        private long stepsDone;

        Source(ReducedMeanFieldSkin skin, double dtDays) {
            this.skin = skin;
            this.dtDays = dtDays;
        }

        @Override
        public double start(double startAgeYears, double suggested) {
            return skin.start(1, startAgeYears, dtDays);
        }

        @Override
        public double advance(SkinStep step) {
            if (step.dtDays() != dtDays) {
                throw new IllegalArgumentException("this reduced skin steps " + dtDays + " days, got " + step.dtDays());
            }
            skin.prepare(step.step() + 1);
            stepsDone = step.step() + 1;
            return skin.advance(0, step.step(), step.ageYears(), step.bloodSasp(), step.immuneCapacity(),
                    step.senolyticPerDay());
        }

        @Override
        public void addBurden(double units) {
            skin.addBurden(0, stepsDone, units);
        }

        @Override
        public void kill(double fraction) {
            skin.kill(0, fraction);
        }
    }

    // ------------------------------------------------------------------ tables

    private void requireStarted() {
        if (reference == null) {
            throw new IllegalStateException("start the reduced skin first");
        }
    }

    private double burdenOf(double[] s, double allCells) {
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        return organism.skinBurdenFromFraction(sum / allCells);
    }

    private double[] occupancyAt(long step) {
        if (step < 0) {
            return startOccupancy;
        }
        double[] out = new double[bands];
        int row = (int) step * bands;
        for (int j = 0; j < bands; j++) {
            out[j] = healthyReference[row + j] + senescentReference[row + j];
        }
        return out;
    }

    /** One day of the reference run: adds its per-layer record to the row being built. */
    private void dayDone(MeanFieldSkin mf) {
        for (int z = 0; z < bandOf.length; z++) {
            int j = bandOf[z];
            double w = mf.dayInductionWeight[z];
            accBase[j] += mf.dayInductionBase[z];
            accWeight[j] += w;
            accMel[j] += w * mf.daySaspMelanocyte[z];
            accFib[j] += w * (mf.daySaspLocal[z] - mf.daySaspMelanocyte[z]);
            accHealthy[j] += mf.dayHealthy[z];
            accSenescent[j] += mf.daySenescent[z];
            accStem[j] += mf.daySenescent[z] * mf.dayStemRemoval[z];
        }
        accDays++;
    }

    /** Steps the reference person one organism step and stores the step's averages as a row. */
    private void buildRow() {
        ensureCapacity(rows + 1);
        accDays = 0;
        Arrays.fill(accBase, 0.0);
        Arrays.fill(accWeight, 0.0);
        Arrays.fill(accMel, 0.0);
        Arrays.fill(accFib, 0.0);
        Arrays.fill(accHealthy, 0.0);
        Arrays.fill(accSenescent, 0.0);
        Arrays.fill(accStem, 0.0);
        referencePerson.step();
        int k = rows;
        days[k] = accDays;
        double all = 0;
        for (int j = 0; j < bands; j++) {
            int r = k * bands + j;
            if (accDays == 0) {
                double[] occupancy = k == 0 ? startOccupancy : occupancyAt(k - 1);
                healthyReference[r] = occupancy[j];
                senescentReference[r] = 0.0;
                occupancyReference[r] = occupancy[j];
                stemKeep[r] = 1.0;
                stemKeepSteps[r] = 1.0;
                all += occupancy[j];
                continue;
            }
            double perDay = 1.0 / accDays;
            inductionBase[r] = accBase[j] * perDay;
            inductionWeight[r] = accWeight[j] * perDay;
            saspMelanocyte[r] = accWeight[j] > 0 ? accMel[j] / accWeight[j] : 0.0;
            saspFibroblast[r] = accWeight[j] > 0 ? accFib[j] / accWeight[j] : 0.0;
            healthyReference[r] = accHealthy[j] * perDay;
            senescentReference[r] = accSenescent[j] * perDay;
            double keep = accSenescent[j] > 0 ? 1.0 - accStem[j] / accSenescent[j] : 1.0;
            stemKeep[r] = keep;
            double keepSteps = keep;
            for (int d = 1; d < accDays; d++) {
                keepSteps *= keep;
            }
            stemKeepSteps[r] = keepSteps;
            occupancyReference[r] = healthyReference[r] + senescentReference[r];
            inverseHealthyReference[r] = healthyReference[r] > 0 ? 1.0 / healthyReference[r] : 0.0;
            inverseSenescentReference[r] = senescentReference[r] > 0 ? 1.0 / senescentReference[r] : 0.0;
            all += occupancyReference[r];
        }
        cells[k] = all;
        inverseCells[k] = 1.0 / all;
        rows++;
    }

    private void ensureCapacity(int needed) {
        if (days.length >= needed) {
            return;
        }
        int capacity = Math.max(needed, 2 * days.length);
        days = Arrays.copyOf(days, capacity);
        cells = Arrays.copyOf(cells, capacity);
        int n = capacity * bands;
        inductionBase = Arrays.copyOf(inductionBase, n);
        inductionWeight = Arrays.copyOf(inductionWeight, n);
        saspMelanocyte = Arrays.copyOf(saspMelanocyte, n);
        saspFibroblast = Arrays.copyOf(saspFibroblast, n);
        healthyReference = Arrays.copyOf(healthyReference, n);
        senescentReference = Arrays.copyOf(senescentReference, n);
        stemKeep = Arrays.copyOf(stemKeep, n);
        stemKeepSteps = Arrays.copyOf(stemKeepSteps, n);
        inverseCells = Arrays.copyOf(inverseCells, capacity);
        occupancyReference = Arrays.copyOf(occupancyReference, n);
        inverseHealthyReference = Arrays.copyOf(inverseHealthyReference, n);
        inverseSenescentReference = Arrays.copyOf(inverseSenescentReference, n);
    }
}
