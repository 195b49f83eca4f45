package org.senesim.trial.simulate;

import org.senesim.evidence.ParameterSet;
import org.senesim.observe.SummaryItem;
import org.senesim.observe.TimeSeries;
import org.senesim.random.CounterRandom;
import org.senesim.run.ArmRun;
import org.senesim.run.RunContext;
import org.senesim.run.RunSpec;
import org.senesim.run.Simulator;
import org.senesim.scenario.Arm;
import org.senesim.scenario.Scenario;
import org.senesim.scenario.ScenarioLoader;
import org.senesim.trial.TrialStreams;
import org.senesim.trial.design.Endpoint;
import org.senesim.trial.design.SkinStep;
import org.senesim.trial.design.Trial;
import org.senesim.trial.population.Participant;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lives of a trial on a skin fidelity, through the run layer: each unit is one {@link RunSpec} — the
 * person at enrolment, the trial's skin site (a 2D section 1 mm wide and 1.2 mm deep at 20 µm), the
 * arm's treatments as a protocol timed from enrolment, the follow-up as the duration, the person's
 * parameters — run by the fidelity's {@link Simulator}. The site is the organism's skin in that run.
 *
 * <p>Common random numbers: a person's run seed is keyed by (trial seed, person id), never by the arm
 * or the site, so every arm of a person lives the same organism noise (and, on the lattice, the same
 * cell draws until a treatment makes them differ).
 *
 * <p>AK and carcinoma endpoints read the site's expected lesion counts per 100 cm² of skin like it
 * ({@code actinic_keratoses}, {@code carcinoma_cumulative}). A first AK (first keratinocyte
 * carcinoma) is the first observation at which the expected AK count (expected cumulative carcinoma
 * count) of 100 cm² reaches the person's own threshold {@code −ln U}, {@code U} uniform keyed by
 * (trial seed, person id, endpoint): for carcinomas, whose expected count is cumulative, that is
 * exactly a first event of a Poisson process with that cumulative hazard; for AKs, whose expected
 * count also falls (regression, treatment), it is the first passage of the prevalent count.
 */
public final class SkinLives {

    static final String TISSUE = "{dimension: 2D, size: [1 mm, 1.2 mm], voxel: 20 um}";
    private static final int ENDPOINT_DRAWS = 1000;

    private SkinLives() {
    }

    /**
     * Checks each arm of a skin-fidelity trial the way its people will run it: the arm's treatments
     * as a protocol for a person enrolled at {@code enrolmentAge} and followed {@code years}, read by
     * the scenario loader (settings, routes, intervals, evidence). Returns the first arm's index with
     * the loader's message, or null when every arm loads.
     */
    public static String[] check(Trial trial, Participant probe, double years) {
        for (int a = 0; a < trial.arms().size(); a++) {
            org.senesim.trial.design.Arm arm = trial.arms().get(a);
            try {
                ScenarioLoader.parse(scenario(trial, probe, arm.steps(), arm.name(), 1, years), "trial arm " + arm.name());
            } catch (org.senesim.scenario.ScenarioException e) {
                return new String[] {Integer.toString(a), e.getMessage()};
            }
        }
        return null;
    }

