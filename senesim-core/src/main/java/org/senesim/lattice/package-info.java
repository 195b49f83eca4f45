/**
 * The voxel lattice a skin patch is made of, shared by the parts of the patch that live in their own
 * packages: the lattice's geometry ({@link org.senesim.lattice.Lattice}), the per-voxel fibroblast
 * state codes ({@link org.senesim.lattice.CellState}) and the daily hazard-to-probability rule
 * ({@link org.senesim.lattice.Hazards}). The dermis ({@code tissue}), its matrix ({@code matrix}) and
 * the epidermis ({@code epidermis}) all read them, and none of those packages needs another's to do
 * so, so the three form no cycle. No biology here.
 */
package org.senesim.lattice;
