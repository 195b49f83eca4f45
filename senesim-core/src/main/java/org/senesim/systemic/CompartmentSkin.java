package org.senesim.systemic;

import org.senesim.random.CounterRandom;
import org.senesim.random.RandomStreams;
import org.senesim.systemic.sde.ExponentialEuler;
import org.senesim.systemic.sde.ZigguratNormal;

/**
 * The default {@link SkinSource}: the skin as one SDE compartment of the organism model, with the
 * same equation, the same random numbers (the shared and the skin's own Wiener increments of the
 * organism's noise stream) and the same arithmetic as the built-in skin, so plugging it in changes
 * nothing. It is both the reference for other sources and a worked example of the interface.
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
        double f = OrganismEquations.production(p.eta * s.ageYears(), scale, p.alpha[SKIN], p.couplingNorm[SKIN],
                s.bloodSasp());
        double k = OrganismEquations.removalRate(s.immuneCapacity(), p.beta, p.kappa, burden,
                p.stemClearance == 0.0 ? 0.0 : p.stemClearance * s.stemCellReserve(), s.senolyticPerDay());
        long key = CounterRandom.key(s.seed(), RandomStreams.ORGANISM_NOISE, s.step());
        double noise = 0.0;
        noise += p.noiseShared[SKIN] * ZigguratNormal.sample(key, s.entity(), 0);
        noise += p.noiseOwn[SKIN] * ZigguratNormal.sample(key, s.entity(), 1 + SKIN);
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
