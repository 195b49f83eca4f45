package org.senesim.meanfield;

import org.senesim.epidermis.KeratinocyteRules;
import org.senesim.evidence.ParameterSet;
import org.senesim.tissue.Lattice;

/**
 * The basal epidermis of a {@link MeanFieldSkin}: the expected keratinocyte unit of the lattice's
 * {@code Epidermis}, stepped with the same {@link KeratinocyteRules}: its damage index, the
 * probabilities of its driver-mutation counts, its wound-induced IGF-1 expression and its IGF-1
 * response; lesion counts are those of {@code layerSize} such units.
 *
 * <p>The lattice's units differ only by the fibroblasts beneath them, through the IGF-1 response
 * {@code min(1, supply/threshold)}. The mutation step is linear in the response, so the expected
 * unit needs the expected response; the cap makes that differ from the response of the expected
 * supply (a saturating function of a count: Jensen's gap). The response is therefore the expectation
 * over the supply's distribution: a unit counts the healthy fibroblasts in the papillary voxels of its
 * 3-column (3 × 3 in 3D) neighbourhood, each voxel healthy with its layer's expected occupancy, so the
 * count is a sum of independent Bernoulli draws whose distribution is computed exactly (a
 * Poisson-binomial convolution, at most a few hundred terms on the matrix schedule).
 *
 * <p>Wounds replace a share of the units ({@link #replace}): the expected unit becomes that mixture
 * of fresh and old units, which is exact for the master equation's linear flows.
 */
final class MeanFieldEpidermis {

    private final KeratinocyteRules rules;
    private final int units;
    private final double areaCm2;
    private final int papillaryLayers;
    private final int neighbourhood;
    private final double expectedPapillary;
    private final int classes;

    private double damage;
    private final double[] mutation;
    private double induction;
    private double response;
    private double growthFactorSum;
    private int growthFactorDays;
    private double cumulativeScc;
    private double cumulativeBcc;
    private final double[] countDistribution;
    private final double[] nextDistribution;

    MeanFieldEpidermis(ParameterSet p, Lattice lattice, double[] setPoint) {
        this.rules = new KeratinocyteRules(p);
        this.units = lattice.layerSize();
        this.areaCm2 = lattice.areaCm2();
        this.papillaryLayers = rules.papillaryLayers(lattice.nz(), lattice.voxelUm());
        this.neighbourhood = lattice.threeD() ? 9 : 3;
        double sum = 0;
        for (int z = 0; z < papillaryLayers; z++) {
            sum += setPoint[z];
        }
        this.expectedPapillary = sum;
        this.classes = rules.carcinomaHits + 1;
        this.mutation = new double[classes];
        int trials = neighbourhood * papillaryLayers;
        this.countDistribution = new double[trials + 1];
        this.nextDistribution = new double[trials + 1];
    }

    /** Fresh units (no damage, no mutations, no induction), response from the fibroblasts given. */
    void start(double[] healthyPerVoxel) {
        damage = 0;
        java.util.Arrays.fill(mutation, 0.0);
        mutation[0] = 1.0;
        induction = 0;
        growthFactorSum = 0;
        growthFactorDays = 0;
        cumulativeScc = 0;
        cumulativeBcc = 0;
        refresh(healthyPerVoxel, null);
    }

    /** One day of the expected unit, as {@code Epidermis.step}. */
    void step(double basalUvSed) {
        double d = (damage + rules.damagePerSed * basalUvSed) * rules.repairInverse;
        damage = d;
        double step = rules.mutationStep(d, response);
        int top = rules.carcinomaHits;
        for (int k = top - 1; k >= 0; k--) {
            double flow = step * mutation[k];
            mutation[k] -= flow;
            mutation[k + 1] += flow;
            if (k == top - 1) {
                cumulativeScc += flow;
            }
            if (k == rules.bccHits - 1) {
                cumulativeBcc += flow;
            }
        }
        for (int k = rules.akHits; k < classes; k++) {
            double back = rules.regressionPerDay * mutation[k];
            mutation[k] -= back;
            mutation[rules.akHits - 1] += back;
        }
    }

    /** Adds today's growth factor of the papillary layers (lateral means). */
    void accumulateGrowthFactor(double[] growthFactor) {
        for (int z = 0; z < papillaryLayers; z++) {
            growthFactorSum += growthFactor[z];
        }
        growthFactorDays++;
    }

    /**
     * The wound-induced IGF-1 expression over the interval since the last refresh, then the expected
     * IGF-1 response (see the class comment). {@code scratch} may be null.
     */
    void refresh(double[] healthyPerVoxel, double[] scratch) {
        if (growthFactorDays > 0) {
            double g = growthFactorSum / (growthFactorDays * (double) papillaryLayers);
            induction = rules.induction(induction, g, growthFactorDays);
            growthFactorSum = 0;
            growthFactorDays = 0;
        }
        // Poisson-binomial distribution of the healthy count over the neighbourhood's papillary voxels
        double[] dist = countDistribution;
        java.util.Arrays.fill(dist, 0.0);
        dist[0] = 1.0;
        int n = 0;
        for (int z = 0; z < papillaryLayers; z++) {
            double q = Math.max(0.0, Math.min(1.0, healthyPerVoxel[z]));
            for (int r = 0; r < neighbourhood; r++) {
                double[] next = nextDistribution;
                next[0] = dist[0] * (1 - q);
                for (int k = 1; k <= n + 1; k++) {
                    next[k] = dist[k] * (1 - q) + dist[k - 1] * q;
                }
                n++;
                System.arraycopy(next, 0, dist, 0, n + 1);
            }
        }
        double perCount = (1.0 + rules.inductionGain * induction) / (neighbourhood * expectedPapillary * rules.igf1Threshold);
        double expected = 0;
        for (int k = 0; k <= n; k++) {
            expected += dist[k] * Math.min(1.0, k * perCount);
        }
        response = expected;
    }

    /** Replaces a share of the units with fresh keratinocytes (no damage, no mutations), as a fractional resurfacing does. */
    void replace(double share) {
        double s = Math.max(0.0, Math.min(1.0, share));
        if (s == 0.0) {
            return;
        }
        double keep = 1.0 - s;
        damage *= keep;
        for (int k = 0; k < classes; k++) {
            mutation[k] *= keep;
        }
        mutation[0] += s;
    }

    private double per100Cm2(double lesions) {
        return lesions * 100.0 / areaCm2;
    }

    double actinicKeratosesPer100Cm2() {
        double atLeast = 0;
        for (int k = rules.akHits; k < classes; k++) {
            atLeast += mutation[k];
        }
        return per100Cm2(units * atLeast / rules.lesionUnits);
    }

    double cumulativeSccPer100Cm2() {
        return per100Cm2(units * cumulativeScc * rules.sccConversion);
    }

    double cumulativeCarcinomaPer100Cm2() {
        return cumulativeSccPer100Cm2() + per100Cm2(units * cumulativeBcc * rules.bccConversion);
    }

    double igf1Response() {
        return response;
    }

    double igf1Induction() {
        return induction;
    }

    double thickness(double senescentMelanocytes) {
        return Math.max(0.0, 1.0 - rules.melanocyteThinning * senescentMelanocytes);
    }
}
