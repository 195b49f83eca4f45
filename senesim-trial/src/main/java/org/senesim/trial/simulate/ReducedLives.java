package org.senesim.trial.simulate;

import java.util.EnumSet;
import java.util.concurrent.ConcurrentHashMap;
import org.senesim.coupling.OrganismInputs;
import org.senesim.engine.TissueSimulation;
import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.CohortApplier;
import org.senesim.intervention.MeanFieldSchedule;
import org.senesim.intervention.OrganApplier;
import org.senesim.intervention.SystemicDay;
import org.senesim.intervention.Timeline;
import org.senesim.intervention.TreatmentEvent;
import org.senesim.meanfield.MeanFieldSkin;
import org.senesim.meanfield.ReducedMeanFieldSkin;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Diet;
import org.senesim.scenario.Person;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioException;
import org.senesim.scenario.ScenarioLoader;
import org.senesim.scenario.Sex;
import org.senesim.scenario.Species;
import org.senesim.systemic.Organ;
import org.senesim.systemic.OrganismModel;
import org.senesim.systemic.OrganismSimulation;
import org.senesim.systemic.SkinSource;
import org.senesim.trial.design.Trial;
import org.senesim.trial.population.Participant;

/**
 * Lives of a trial on the reduced skin ({@code fidelity: reduced-skin}, docs/trials.md).
 *
 * <p><b>The approximation.</b> {@link ReducedMeanFieldSkin} splits the mean-field skin into a slow
 * part (induction without the paracrine term, local SASP, healthy cells, stem-cell removal, and a
 * treatment's clearance, kill, blood-SASP and wound factors) tabulated along one noise-free
 * reference run, and a fast part — one number per person, the senescent fibroblasts — stepped with
 * the person's own blood SASP, immune capacity and drug. A cohort shares the slow part exactly;
 * trial people differ in what drives it. Here people share it per <em>stratum</em>: the arm (its
 * treatments as a timeline from enrolment), sex, Fitzpatrick type and diet exactly, and enrolment
 * age, latitude, outdoor hours, smoking and alcohol in bins ({@code *_BIN}); the stratum's reference
 * person has the bin centres and the trial's registry values. Everything else stays the person's:
 * their organism model (own parameters, exposures, sex, enrolment age), its noise, death and
 * extrinsic death (the run seed of the mean-field fidelity, keyed by trial seed and person, so the
 * same person lives the same noise in every arm and on the mean field), their skin map's registry
 * values (Karin's clearance, apoptosis, the paracrine hazard) and blood-SASP conversion, and what
 * an arm does to their other organs (oral senolytic shares, lifestyle changes). Dropped, besides
 * what the cohort reduction drops: the difference between a person's exposures, enrolment age and
 * varied skin parameters and their stratum's in the slow part. Measured against the full mean field
 * person by person in {@code ReducedSkinTrialTest}.
 *
 * <p>The strata are built once per trial run, on first use, from the stratum's key alone (never from
 * who happens to meet it first), so the records are the same for any thread count or batch order.
 * Their number is bounded by the covariates' ranges, not by the number of people.
 */
public final class ReducedLives {

    /** Bin widths of the covariates that drive the shared skin run (numerical choices, not biology: how finely people share). */
    static final double AGE_BIN_YEARS = 0.5;
    static final double LATITUDE_BIN_DEGREES = 1.0;
    static final double OUTDOOR_BIN_HOURS = 0.1;
    static final double SMOKING_BIN_PACKS = 0.1;
    static final double ALCOHOL_BIN_DRINKS = 1.0;
    /** Organs an arm's systemic side reaches here: all but the skin, whose share is in its stratum's tables. */
    static final Organ[] DISTANT = {Organ.LIVER, Organ.MUSCLE, Organ.BRAIN, Organ.REST};

    /** What a stratum shares. */
    record Key(int arm, Sex sex, int fitzpatrick, Diet diet, long age, long latitude, long outdoor, long smoking,
               long alcohol) {
    }

    /**
     * A stratum's prepared skin tables, its arm's timeline from enrolment, and — when the timeline
     * changes no exposure — the distant organs' senolytic kill per step with the trial's registry
     * values ({@code survive[k][o]}: the share of organ {@code DISTANT[o]} that survives step
     * {@code k}'s doses; null on steps without one), which every person whose parameters are the
     * trial's takes as it is: the same products, in the same day order, as their own applier.
     */
    record Stratum(ReducedMeanFieldSkin skin, Timeline timeline, double[][] survive) {
    }

    /** A person's organism start, shared by their arms (units come in person and arm order). */
    record Started(long id, OrganismModel model, OrganismModel.StartingState state, MeanFieldSkin.BloodSasp blood) {
    }

