package org.senesim.meanfield;

import org.senesim.evidence.ParameterSet;
import org.senesim.lattice.Hazards;
import org.senesim.lattice.Lattice;
import org.senesim.systemic.OrganismParameters;

/**
 * The day's fibroblast sweep of a {@link MeanFieldSkin}: fates of the healthy cells of each layer
 * and division class, then their daughters placed in the same layer, above or below (steps 2 and
 * 3 of docs/model.md §8). Apart from {@link MeanFieldLayers} because it is the hot loop of every
 * mean-field life (two thirds of a planner evaluation): it is written for the machine (few
 * stores, sums in registers), while doing the patch's arithmetic in a fixed order, so that a
 * life is bit-identical from one version of this loop to the next.
 */
abstract class MeanFieldSweep extends MeanFieldLayers {

    /** The daughters of the layer beyond the top or the bottom: none. */
    private static final double[] NO_DAUGHTERS = new double[DIVISION_CLASSES];

    MeanFieldSweep(ParameterSet p, Lattice lattice, OrganismParameters organism, MeanFieldSkin.BloodSasp blood) {
        super(p, lattice, organism, blood);
    }

    void sweep(double surface, double blood, double keepSenescent, double repairInverse, double inputBase,
                       double progenitor, int progenitorClass) {
        sweep(surface, blood, keepSenescent, repairInverse, inputBase, progenitor, progenitorClass, 1.0, 1.0, 1.0);
    }

    /**
     * The sweep over {@code days} days at once (a stride of the screening fidelity, see
     * {@link MeanFieldSkin#setStrideDays}): every hazard is taken over the stride, so a healthy cell
     * meets at most one event in it, and the damage update is the stride's: {@code inputScale}
     * multiplies the day's damage input so that, with {@code repairInverse} the stride's decay, the
     * implicit daily update applied {@code days} times at a constant input comes out. Cells that
     * become senescent during the stride are kept with {@code formationKeep}, the share of them the
     * daily steps would still hold at its end (a cell turned on day k meets the removal of the
     * days after it). With {@code days = inputScale = formationKeep = 1} this is the day, bit for
     * bit (a product with 1.0 is exact).
     */
    void sweep(double surface, double blood, double keepSenescent, double repairInverse, double inputBase,
               double progenitor, int progenitorClass, double days, double inputScale, double formationKeep) {
        for (int z = 0; z < nz; z++) {
            vacancy[z] = Math.max(0.0, 1.0 - healthyTotal[z] - senescentTotal[z]);
        }
        int lo = lowClass;
        int hi = highClass;
        // the histograms grow by one class only when the top class holds more than a negligible
        // share (the tail beyond the front falls off faster than geometrically)
        boolean extend = false;
        for (int z = 0; z < nz && !extend; z++) {
            // (the top class as it is once the stem cells' owed removal is in: see stemReprogrammed)
            extend = healthy[z][hi] + senescent[z][hi] * stemReprogrammed[z] > NEGLIGIBLE;
        }
        int cap = extend ? Math.min(topClass, hi + 1) : hi;
        // progenitor-derived daughters past the limit join the lumped top class (see topClass)
        progenitorClass = Math.min(progenitorClass, topClass);
        int newLo = Math.min(lo, progenitorClass);
        int newHi = Math.max(cap, progenitorClass);
        int limit = Math.max(lo, Math.min(hi + 1, hayflickLimit));
        // the first two terms of every layer's hazard, summed once (the same left-to-right sum)
        double intrinsic = senescenceIntrinsic + modifiers.extraSenescenceHazard;
        // Pass 1 of layer z (fates) needs nothing pass 2 writes, and pass 2 of layer z - 1 (placing
        // daughters) needs pass 1 of z - 1, z and z + 1 ... of z - 2 .. z: so the two run fused with a
        // lag of one layer, while the daughters of the three layers are still in the cache.
        for (int z = 0; z < nz; z++) {
            fates(z, surface, blood, keepSenescent, repairInverse, inputBase, progenitor, progenitorClass, intrinsic,
                    lo, hi, cap, limit, newLo, newHi, days, inputScale, formationKeep);
            if (z > 0) {
                place(z - 1, progenitor, newLo, newHi);
            }
        }
        place(nz - 1, progenitor, newLo, newHi);
        stemRemovalOwed = false;
        // classes below today's progenitor class empty out as the cells in them age
        while (newLo < progenitorClass && lowClassEmpty(newLo)) {
            for (int z = 0; z < nz; z++) {
                healthy[z][newLo] = 0;
                senescent[z][newLo] = 0;
            }
            newLo++;
        }
        lowClass = newLo;
        highClass = newHi;
    }

