package org.senesim.coupling;

import org.senesim.parallel.Workers;
import org.senesim.systemic.OrganismParameters;
import org.senesim.systemic.SkinSource;
import org.senesim.systemic.SkinStep;
import org.senesim.tissue.DailyHook;
import org.senesim.tissue.TissuePatch;

import java.util.List;

/**
 * The live tissue patch as the organism's skin. Each organism day it hands the patch the blood
 * SASP and immune capacity, runs the day's hooks (protocols, experiments), steps the patch and
 * returns the patch's senescent burden in organism units.
 *
 * <p>Blood SASP conversion: the organism measures blood SASP in burden units, the patch in
 * secreting-cell equivalents per voxel. The patch's registry background
 * ({@code field.sasp.blood_background}) is the young-adult level, so the patch sees
 * {@code background × S / S_ref}, with {@code S_ref} the organism's quasi-stationary blood SASP at
 * its reference age. No new number is needed.
 */
public final class PatchSkin implements SkinSource {

    private final TissuePatch patch;
    private final Workers workers;
    private final List<DailyHook> hooks;
    private final OrganismParameters organism;
    private final double backgroundPerUnit;

    /**
     * @param referenceBloodSasp the organism's blood SASP at its reference age (burden units)
     * @param youngBackground    the patch's blood SASP background at that age (cell-eq/voxel)
     */
    public PatchSkin(TissuePatch patch, Workers workers, List<DailyHook> hooks, OrganismParameters organism,
                     double referenceBloodSasp, double youngBackground) {
        if (!(referenceBloodSasp > 0)) {
            throw new IllegalArgumentException("reference blood SASP must be positive, got " + referenceBloodSasp);
        }
        this.patch = patch;
        this.workers = workers;
        this.hooks = List.copyOf(hooks);
        this.organism = organism;
        this.backgroundPerUnit = youngBackground / referenceBloodSasp;
    }

    private double burden() {
        int cells = patch.dermis().fibroblastCount();
        double fraction = cells == 0 ? 0.0 : patch.dermis().senescentCount() / (double) cells;
        return organism.skinBurdenFromFraction(fraction);
    }

    @Override
    public double start(double startAgeYears, double suggested) {
        return burden();
    }

    @Override
    public double advance(SkinStep step) {
        if (step.dtDays() != 1.0) {
            throw new IllegalStateException("the tissue patch steps one day at a time, not " + step.dtDays());
        }
        patch.setBloodSasp(backgroundPerUnit * step.bloodSasp());
        patch.setImmuneCapacity(step.immuneCapacity());
        for (DailyHook hook : hooks) {
            hook.beforeDay(patch, patch.day());
        }
        patch.step(workers);
        return burden();
    }

    @Override
    public void addBurden(double units) {
        double fraction = organism.skinFractionFromBurden(units);
        int cells = (int) Math.round(fraction * patch.dermis().fibroblastCount());
        patch.injectSenescent(cells, patch.day());
    }

    @Override
    public void kill(double fraction) {
        patch.killSenescent(fraction, patch.day());
    }
}