    final Trial trial;
    final ParameterSet base;
    private final long trialSeed;
    final double dtDays;
    private final ConcurrentHashMap<Key, Stratum> strata = new ConcurrentHashMap<>();
    private final ThreadLocal<Started> lastStarted = new ThreadLocal<>();
    /** Whether people with the trial's registry values take their stratum's organ doses (false: each their own applier, for the test that they agree bit for bit). */
    boolean shareOrganDoses = true;
    /** Whether units go side by side in flat blocks ({@link ReducedBlock}; false: one after another, for the test that both agree bit for bit). */
    boolean flat = true;
    final ReducedBlock block;

    /** @param base registry values after the trial's evidence cut (the strata's reference people's) */
    ReducedLives(Trial trial, ParameterSet base) {
        this.trial = trial;
        this.base = base;
        this.trialSeed = trial.population().seed();
        this.dtDays = Math.rint(trial.stepDays());
        this.block = new ReducedBlock(this);
    }

    /** Strata built so far. */
    int strata() {
        return strata.size();
    }

    static Key key(int arm, Participant p) {
        return new Key(arm, p.sex(), p.fitzpatrick(), p.diet(), bin(p.ageYears(), AGE_BIN_YEARS),
                bin(p.latitudeDegrees(), LATITUDE_BIN_DEGREES), bin(p.outdoorHoursPerDay(), OUTDOOR_BIN_HOURS),
                bin(p.smokingPacksPerDay(), SMOKING_BIN_PACKS), bin(p.alcoholDrinksPerWeek(), ALCOHOL_BIN_DRINKS));
    }

    private static long bin(double x, double width) {
        return Math.round(x / width);
    }

    /** The stratum's reference person: the bin centres, no parameter draws. */
    static Participant representative(Key k) {
        return new Participant(-1, k.sex(), k.age() * AGE_BIN_YEARS, k.fitzpatrick(), k.latitude() * LATITUDE_BIN_DEGREES,
                k.outdoor() * OUTDOOR_BIN_HOURS, k.smoking() * SMOKING_BIN_PACKS, k.alcohol() * ALCOHOL_BIN_DRINKS, k.diet(),
                new double[0]);
    }

    /**
     * Checks each arm as its people will take it on the reduced skin: as a protocol (the scenario
     * loader's checks) and as what a person's organism can take besides the treated skin (oral
     * senolytics and lifestyle changes; the cohort applier's refusal). Returns the first bad arm's
     * index and message, or null.
     */
    public static String[] check(Trial trial, Participant probe, double years) {
        String[] bad = SkinLives.check(trial, probe, years);
        if (bad != null) {
            return bad;
        }
        ParameterSet p = org.senesim.evidence.ParameterRegistry.builtIn().defaults();
        for (int a = 0; a < trial.arms().size(); a++) {
            org.senesim.trial.design.Arm arm = trial.arms().get(a);
            try {
                Scenario s = ScenarioLoader.parse(SkinLives.scenario(trial, probe, arm.steps(), arm.name(), 1, years),
                        "trial arm " + arm.name());
                new CohortApplier(Timeline.of(s.protocol().arms().get(0), p), p, s.person(), Math.rint(trial.stepDays()), true);
            } catch (ScenarioException | IllegalArgumentException e) {
                return new String[] {Integer.toString(a), e.getMessage()};
            }
        }
        return null;
    }

    /** Whether the stratum of this key has been built. */
    boolean built(Key k) {
        return strata.containsKey(k);
    }

    Stratum stratum(Key k) {
        return strata.computeIfAbsent(k, this::build);
    }

    /** The stratum's reference run, prepared for the longest follow-up of anyone in its age bin. */
    private Stratum build(Key k) {
        Participant rep = representative(k);
        double age = rep.ageYears();
        double years = Math.max(trial.design().followUpYears(Math.max(0.0, age - AGE_BIN_YEARS)), 1.0 / 365.25);
        org.senesim.trial.design.Arm arm = trial.arms().get(k.arm());
        Scenario s = ScenarioLoader.parse(SkinLives.scenario(trial, rep, arm.steps(), arm.name(), 1, years),
                trial.file() + " (reduced skin, arm " + arm.name() + ")");
        Arm protocolArm = s.protocol().arms().get(0);
        Timeline timeline = Timeline.of(protocolArm, base);
        Person who = s.person();
        OrganismModel model = OrganismModel.builder(base).species(Species.HUMAN).sex(who.sex())
                .exposures(OrganismInputs.exposures(who)).build();
        ReducedMeanFieldSkin skin = new ReducedMeanFieldSkin(base, who, TissueSimulation.latticeOf(s.tissue()), model,
                MeanFieldSkin.BloodSasp.asPatchSkin(base, model, 0));
        if (!protocolArm.isEmpty()) {
            skin.treat(new MeanFieldSchedule(protocolArm, timeline, base, who));
        }
        skin.start(1, age, dtDays);
        int steps = (int) Math.ceil(years * 365.25 / dtDays) + 2;
        skin.prepare(steps);
        double[][] survive = null;
        if (!timeline.isEmpty() && timeline.events().stream().noneMatch(e -> e instanceof TreatmentEvent.ExposureChange)) {
            OrganApplier organs = new OrganApplier(timeline, base, who);
            survive = new double[steps][];
            for (int step = 0; step < steps; step++) {
                survive[step] = survival(organs, step);
            }
        }
        return new Stratum(skin, timeline, survive);
    }

