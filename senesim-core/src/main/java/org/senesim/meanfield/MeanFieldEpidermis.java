package org.senesim.meanfield;

import org.senesim.epidermis.KeratinocyteRules;
import org.senesim.evidence.ParameterSet;
import org.senesim.lattice.Lattice;

/**
 * The basal epidermis of a {@link MeanFieldSkin}: the keratinocyte units of the lattice's
 * {@code Epidermis} in expectation, stepped with the same {@link KeratinocyteRules}: the damage
 * index, the probabilities of the driver-mutation counts, the wound-induced IGF-1 expression and the
 * IGF-1 response; lesion counts are those of {@code layerSize} units.
 *
 * <p>The lattice's units differ by the fibroblasts beneath them, through the IGF-1 response
 * {@code min(1, supply/threshold)}, and that difference lasts: a unit's neighbourhood keeps its
 * fibroblasts for years, while an AK needs three driver hits, a process far more than linear in the
 * mutation rate. One expected unit with the expected response would therefore miss most AKs (the
 * few units short of IGF-1 make most of them). So the units are followed in classes by their
 * supply: a unit counts the healthy fibroblasts in the papillary voxels of its 3-column (3 × 3 in 3D)
 * neighbourhood, each voxel healthy with its layer's expected occupancy, so the count is a sum of
 * independent Bernoulli draws; its distribution (Poisson-binomial, computed exactly on the matrix
 * schedule) gives the share of units in each class, and each class carries its own
 * mutation master equation with its own response. When the shares change, units move between
 * classes only as much as the change requires, taking their mutations with them (the fewest moves:
 * a unit keeps its neighbourhood unless the tissue changes).
 *
 * <p>Wounds replace a share of the units ({@link #replace}), in every class alike: each class becomes
 * that mixture of fresh and old units, which is exact for the master equation's linear flows.
 */
final class MeanFieldEpidermis {

    private final KeratinocyteRules rules;
    private final int units;
    private final double areaCm2;
    private final int papillaryLayers;
    private final int neighbourhood;
    private final double expectedPapillary;
    private final int classes;
    /** Supply classes: healthy papillary fibroblasts in a unit's neighbourhood, 0 … trials. */
    private final int supplyClasses;

