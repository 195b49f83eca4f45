/**
 * Quasi-steady reaction–diffusion fields on the voxel lattice of a tissue patch.
 *
 * <p>{@link org.senesim.field.LatticeGeometry} describes the lattice (flat index
 * {@code x + nx*(y + ny*z)}, z = depth); {@link org.senesim.field.SteadyField} owns a per-voxel
 * source and value array and solves {@code D∇²c − k c + q = 0} once per simulated day, exactly
 * (fast diagonalisation) on the lattice or on a coarser field grid. Nothing here knows about cells
 * or biology: diffusivities, decay rates and secretion come from the caller.
 */
package org.senesim.field;