    /** Step {@code k}'s surviving shares of the distant organs (null: no dose), without lifestyle changes. */
    private double[] survival(OrganApplier organs, long k) {
        long stepDays = Math.round(dtDays);
        double[] survive = {1.0, 1.0, 1.0, 1.0};
        boolean any = false;
        for (long day = k * stepDays; day < (k + 1) * stepDays; day++) {
            SystemicDay today = organs.on(day);
            for (int o = 0; o < DISTANT.length; o++) {
                survive[o] *= 1.0 - today.senolyticKillFraction(DISTANT[o]);
                any |= survive[o] < 1.0;
            }
        }
        return any ? survive : null;
    }

    private static void dose(OrganismSimulation sim, double[] survive) {
        for (int o = 0; o < DISTANT.length; o++) {
            if (survive[o] < 1.0) {
                sim.applySenolytic(EnumSet.of(DISTANT[o]), 1.0 - survive[o]);
            }
        }
    }

    /** The person's model, starting state and blood-SASP conversion, made once per person and thread. */
    Started started(Participant p, ParameterSet parameters) {
        Started s = lastStarted.get();
        if (s == null || s.id() != p.id()) {
            OrganismModel model = PersonSimulator.model(p, parameters);
            long runSeed = SkinLives.seed(trialSeed, p.id());
            s = new Started(p.id(), model, model.startingState(runSeed, 0, p.ageYears()),
                    MeanFieldSkin.BloodSasp.asPatchSkin(parameters, model, runSeed));
            lastStarted.set(s);
        }
        return s;
    }

    /** Follows units {@code [from, to)} side by side where they can ({@link ReducedBlock}), records to {@code out} at the same indices. */
    void simulate(java.util.List<Unit> units, int from, int to, ParameterSet[] parameters, double[] loss, UnitRecord[] out) {
        block.simulate(units, from, to, parameters, loss, out);
    }

    /** Follows one unit: the person's organism with their skin on their stratum's tables. */
    UnitRecord simulate(Unit u, ParameterSet parameters, double loss) {
        Participant p = u.person();
        Stratum st = stratum(key(u.arm(), p));
        Started s = started(p, parameters);
        SkinSource skin = st.skin().person(parameters, s.model().parameters(), s.blood());
        OrganismSimulation sim = s.model().start(s.state(), dtDays, skin);
        if (st.timeline().isEmpty()) {
            return PersonSimulator.follow(trial, u, sim, loss, (x, elapsed) -> { });
        }
        if (st.survive() != null && parameters == base && shareOrganDoses) {
            // the trial's registry values: the stratum's doses are this person's
            double[][] survive = st.survive();
            return PersonSimulator.follow(trial, u, sim, loss, (x, elapsed) -> {
                double[] today = survive[(int) x.stepIndex()];
                if (today != null) {
                    dose(x, today);
                }
            });
        }
        OrganApplier organs = new OrganApplier(st.timeline(), parameters, PersonSimulator.person(p));
        long stepDays = Math.round(dtDays);
        return PersonSimulator.follow(trial, u, sim, loss, (x, elapsed) -> {
            // the arm's systemic side over the step's days, before the step (as the cohort applier)
            long first = x.stepIndex() * stepDays;
            double[] survive = {1.0, 1.0, 1.0, 1.0};
            for (long day = first; day < first + stepDays; day++) {
                SystemicDay today = organs.on(day);
                for (int o = 0; o < DISTANT.length; o++) {
                    survive[o] *= 1.0 - today.senolyticKillFraction(DISTANT[o]);
                }
                if (today.lifestyle() != null) {
                    x.setExposures(OrganismInputs.exposures(today.lifestyle()));
                }
            }
            dose(x, survive);
        });
    }
}