    /**
     * Pass 1, one layer: fates of the day's cells; parents that divided move up one class in place,
     * their daughters are kept per source layer ({@code incoming[z][class]}) for pass 2.
     */
    private void fates(int z, double surface, double blood, double keepSenescent, double repairInverse, double inputBase,
                       double progenitor, int progenitorClass, double intrinsic, int lo, int hi, int cap, int limit,
                       int newLo, int newHi, double days, double inputScale, double formationKeep) {
        double[] shares = this.shares;
        double uvHere = surface * dermalProfile[z];
        uvSum[z] += uvHere * days;
        double input = (inputBase + damagePerSed * uvHere) * inputScale;
        double ceiling = capacity < 1.0 ? rules.occupancyCeiling(capacity, growthFactor[z]) : 1.0;
        double crowding = sweptOccupied[z] / (setPoint[z] * ceiling);
        double rDiv = divisionRate * Math.max(0.0, 1.0 - crowding) * (1.0 + divisionGrowthFactorGain * growthFactor[z]);
        double d = Math.min(1.0, (damage[z] + input) * repairInverse);
        double c = sasp[z] + blood;
        double paracrine = senescenceParacrine * c / (paracrineHalf + c);
        double base = intrinsic + senescencePerDamage * d + paracrine;
        divisionTargets(z, shares);
        double success = shares[0] + shares[1] + shares[2];
        if (success > 0) {
            toSame[z] = shares[0] / success;
            toAbove[z] = shares[1] / success;
            toBelow[z] = shares[2] / success;
        } else {
            toSame[z] = 0;
            toAbove[z] = 0;
            toBelow[z] = 0;
        }
        double[] h = healthy[z];
        double[] s = senescent[z];
        double[] born = incoming[z];
        // the stem cells' removal owed since the last sweep, taken as each class is read (h + s·r, s·k)
        double reprogrammed = stemReprogrammed[z];
        double remain = stemRemain[z];
        stemReprogrammed[z] = 0.0;
        stemRemain[z] = 1.0;
        // Daughters of class b land in b + 1, each written once below (no clearing pass over the
        // whole range, which cost as much as a class sweep): only the classes no parent feeds
        // today are zeroed. The top class, when not extended, keeps its own daughters: they are
        // added after the loop (a sum of two, so the order does not change the bits).
        int top = cap > hi ? hi + 1 : hi;
        // (plain loops: these are one or two classes, below the size where Arrays.fill pays its checks)
        for (int b = newLo; b <= lo; b++) {
            born[b] = 0.0;
        }
        for (int b = top + 1; b <= newHi; b++) {
            born[b] = 0.0;
        }
        double topSelf = 0.0;
        double dividedBefore = 0;
        double inductionBase = 0;
        double inductionWeight = 0;
        double stayHealthy = 0;
        double senescentNow = 0;
        // Two hazard classes: at or above the Hayflick limit, and below. Parents and daughters of
        // an ordinary division both carry one more division, so the classes are visited from
        // the top down and the parents move into the class above, already visited. The top
        // class, when not extended, keeps its own.
        for (int range = 1; range >= 0; range--) {
            int from = range == 0 ? lo : limit;
            int to = range == 0 ? limit : hi + 1;
            if (from >= to) {
                continue;
            }
            double hazard = range == 0 ? base : base + senescenceReplicative;
            split(hazard * days, rDiv * days, daySplit);
            double fSen = daySplit[0];
            double fSenKept = fSen * formationKeep;
            double fStay = 1.0 - daySplit[0] - daySplit[1];
            double fDiv = daySplit[2] * success;
            double fSelf = fDiv * (1.0 - progenitor);
            double q = fSen / hazard;
            double withoutParacrine = hazard - paracrine;
            double healthyInRange = 0;
            int b = to - 1;
            if (b >= cap) {
                double sOwed = s[b];
                double n = h[b] + sOwed * reprogrammed;
                healthyInRange += n;
                double sb = sOwed * remain * keepSenescent + n * fSenKept;
                s[b] = sb;
                senescentNow += sb;
                double stay = n * fStay;
                stayHealthy += stay;
                dividedBefore += n * fDiv;
                h[b] = stay;
                topSelf = n * fSelf;
                b--;
            }
            if (b >= from) {
                // the class above's new count waits in a register until this class's parents join it:
                // one store per class instead of two (the loop is bound by its stores)
                double above = h[b + 1];
                for (; b >= from; b--) {
                    double sOwed = s[b];
                    double n = h[b] + sOwed * reprogrammed;
                    healthyInRange += n;
                    double sb = sOwed * remain * keepSenescent + n * fSenKept;
                    s[b] = sb;
                    senescentNow += sb;
                    double stay = n * fStay;
                    stayHealthy += stay;
                    dividedBefore += n * fDiv;
                    double self = n * fSelf;
                    h[b + 1] = above + self;
                    born[b + 1] = self;
                    above = stay - self;
                }
                h[from] = above;
            }
            inductionBase += healthyInRange * withoutParacrine * q;
            inductionWeight += healthyInRange * q;
        }
        if (cap == hi) {
            born[hi] += topSelf;
        }
        dayInductionBase[z] = inductionBase;
        dayInductionWeight[z] = inductionWeight;
        // progenitor-derived daughters start at the class of the day
        born[progenitorClass] += dividedBefore * progenitor;
        bornTotal[z] = dividedBefore;
        dayDamage[z] = d;
        stayTotal[z] = stayHealthy;
        sweptSenescent[z] = senescentNow;
    }

