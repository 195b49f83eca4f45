package org.senesim.meanfield;

import org.senesim.evidence.ParameterSet;
import org.senesim.lattice.Lattice;
import org.senesim.scenario.Person;
import org.senesim.systemic.CohortSkin;
import org.senesim.systemic.OrganismModel;
import org.senesim.systemic.OrganismParameters;
import org.senesim.systemic.OrganismSimulation;
import org.senesim.systemic.SkinSource;
import org.senesim.systemic.SkinStep;
import org.senesim.systemic.sde.PortableExp;
import org.senesim.tissue.FibroblastRules;

import java.util.Arrays;
import java.util.Objects;

/**
 * The {@link MeanFieldSkin} reduced for cohorts: its slow part tabulated once per cohort, its fast
 * part (the senescent fibroblasts, one number per person) integrated per person with the
 * organism's blood SASP, immune capacity and senolytic rate.
 *
 * <p><b>Split.</b> Within a cohort everyone shares parameters and exposures; what differs per
 * person are the organism's inputs. Measured on the mean field (docs/organism.md, "Reduced
 * mean-field skin for cohorts"): eight times the background blood SASP raises the senescent
 * fraction by about 30% at 50 but moves damage and occupancy by less than 0.6%, and the healthy
 * cells only by the places the extra senescent cells take. So one full {@link MeanFieldSkin} runs
 * along the cohort's {@linkplain OrganismModel#startReference reference person} (the same organism
 * without noise and without death), coupled to it as its skin, and each organism step records, as
 * averages over the step's days and sums over the depth layers:
 * <ul>
 *   <li>the senescence induction without the paracrine term, {@code B = Σ H_b·λ'_b·q_b}, and the
 *       weight of the paracrine term {@code Q = Σ H_b·q_b} ({@code q_b = (1 − e^{−Λ_b})/Λ_b}, the
 *       day's share of a hazard, as the patch's hazard budget gives it);</li>
 *   <li>the local SASP the healthy cells feel (Q-weighted), as the fibroblasts' part and the
 *       melanocytes' part;</li>
 *   <li>healthy cells {@code H}, senescent cells {@code S_ref} and the stem cells' daily
 *       kill-and-reprogram share {@code v} (weighted by the senescent cells).</li>
 * </ul>
 *
 * <p><b>Per person</b> (state: senescent cells per voxel column {@code S}), a day of the mean field
 * is {@code S ← (S·e^{−r(X)} + F)·(1 − v)}, with
 * <ul>
 *   <li>{@code r(X) = β·I/(κ + X) + μ_s + senolytic}: Karin's saturating clearance
 *       ({@link FibroblastRules#clearanceHazard}) with the person's immune capacity {@code I} and
 *       burden {@code X = (S/cells)/reference fraction}, plus senescent apoptosis and the drug;</li>
 *   <li>{@code F = (B + λ_para·c/(K + c)·Q)·(H + S_ref − S)/H}: the induction with the person's
 *       paracrine term, {@code c = c_melanocytes + c_fibroblasts·S/S_ref + c_blood}, where
 *       {@code c_blood} is the person's blood SASP through the same {@link MeanFieldSkin.BloodSasp}
 *       conversion and the fibroblasts' local SASP scales with the person's senescent cells; the
 *       healthy cells are the reference's less the person's extra senescent cells.</li>
 * </ul>
 * An organism step of {@code n} days applies this map {@code n} times, linearised in {@code S} at
 * the start of the step (local linearisation, as the organism's own stepper:
 * {@code S·e^{−r(X)} ≈ e^{−r₀}·[S₀ + (1 + ε)(S − S₀)]} with {@code ε = −S·∂r/∂S = c_r·X/(κ + X)},
 * {@code c_r = β·I/(κ + X)}, so the slower relaxation of a larger burden is kept), in closed form:
 * {@code S ← aⁿ·S + b·(1 − aⁿ)/(1 − a)}, {@code a = e^{−r₀}(1 + ε)(1 − v)},
 * {@code b = (F − e^{−r₀}·ε·S₀)(1 − v)}.
 *
 * <p>No parameter of its own: the registry's, through the same formulas, and the mean field's
 * reference run. What it drops and how well it agrees with the full mean field along noisy
 * organism paths is in docs/organism.md; {@code ReducedMeanFieldSkinTest} checks it.
 *
 * <p>A {@link CohortSkin} for {@link OrganismModel#cohort(long, int, double, double, CohortSkin)};
 * {@link #source(double)} gives the same arithmetic for one person as a {@link SkinSource}. The
 * tables grow as the cohort advances; the reference run costs what the full mean field costs
 * (about 9 ms per simulated year, once per cohort). One instance per cohort.
 */
