/**
 * Mean-field skins: the expected state of a tissue patch, stepped with the patch's own rules
 * ({@link org.senesim.meanfield.MeanFieldSkin}), and its reduction for cohorts, one number per
 * person ({@link org.senesim.meanfield.ReducedMeanFieldSkin}). Both are organism skin sources, like
 * the lattice patch (in {@code coupling}); tests hold them to the patch.
 */
package org.senesim.meanfield;