    /** The scenario of one unit's life as YAML (what the run layer runs; also what the loader checks). */
    static String scenario(Trial trial, Participant p, List<SkinStep> steps, String arm, long seed, double years) {
        double enrol = p.ageYears();
        double end = enrol + years;
        StringBuilder y = new StringBuilder();
        y.append("name: ").append(trial.name()).append("-person\n");
        y.append("seed: ").append(seed).append('\n');
        y.append("duration: ").append(num(years * 365.25)).append(" days\n");
        y.append("person: {sex: ").append(p.sex().id()).append(", age: ").append(num(enrol)).append(" years")
                .append(", fitzpatrick: ").append(p.fitzpatrick())
                .append(", latitude: ").append(num(p.latitudeDegrees()))
                .append(", outdoor_hours: ").append(num(p.outdoorHoursPerDay()))
                .append(", smoking: ").append(num(p.smokingPacksPerDay()))
                .append(", alcohol: ").append(num(p.alcoholDrinksPerWeek()))
                .append(", diet: ").append(p.diet().id()).append("}\n");
        y.append("tissue: ").append(TISSUE).append('\n');
        y.append("outputs: {every: ").append(num(trial.stepDays())).append(" days, snapshots: []}\n");
        y.append("protocol:\n  - arm: ").append(arm).append('\n');
        boolean any = false;
        for (SkinStep s : steps) {
            double start = Math.max(enrol, s.startAge(enrol));
            double stop = Math.min(end - 1.0 / 365.25, s.stopAge(enrol));
            if (start >= end - 1.0 / 365.25 || (s.everyYears() > 0 && stop < start)) {
                continue; // no session of this step falls inside this person's follow-up
            }
            if (!any) {
                y.append("    steps:\n");
                any = true;
            }
            y.append("      - ").append(s.kind()).append(": ").append(s.entry()).append('\n');
            y.append("        start: ").append(num(start)).append(" years\n");
            if (s.everyYears() > 0) {
                y.append("        interval: ").append(num(s.everyYears() * 365.25)).append(" days\n");
                y.append("        until: ").append(num(stop)).append(" years\n");
            }
            if (s.route() != null) {
                y.append("        route: ").append(s.route()).append('\n');
            }
            if (!s.settings().isEmpty()) {
                y.append("        settings: {");
                boolean first = true;
                for (Map.Entry<String, String> e : new java.util.TreeMap<>(s.settings()).entrySet()) {
                    y.append(first ? "" : ", ").append(e.getKey()).append(": \"").append(e.getValue()).append('"');
                    first = false;
                }
                y.append("}\n");
            }
        }
        return y.toString();
    }

    private static String num(double x) {
        return String.format(Locale.ROOT, "%.9f", x);
    }

    /** The run seed of a person: the same in every arm and site. */
    static long seed(long trialSeed, long personId) {
        return CounterRandom.bits(CounterRandom.key(trialSeed, TrialStreams.SKIN, 0), personId, 0) & Long.MAX_VALUE;
    }

    /** Runs one unit and reads its endpoints. */
    static UnitRecord simulate(Trial trial, Unit u, ParameterSet parameters, List<SkinStep> steps, double loss,
                               long trialSeed) {
        Participant p = u.person();
        double enrol = p.ageYears();
        double followUp = trial.design().followUpYears(enrol);
        double censor = Math.min(followUp, loss);
        double years = Math.max(censor, 1.0 / 365.25);
        String armName = trial.arms().get(u.arm()).name();
        Scenario scenario = ScenarioLoader.parse(scenario(trial, p, steps, armName, seed(trialSeed, p.id()), years),
                trial.file() + " (person " + p.id() + ", arm " + armName + ")");
        Arm arm = scenario.protocol().arms().get(0);
        RunSpec spec = RunSpec.of(scenario, arm, parameters).withFidelity(trial.fidelity().run()).withoutSnapshots();
        ArmRun run = Simulator.byFidelity().run(spec, RunContext.single());
        return read(trial, u, run, enrol, followUp, censor, loss, trialSeed);
    }