public final class ReducedMeanFieldSkin implements CohortSkin {

    private final ParameterSet tissue;
    private final Person person;
    private final Lattice lattice;
    private final OrganismModel model;
    private final OrganismParameters organism;
    private final MeanFieldSkin.BloodSasp blood;
    /** The cohort's per-person constants (everyone's: a cohort shares its parameters). */
    private final Own own;

    // ---- reference run
    private MeanFieldSkin reference;
    private OrganismSimulation referencePerson;
    private double startCells;
    private double startSenescent;
    private double stepDays;

    // ---- tables, one entry per organism step
    private int rows;
    private int[] days = new int[0];
    private double[] cells = new double[0];
    private double[] inverseCells = new double[0];
    private double[] inductionBase = new double[0];
    private double[] inductionWeight = new double[0];
    private double[] saspMelanocyte = new double[0];
    private double[] saspFibroblast = new double[0];
    private double[] occupancyReference = new double[0];
    private double[] inverseHealthyReference = new double[0];
    private double[] inverseSenescentReference = new double[0];
    private double[] stemKeep = new double[0];
    // treatments of the reference run (neutral without): mean clearance multiplier, mean extra
    // removal hazard (drug kill plus reprogramming), mean blood-SASP factor, wounds' share kept
    private double[] clearanceMultiplier = new double[0];
    private double[] extraRemoval = new double[0];
    private double[] bloodFactor = new double[0];
    private double[] woundKeep = new double[0];
    private MeanFieldHook treatment;

    // ---- the step being recorded
    private int accDays;
    private double accBase;
    private double accWeight;
    private double accMel;
    private double accFib;
    private double accHealthy;
    private double accSenescent;
    private double accStem;
    private double accClearanceMultiplier;
    private double accExtraRemoval;
    private double accBloodFactor;
    private double accWoundKeep;

    // ---- per person: senescent fibroblasts per voxel column (summed over the depth layers)
    private double[] senescent;

    /**
     * @param tissue  the tissue parameters of the mean field (the patch's registry ids)
     * @param person  exposures of the skin (UV, smoking, ...), as for {@link MeanFieldSkin}
     * @param lattice the patch geometry of the mean field (its depth layers)
     * @param model   the organism model of the cohort (its reference person drives the reference run)
     * @param blood   the organism's blood SASP in the patch's units, as for {@link MeanFieldSkin}
     */
    public ReducedMeanFieldSkin(ParameterSet tissue, Person person, Lattice lattice, OrganismModel model,
                                MeanFieldSkin.BloodSasp blood) {
        this.tissue = Objects.requireNonNull(tissue, "tissue");
        this.person = Objects.requireNonNull(person, "person");
        this.lattice = Objects.requireNonNull(lattice, "lattice");
        this.model = Objects.requireNonNull(model, "model");
        this.organism = model.parameters();
        this.blood = Objects.requireNonNull(blood, "blood");
        this.own = new Own(new FibroblastRules(tissue), blood);
    }

    /**
     * What a person's map takes from that person's own parameters: Karin's clearance, senescent
     * apoptosis, the paracrine hazard's strength and half-saturation, the reference fraction, and the
     * blood SASP conversion. A cohort's people share them; a trial person brings their own
     * ({@link #person}).
     */
    private static final class Own {
        final FibroblastRules rules;
        final MeanFieldSkin.BloodSasp blood;
        final double clearanceKappa;
        final double apoptosisSenescent;
        final double paracrine;
        final double paracrineHalf;
        final double perReferenceFraction;

        Own(FibroblastRules rules, MeanFieldSkin.BloodSasp blood) {
            this.rules = rules;
            this.blood = Objects.requireNonNull(blood, "blood");
            this.clearanceKappa = rules.clearanceKappa();
            this.apoptosisSenescent = rules.apoptosisSenescent();
            this.paracrine = rules.senescenceParacrine();
            this.paracrineHalf = rules.paracrineHalf();
            this.perReferenceFraction = 1.0 / rules.referenceFraction();
        }
    }