    private double damage;
    /** Share of units in each supply class. */
    private final double[] weight;
    /** Per supply class, the distribution of a unit's driver-mutation count: mutation[k][c]. */
    private final double[][] mutation;
    /** IGF-1 response of a unit of each supply class. */
    private final double[] response;
    private double induction;
    private double growthFactorSum;
    private int growthFactorDays;
    private double cumulativeScc;
    private double cumulativeBcc;
    private final double[] countDistribution;
    private final double[] nextDistribution;
    private final double[] pool;

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
        int trials = neighbourhood * papillaryLayers;
        this.supplyClasses = trials + 1;
        this.weight = new double[supplyClasses];
        this.mutation = new double[supplyClasses][classes];
        this.response = new double[supplyClasses];
        this.countDistribution = new double[supplyClasses];
        this.nextDistribution = new double[supplyClasses];
        this.pool = new double[classes];
    }

    /** Takes over another epidermis's state (same geometry and rules): see {@link MeanFieldSkin#copyStateFrom}. */
    void copyFrom(MeanFieldEpidermis o) {
        damage = o.damage;
        System.arraycopy(o.weight, 0, weight, 0, weight.length);
        for (int k = 0; k < mutation.length; k++) {
            System.arraycopy(o.mutation[k], 0, mutation[k], 0, mutation[k].length);
        }
        System.arraycopy(o.response, 0, response, 0, response.length);
        induction = o.induction;
        growthFactorSum = o.growthFactorSum;
        growthFactorDays = o.growthFactorDays;
        cumulativeScc = o.cumulativeScc;
        cumulativeBcc = o.cumulativeBcc;
        System.arraycopy(o.countDistribution, 0, countDistribution, 0, countDistribution.length);
        System.arraycopy(o.nextDistribution, 0, nextDistribution, 0, nextDistribution.length);
        System.arraycopy(o.pool, 0, pool, 0, pool.length);
    }

    /** Fresh units (no damage, no mutations, no induction), classes from the fibroblasts given. */
    void start(double[] healthyPerVoxel) {
        damage = 0;
        for (double[] m : mutation) {
            java.util.Arrays.fill(m, 0.0);
            m[0] = 1.0;
        }
        java.util.Arrays.fill(weight, 0.0);
        induction = 0;
        growthFactorSum = 0;
        growthFactorDays = 0;
        cumulativeScc = 0;
        cumulativeBcc = 0;
        refresh(healthyPerVoxel, null);
    }

    /** One day of every supply class, as {@code Epidermis.step} for a unit. */
    void step(double basalUvSed) {
        double d = (damage + rules.damagePerSed * basalUvSed) * rules.repairInverse;
        damage = d;
        int top = rules.carcinomaHits;
        for (int j = 0; j < supplyClasses; j++) {
            double w = weight[j];
            if (w <= 0) {
                continue;
            }
            double[] m = mutation[j];
            double step = rules.mutationStep(d, response[j]);
            for (int k = top - 1; k >= 0; k--) {
                double flow = step * m[k];
                m[k] -= flow;
                m[k + 1] += flow;
                if (k == top - 1) {
                    cumulativeScc += w * flow;
                }
                if (k == rules.bccHits - 1) {
                    cumulativeBcc += w * flow;
                }
            }
            for (int k = rules.akHits; k < classes; k++) {
                double back = rules.regressionPerDay * m[k];
                m[k] -= back;
                m[rules.akHits - 1] += back;
            }
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
     * The wound-induced IGF-1 expression over the interval since the last refresh, then the supply
     * classes and their responses (see the class comment). {@code scratch} may be null.
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
        for (int k = 0; k < supplyClasses; k++) {
            response[k] = Math.min(1.0, k * perCount);
        }
        // units leave the classes that shrink, pooled with their mutations, and fill those that grow
        java.util.Arrays.fill(pool, 0.0);
        double pooled = 0;
        for (int k = 0; k < supplyClasses; k++) {
            double out = weight[k] - dist[k];
            if (out > 0) {
                pooled += out;
                for (int c = 0; c < classes; c++) {
                    pool[c] += out * mutation[k][c];
                }
            }
        }
        for (int k = 0; k < supplyClasses; k++) {
            double in = dist[k] - weight[k];
            if (in > 0 && pooled > 0) {
                double[] m = mutation[k];
                for (int c = 0; c < classes; c++) {
                    m[c] = (weight[k] * m[c] + in * pool[c] / pooled) / dist[k];
                }
            }
            weight[k] = dist[k];
        }
    }

    /** Replaces a share of the units with fresh keratinocytes (no damage, no mutations), as a fractional resurfacing does. */
    void replace(double share) {
        double s = Math.max(0.0, Math.min(1.0, share));
        if (s == 0.0) {
            return;
        }
        double keep = 1.0 - s;
        damage *= keep;
        for (double[] m : mutation) {
            for (int c = 0; c < classes; c++) {
                m[c] *= keep;
            }
            m[0] += s;
        }
    }

    private double per100Cm2(double lesions) {
        return lesions * 100.0 / areaCm2;
    }

    double actinicKeratosesPer100Cm2() {
        double atLeast = 0;
        for (int j = 0; j < supplyClasses; j++) {
            for (int k = rules.akHits; k < classes; k++) {
                atLeast += weight[j] * mutation[j][k];
            }
        }
        return per100Cm2(units * atLeast / rules.lesionUnits);
    }

    double cumulativeSccPer100Cm2() {
        return per100Cm2(units * cumulativeScc * rules.sccConversion);
    }

    double cumulativeCarcinomaPer100Cm2() {
        return cumulativeSccPer100Cm2() + per100Cm2(units * cumulativeBcc * rules.bccConversion);
    }

    /** Mean IGF-1 response over units. */
    double igf1Response() {
        double r = 0;
        for (int k = 0; k < supplyClasses; k++) {
            r += weight[k] * response[k];
        }
        return r;
    }

    double igf1Induction() {
        return induction;
    }

    double thickness(double senescentMelanocytes) {
        return Math.max(0.0, 1.0 - rules.melanocyteThinning * senescentMelanocytes);
    }
}