    private static UnitRecord read(Trial trial, Unit u, ArmRun run, double enrol, double followUp, double censor,
                                   double loss, long trialSeed) {
        TimeSeries ts = run.result().series();
        List<Endpoint> endpoints = trial.endpoints();
        int m = endpoints.size();
        double[] times = new double[m];
        boolean[] events = new boolean[m];
        java.util.Arrays.fill(times, Double.NaN);
        boolean[] prevalent = new boolean[m];
        double[] threshold = new double[m];
        for (int e = 0; e < m; e++) {
            Endpoint ep = endpoints.get(e);
            threshold[e] = threshold(ep, trialSeed, u.person().id(), e);
            prevalent[e] = ep.timeToEvent() && crossed(ts, 0, ep, threshold[e]);
        }
        int rows = ts.rows();
        for (int r = 1; r < rows; r++) {
            double elapsed = ts.age(r) - enrol;
            if (elapsed > censor + 1e-9) {
                break;
            }
            for (int e = 0; e < m; e++) {
                Endpoint ep = endpoints.get(e);
                if (ep.kind() == Endpoint.Kind.VALUE_AT_AGE) {
                    if (Double.isNaN(times[e]) && ts.age(r) >= ep.ageYears() - 1e-9 && ep.ageYears() >= enrol) {
                        times[e] = value(ts, r, ep.measure());
                    }
                } else if (ep.kind() != Endpoint.Kind.DEATH && !events[e] && !prevalent[e] && crossed(ts, r, ep, threshold[e])) {
                    events[e] = true;
                    times[e] = elapsed;
                }
            }
        }
        double deathAge = Double.NaN;
        String cause = null;
        double end = Math.min(ts.age(rows - 1) - enrol, censor);
        for (SummaryItem s : run.result().summary()) {
            if (s.id().equals("age_at_death") && !Double.isNaN(s.value()) && s.value() - enrol <= censor + 1e-9) {
                deathAge = s.value();
                String d = s.description();
                cause = d.startsWith("Cause: ") ? d.substring(7, d.length() - (d.endsWith(".") ? 1 : 0)) : d;
                end = deathAge - enrol;
            }
        }
        boolean lost = Double.isNaN(deathAge) && loss < followUp;
        for (int e = 0; e < m; e++) {
            Endpoint ep = endpoints.get(e);
            if (ep.kind() == Endpoint.Kind.DEATH) {
                events[e] = !Double.isNaN(deathAge);
                times[e] = end;
            } else if (ep.timeToEvent() && !events[e] && !prevalent[e]) {
                times[e] = end;
            }
        }
        return new UnitRecord(u, enrol, end, lost, deathAge, cause, times, events);
    }

    /** The person's own threshold of a lesion endpoint ({@code −ln U}); the endpoint's threshold otherwise. */
    private static double threshold(Endpoint ep, long trialSeed, long personId, int e) {
        if (ep.kind() == Endpoint.Kind.FIRST_AK || ep.kind() == Endpoint.Kind.FIRST_KC) {
            long key = CounterRandom.key(trialSeed, TrialStreams.SKIN, 1 + (long) e % ENDPOINT_DRAWS);
            return -StrictMath.log(CounterRandom.uniformPositive(key, personId, 0));
        }
        return ep.threshold();
    }

    private static boolean crossed(TimeSeries ts, int r, Endpoint ep, double threshold) {
        return switch (ep.kind()) {
            case FRAILTY_ABOVE -> column(ts, r, "frailty_index") > threshold;
            case MEMORY_BELOW -> column(ts, r, "memory_score") < threshold;
            case GRIP_BELOW -> column(ts, r, "grip_strength") < threshold;
            case FIRST_AK -> column(ts, r, "actinic_keratoses") >= threshold;
            case FIRST_KC -> column(ts, r, "carcinoma_cumulative") >= threshold;
            default -> false;
        };
    }

    private static double value(TimeSeries ts, int r, Endpoint.Measure measure) {
        return switch (measure) {
            case FRAILTY -> column(ts, r, "frailty_index");
            case MEMORY -> column(ts, r, "memory_score");
            case GRIP -> column(ts, r, "grip_strength");
            case TOTAL_BURDEN -> column(ts, r, "burden_total");
            // the organism model's measure is a fraction; the skin's column is in per cent
            case SKIN_SENESCENT_FRACTION -> column(ts, r, "senescent_fraction") / 100.0;
            case AK_COUNT -> column(ts, r, "actinic_keratoses");
            case KC_COUNT -> column(ts, r, "carcinoma_cumulative");
            case COLLAGEN -> column(ts, r, "collagen");
        };
    }

    private static double column(TimeSeries ts, int r, String id) {
        return ts.value(r, ts.indexOf(id));
    }
}