    /**
     * Treats the cohort's skin: the reference run carries the arm's mean-field applier (wounds,
     * drugs, cells, light, exposure changes, as {@code intervention.MeanFieldSchedule} applies them),
     * so the tables hold the treated skin's induction, SASP and stem-cell removal, and each person's
     * senescent cells take the step's clearance multiplier, extra removal hazard (drug kill and
     * reprogramming), blood-SASP factor and the share a wound kills. Everyone of the cohort gets the
     * arm at the same days from enrolment. Call before {@link #start}; null for none.
     */
    public void treat(MeanFieldHook hook) {
        this.treatment = hook;
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
        this.stepDays = stepDays;
        reference = new MeanFieldSkin(tissue, person, lattice, organism, blood);
        reference.setHook(treatment);
        reference.observe(this::dayDone);
        referencePerson = model.startReference(startAgeYears, stepDays, reference);
        startCells = 0;
        startSenescent = 0;
        for (int z = 0; z < lattice.nz(); z++) {
            startCells += reference.occupancy(z);
            startSenescent += reference.senescentOccupancy(z);
        }
        senescent = new double[people];
        Arrays.fill(senescent, startSenescent);
        rows = 0;
        ensureCapacity(64);
        return organism.skinBurdenFromFraction(startSenescent / startCells);
    }

