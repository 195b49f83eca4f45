package org.senesim.systemic;

import org.senesim.random.CounterRandom;
import org.senesim.random.RandomStreams;
import org.senesim.systemic.sde.ExponentialEuler;
import org.senesim.systemic.sde.ZigguratNormal;

/**
 * The default {@link SkinSource}: the skin as one SDE compartment of the organism model, with the
 * same equation, the same random numbers (the shared and the skin's own Wiener increments of the
 * organism's noise stream) and the same predictor–corrector step as the built-in skin. The one
 * difference is the coupling: like any source, it sees blood SASP and immune capacity at the
 * start of each step, where the built-in skin re-evaluates them at the midpoint of the step, so
 * the two agree to the order of the step. It is both the reference for other sources and a worked
 * example of the interface.
 */
public final class CompartmentSkin implements SkinSource {

    private static final int SKIN = Organ.SKIN.ordinal();

    private final OrganismParameters p;
    private double burden;

    public CompartmentSkin(OrganismParameters parameters) {
        this.p = parameters;
    }

    @Override
    public double start(double startAgeYears, double suggested) {
        burden = suggested;
        return burden;
    }

    @Override
    public double advance(SkinStep s) {
        double scale = p.productionScale(s.exposures())[SKIN];
        // the person's production: their biological age (offset) times their production factor
        double etaAge = p.eta * OrganismEquations.productionAge(s.ageYears(), p.ageOffset(s.seed(), s.entity()))
                * s.productionFactor();
        double prod = OrganismEquations.production(etaAge, scale, p.alpha[SKIN], p.couplingNorm[SKIN], s.bloodSasp());
        double immune = s.immuneCapacity();
        double c = (p.stemClearance == 0.0 ? 0.0 : p.stemClearance * s.stemCellReserve()) + s.senolyticPerDay();
        long key = CounterRandom.key(s.seed(), RandomStreams.ORGANISM_NOISE, s.step());
        // the person's loadings, as the organism's own organs have them (OrganismEquations.diffusion)
        double factor = p.noiseFactor(s.seed(), s.entity());
        double noise = 0.0;
        noise += p.noiseShared[SKIN] * factor * ZigguratNormal.sample(key, s.entity(), 0);
        noise += p.noiseOwn[SKIN] * factor * ZigguratNormal.sample(key, s.entity(), 1 + SKIN);
        // predictor-corrector (exponential midpoint) with blood SASP, immune capacity and
        // production held at their start-of-step values
        // removal saturates on the organ's burden and the whole-body burden (organism.clearance.systemic_share)
        double whole = s.wholeBodyBurden();
        double lambda = p.systemicSaturation;
        double f = OrganismEquations.organForcing(prod, immune, p.beta, p.kappa, lambda, burden, whole);
        double k = OrganismEquations.organRate(immune, p.beta, p.kappa, lambda, burden, whole, c);
        double predicted = Math.abs(ExponentialEuler.advance(burden, f, k, s.dtDays(), noise));
        double mid = 0.5 * (burden + predicted);
        f = OrganismEquations.organForcing(prod, immune, p.beta, p.kappa, lambda, mid, whole);
        k = OrganismEquations.organRate(immune, p.beta, p.kappa, lambda, mid, whole, c);
        burden = Math.abs(ExponentialEuler.advance(burden, f, k, s.dtDays(), noise));
        return burden;
    }

    @Override
    public void addBurden(double units) {
        burden += units;
    }

    @Override
    public void kill(double fraction) {
        burden *= 1.0 - fraction;
    }

    /** Current burden, organism units. */
    public double burden() {
        return burden;
    }
}
