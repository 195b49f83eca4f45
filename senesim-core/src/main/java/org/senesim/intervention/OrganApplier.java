package org.senesim.intervention;

import org.senesim.evidence.ParameterSet;
import org.senesim.intervention.TreatmentEvent.CellInjection;
import org.senesim.intervention.TreatmentEvent.ExposureChange;
import org.senesim.intervention.TreatmentEvent.SenolyticDose;
import org.senesim.intervention.TreatmentEvent.SenomorphicCourse;
import org.senesim.intervention.TreatmentEvent.Therapy;
import org.senesim.scenario.Person;
import org.senesim.scenario.Species;
import org.senesim.systemic.Organ;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The organs' applier of a {@link Timeline}: what acts on the rest of the body each day (oral
 * senolytics in each organ they reach, with the organ's own kill fraction ({@link SenolyticReach}),
 * senomorphics in every organ, cryotherapy on blood SASP, intravenous stem cells
 * on the reserve, lifestyle on the exposures). The skin's share is the patch applier's. A pure
 * function of the timeline, the parameters and the person at enrolment.
 */
public final class OrganApplier implements SystemicEffects {

    /** Largest fall of a SASP factor from repeated sessions. */
    private static final double MIN_FACTOR = 0.05;

    /** One contribution to the body, from {@code start} for {@code span} days. */
    private abstract static class Contribution {
        final long start;
        final double span;

        Contribution(long start, double span) {
            this.start = start;
            this.span = span;
        }

        /** Adds this contribution, {@code t} days after its start, to today's totals. */
        abstract void addTo(Day day, double t);
    }

    /** Today's totals. */
    private static final class Day {
        final double[] kill = new double[Organ.COUNT];
        double sasp = 1.0;
        double blood = 1.0;
        double reserve = 0.0;
    }

    private final List<Contribution> contributions = new ArrayList<>();
    private final TreeMap<Long, Person> lifestyle = new TreeMap<>();
    private final double maxSpan;

    /**
     * @param timeline the arm's events
     * @param p        parameter values
     * @param enrolled the person at enrolment, whose exposures lifestyle events change
     */
    public OrganApplier(Timeline timeline, ParameterSet p, Person enrolled) {
        double cryoDays = p.get("intervention.cryotherapy.effect_days");
        Species species = enrolled.species();
        Person current = enrolled;
        for (TreatmentEvent e : timeline.events()) {
            long d = e.day();
            if (e instanceof ExposureChange x) {
                current = x.applyTo(current);
                lifestyle.put(d, current);
            } else if (e instanceof SenolyticDose dose && dose.systemic()) {
                // each organ loses its own share: the drug reaches organs and cell types unequally
                double[] perDay = new double[Organ.COUNT];
                for (Organ o : Organ.values()) {
                    perDay[o.ordinal()] = SenolyticReach.dailyKill(dose.organFraction(p, species, o), dose.days());
                }
                contributions.add(new Contribution(d, dose.days()) {
                    @Override
                    void addTo(Day day, double t) {
                        for (int o = 0; o < Organ.COUNT; o++) {
                            day.kill[o] = 1.0 - (1.0 - day.kill[o]) * (1.0 - perDay[o]);
                        }
                    }
                });
            } else if (e instanceof SenomorphicCourse s && s.systemic()) {
                double factor = s.saspFactor();
                contributions.add(new Contribution(d, s.days()) {
                    @Override
                    void addTo(Day day, double t) {
                        day.sasp *= factor;
                    }
                });
            } else if (e instanceof Therapy th && th.onBlood()) {
                double change = p.get("intervention.cryotherapy.blood_sasp_factor") - 1.0;
                contributions.add(new Contribution(d, 12 * cryoDays) {
                    @Override
                    void addTo(Day day, double t) {
                        day.blood *= Math.max(MIN_FACTOR, 1.0 + change * StrictMath.exp(-t / cryoDays));
                    }
                });
            } else if (e instanceof CellInjection c && c.systemic() && c.cells() == TreatmentEvent.Cells.STEM_CELLS) {
                double gain = p.get("intervention.stem_cells.iv_reserve_gain") * c.course().number("dose") / 100.0;
                contributions.add(new Contribution(d, 1) {
                    @Override
                    void addTo(Day day, double t) {
                        day.reserve += t == 0 ? gain : 0.0;
                    }
                });
            }
        }
        contributions.sort(Comparator.comparingLong(c -> c.start));
        double span = 0;
        for (Contribution c : contributions) {
            span = Math.max(span, c.span);
        }
        this.maxSpan = span;
    }

    @Override
    public SystemicDay on(long day) {
        Day today = new Day();
        for (int i = upperIndex(day) - 1; i >= 0; i--) {
            Contribution c = contributions.get(i);
            double t = day - c.start;
            if (t > maxSpan) {
                break;
            }
            if (t >= c.span) {
                continue;
            }
            c.addTo(today, t);
        }
        Person person = lifestyle.get(day);
        boolean noKill = true;
        for (double k : today.kill) {
            noKill &= k == 0.0;
        }
        if (noKill && today.sasp == 1.0 && today.blood == 1.0 && today.reserve == 0.0 && person == null) {
            return SystemicDay.NEUTRAL;
        }
        return new SystemicDay(today.kill, today.sasp, today.blood, today.reserve, person);
    }

    /** Index of the first contribution starting after {@code day}. */
    private int upperIndex(long day) {
        int lo = 0;
        int hi = contributions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (contributions.get(mid).start <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