    /**
     * Pass 2, one layer: daughters into their layers (same, above, below). What the patch's sweep
     * counts for tomorrow's contact inhibition and burden: the layer's survivors plus daughters
     * placed into it from the layer above (swept later the same day).
     */
    private void place(int z, double progenitor, int newLo, int newHi) {
        double[] h = healthy[z];
        double[] same = incoming[z];
        double wSame = toSame[z];
        // at the top and bottom the missing neighbour contributes 0 · 0 = +0, which leaves every sum's bits alone
        double[] fromAbove = z > 0 ? incoming[z - 1] : NO_DAUGHTERS;
        double wFromAbove = z > 0 ? toBelow[z - 1] : 0.0;
        double[] fromBelow = z < nz - 1 ? incoming[z + 1] : NO_DAUGHTERS;
        double wFromBelow = z < nz - 1 ? toAbove[z + 1] : 0.0;
        double total = 0;
        for (int b = newLo; b <= newHi; b++) {
            double v = h[b] + (wSame * same[b] + wFromAbove * fromAbove[b] + wFromBelow * fromBelow[b]);
            h[b] = v;
            total += v;
        }
        // daughters of ordinary divisions copy their parent's damage, progenitor-derived ones
        // start undamaged
        double arrivedFromAbove = z > 0 ? wFromAbove * bornTotal[z - 1] : 0.0;
        double copiedDamage = wSame * bornTotal[z] * dayDamage[z];
        if (z > 0) {
            copiedDamage += arrivedFromAbove * dayDamage[z - 1];
        }
        if (z < nz - 1) {
            copiedDamage += wFromBelow * bornTotal[z + 1] * dayDamage[z + 1];
        }
        copiedDamage *= 1.0 - progenitor;
        sweptOccupied[z] = stayTotal[z] + sweptSenescent[z] + arrivedFromAbove;
        damage[z] = total > 0 ? (stayTotal[z] * dayDamage[z] + copiedDamage) / total : dayDamage[z];
        healthyTotal[z] = total;
        senescentTotal[z] = sweptSenescent[z];
    }

    boolean lowClassEmpty(int b) {
        for (int z = 0; z < nz; z++) {
            if (healthy[z][b] > NEGLIGIBLE || senescent[z][b] > NEGLIGIBLE) {
                return false;
            }
        }
        return true;
    }

    /** Day's event probabilities {senescence, apoptosis, division attempt} of a healthy cell. */
    void split(double senescence, double division, double[] out) {
        double total = senescence + apoptosisHealthy + division;
        double p = total > 0 ? Hazards.probability(total) / total : 0.0;
        out[0] = senescence * p;
        out[1] = apoptosisHealthy * p;
        out[2] = division * p;
    }

    /**
     * Probability that a division attempt in layer z places its daughter in the same layer, the
     * layer above or the layer below: the patch scans the neighbours cyclically from a random start
     * and takes the first empty one; each is taken to be empty with its layer's vacancy. Neighbour
     * order as in {@code Dermis.emptyNeighbour}: −x, +x, up, down, then −y, +y in 3D.
     */
    void divisionTargets(int z, double[] shares) {
        double lateral = vacancy[z];
        double up = z == 0 ? 0.0 : vacancy[z - 1];
        double down = z == nz - 1 ? 0.0 : vacancy[z + 1];
        // three sums in registers, not in the array: summing through memory chained every step
        // through a store and a load (the same additions in the same order)
        double same = 0;
        double above = 0;
        double below = 0;
        for (int startDir = 0; startDir < neighbours; startDir++) {
            double noneYet = 1.0 / neighbours;
            for (int k = 0; k < neighbours; k++) {
                int dir = startDir + k < neighbours ? startDir + k : startDir + k - neighbours;
                if (dir == 2) {
                    above += noneYet * up;
                    noneYet *= 1.0 - up;
                } else if (dir == 3) {
                    below += noneYet * down;
                    noneYet *= 1.0 - down;
                } else {
                    same += noneYet * lateral;
                    noneYet *= 1.0 - lateral;
                }
            }
        }
        shares[0] = same;
        shares[1] = above;
        shares[2] = below;
    }
}