    @Override
    public void prepare(long endStep) {
        requireStarted();
        if (endStep > Integer.MAX_VALUE - 8) {
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
        double next = next(own, senescent[i], k, ageYears, bloodSasp, immuneCapacity, senolyticPerDay);
        if (days[k] != 0) {
            senescent[i] = next;
        }
        return organism.skinBurdenFromFraction(next * inverseCells[k]);
    }

    /**
     * One organism step of one person's senescent cells {@code s} (per voxel column) over table row
     * {@code k}, with the person's own constants: the map of the class comment. Returns the senescent
     * cells at the end of the step (when the step holds no day, {@code s} after the wounds' share).
     */
    private double next(Own o, double senescentStart, int k, double ageYears, double bloodSasp, double immuneCapacity,
                        double senolyticPerDay) {
        int n = days[k];
        double perCell = inverseCells[k];
        double s = senescentStart * woundKeep[k];
        if (n == 0) {
            return s;
        }
        double bloodHere = o.blood.patchUnits(bloodSasp, ageYears) * bloodFactor[k];
        // clearance at the start of the step and its elasticity ε = −S·∂r/∂S = c_r·X/(κ + X)
        double burden = s * perCell * o.perReferenceFraction;
        double clearance = o.rules.clearanceHazard(immuneCapacity, burden) * clearanceMultiplier[k];
        double elasticity = clearance * burden / (o.clearanceKappa + burden);
        double keep = 1.0 + PortableExp.expm1Neg(clearance + o.apoptosisSenescent + senolyticPerDay + extraRemoval[k]);
        // the day's induction with the person's paracrine term and healthy cells
        double c = saspMelanocyte[k] + saspFibroblast[k] * s * inverseSenescentReference[k] + bloodHere;
        double healthyShare = Math.max(0.0, (occupancyReference[k] - s) * inverseHealthyReference[k]);
        double induction = (inductionBase[k] + o.paracrine * c / (o.paracrineHalf + c) * inductionWeight[k]) * healthyShare;
        // n days of the linearised map S ← a·S + b in closed form
        double v = stemKeep[k];
        double a = keep * (1.0 + elasticity) * v;
        double b = (induction - keep * elasticity * s) * v;
        double aSteps = power(a, n);
        double geometric = a != 1.0 ? (1.0 - aSteps) / (1.0 - a) : n;
        return Math.max(0.0, aSteps * s + b * geometric);
    }

    /**
     * Turns {@code units} of skin burden into senescent cells at once, taken from the healthy ones
     * (as {@link MeanFieldSkin#addBurden}, with the healthy cells the reference's occupancy less the
     * person's senescent cells after {@code stepsDone} steps).
     */
    @Override
    public void addBurden(int i, long stepsDone, double units) {
        double fraction = organism.skinFractionFromBurden(units);
        double allCells = stepsDone <= 0 ? startCells : cells[(int) stepsDone - 1];
        double healthyCells = Math.max(0.0, allCells - senescent[i]);
        double moved = fraction * allCells;
        if (healthyCells <= 0 || moved <= 0) {
            return;
        }
        senescent[i] += Math.min(moved, healthyCells);
    }

    @Override
    public void kill(int i, double fraction) {
        senescent[i] *= 1.0 - Math.max(0.0, Math.min(1.0, fraction));
    }

    // ------------------------------------------------------------------ observables

    /** Senescent fraction of the dermal fibroblasts of person {@code i} after {@code stepsDone} steps. */
    public double senescentFraction(int i, long stepsDone) {
        return senescent[i] / (stepsDone <= 0 ? startCells : cells[(int) stepsDone - 1]);
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

    // ------------------------------------------------------------------ one person

    /**
     * The same arithmetic for one person as a {@link SkinSource} (with its own reference run), for
     * {@code OrganismModel.start(seed, entity, age, dtDays, source)}: person {@code i} of a cohort
     * with this skin follows the single person {@code i} with this source bit for bit. This
     * instance then serves that one person; steps must be {@code dtDays} long.
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
            stepsDone = 0;
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

    // ------------------------------------------------------------------ a trial person on shared tables

    /**
     * One person's skin on this instance's tables, for trials (docs/trials.md, "reduced-skin"): the
     * tables come from this instance's reference run (a stratum's representative person, enrolment
     * age and treatments), the person's map takes that person's own registry values (Karin's
     * clearance, senescent apoptosis, the paracrine hazard, the reference fraction: {@code tissue}),
     * organism unit conversion ({@code organism}) and blood-SASP conversion ({@code blood}), and keeps
     * its own senescent cells. Many sources may share one instance, from any thread, once it has
     * been {@linkplain #start started} and {@linkplain #prepare prepared} (from one thread) for every
     * step they will take; a step beyond the prepared tables is refused. Steps must be the
     * instance's {@code dtDays} long, counted from its start.
     */
    public SkinSource person(ParameterSet tissue, OrganismParameters organism, MeanFieldSkin.BloodSasp blood) {
        requireStarted();
        return new PersonSkin(this, new Own(new FibroblastRules(tissue), blood), organism);
    }

    /** Steps the tables hold ({@link #prepare}d so far). */
    public int preparedSteps() {
        return rows;
    }

    private static final class PersonSkin implements SkinSource {
        private final ReducedMeanFieldSkin skin;
        private final Own own;
        private final OrganismParameters organism;
        private double senescent;
        private long stepsDone;

        PersonSkin(ReducedMeanFieldSkin skin, Own own, OrganismParameters organism) {
            this.skin = skin;
            this.own = own;
            this.organism = organism;
        }

        @Override
        public double start(double startAgeYears, double suggested) {
            stepsDone = 0;
            senescent = skin.startSenescent;
            return organism.skinBurdenFromFraction(senescent / skin.startCells);
        }

        @Override
        public double advance(SkinStep step) {
            if (step.dtDays() != skin.stepDays) {
                throw new IllegalArgumentException("these tables step " + skin.stepDays + " days, got " + step.dtDays());
            }
            if (step.step() >= skin.rows) {
                throw new IllegalStateException("step " + step.step() + " beyond the " + skin.rows + " prepared steps");
            }
            int k = (int) step.step();
            double next = skin.next(own, senescent, k, step.ageYears(), step.bloodSasp(), step.immuneCapacity(),
                    step.senolyticPerDay());
            if (skin.days[k] != 0) {
                senescent = next;
            }
            stepsDone = k + 1;
            return organism.skinBurdenFromFraction(next * skin.inverseCells[k]);
        }

        @Override
        public void addBurden(double units) {
            double fraction = organism.skinFractionFromBurden(units);
            double allCells = stepsDone <= 0 ? skin.startCells : skin.cells[(int) stepsDone - 1];
            double healthyCells = Math.max(0.0, allCells - senescent);
            double moved = fraction * allCells;
            if (healthyCells > 0 && moved > 0) {
                senescent += Math.min(moved, healthyCells);
            }
        }

        @Override
        public void kill(double fraction) {
            senescent *= 1.0 - Math.max(0.0, Math.min(1.0, fraction));
        }
    }

    // ------------------------------------------------------------------ tables

    private void requireStarted() {
        if (reference == null) {
            throw new IllegalStateException("start the reduced skin first");
        }
    }

    /** One day of the reference run: adds its per-layer record to the step being recorded. */
    private void dayDone(MeanFieldSkin mf) {
        for (int z = 0; z < mf.layers(); z++) {
            double w = mf.dayInductionWeight[z];
            accBase += mf.dayInductionBase[z];
            accWeight += w;
            accMel += w * mf.daySaspMelanocyte[z];
            accFib += w * (mf.daySaspLocal[z] - mf.daySaspMelanocyte[z]);
            accHealthy += mf.dayHealthy[z];
            accSenescent += mf.daySenescent[z];
            accStem += mf.daySenescent[z] * mf.dayStemRemoval[z];
        }
        accClearanceMultiplier += mf.modifiers.clearanceMultiplier;
        accExtraRemoval += mf.modifiers.senescentKillHazard + mf.modifiers.reprogramHazard;
        accBloodFactor += mf.modifiers.bloodSaspFactor;
        accWoundKeep *= mf.wounds.takeSenescentKeep();
        accDays++;
    }

    /** Steps the reference person one organism step and stores the step's averages. */
    private void buildRow() {
        ensureCapacity(rows + 1);
        accDays = 0;
        accBase = 0;
        accWeight = 0;
        accMel = 0;
        accFib = 0;
        accHealthy = 0;
        accSenescent = 0;
        accStem = 0;
        accClearanceMultiplier = 0;
        accExtraRemoval = 0;
        accBloodFactor = 0;
        accWoundKeep = 1.0;
        referencePerson.step();
        int k = rows;
        days[k] = accDays;
        woundKeep[k] = accWoundKeep;
        if (accDays == 0) {
            // a step shorter than a day that ends before the next day: nothing changes
            double all = k == 0 ? startCells : cells[k - 1];
            cells[k] = all;
            inverseCells[k] = 1.0 / all;
            stemKeep[k] = 1.0;
            clearanceMultiplier[k] = 1.0;
            extraRemoval[k] = 0.0;
            bloodFactor[k] = 1.0;
            rows++;
            return;
        }
        double perDay = 1.0 / accDays;
        double healthy = accHealthy * perDay;
        double senescentRef = accSenescent * perDay;
        inductionBase[k] = accBase * perDay;
        inductionWeight[k] = accWeight * perDay;
        saspMelanocyte[k] = accWeight > 0 ? accMel / accWeight : 0.0;
        saspFibroblast[k] = accWeight > 0 ? accFib / accWeight : 0.0;
        occupancyReference[k] = healthy + senescentRef;
        inverseHealthyReference[k] = healthy > 0 ? 1.0 / healthy : 0.0;
        inverseSenescentReference[k] = senescentRef > 0 ? 1.0 / senescentRef : 0.0;
        stemKeep[k] = accSenescent > 0 ? 1.0 - accStem / accSenescent : 1.0;
        clearanceMultiplier[k] = accClearanceMultiplier / accDays;
        extraRemoval[k] = accExtraRemoval / accDays;
        bloodFactor[k] = accBloodFactor / accDays;
        cells[k] = healthy + senescentRef;
        inverseCells[k] = 1.0 / cells[k];
        rows++;
    }

    private void ensureCapacity(int needed) {
        if (days.length >= needed) {
            return;
        }
        int capacity = Math.max(needed, 2 * days.length);
        days = Arrays.copyOf(days, capacity);
        cells = Arrays.copyOf(cells, capacity);
        inverseCells = Arrays.copyOf(inverseCells, capacity);
        inductionBase = Arrays.copyOf(inductionBase, capacity);
        inductionWeight = Arrays.copyOf(inductionWeight, capacity);
        saspMelanocyte = Arrays.copyOf(saspMelanocyte, capacity);
        saspFibroblast = Arrays.copyOf(saspFibroblast, capacity);
        occupancyReference = Arrays.copyOf(occupancyReference, capacity);
        inverseHealthyReference = Arrays.copyOf(inverseHealthyReference, capacity);
        inverseSenescentReference = Arrays.copyOf(inverseSenescentReference, capacity);
        stemKeep = Arrays.copyOf(stemKeep, capacity);
        clearanceMultiplier = Arrays.copyOf(clearanceMultiplier, capacity);
        extraRemoval = Arrays.copyOf(extraRemoval, capacity);
        bloodFactor = Arrays.copyOf(bloodFactor, capacity);
        woundKeep = Arrays.copyOf(woundKeep, capacity);
    }
}
