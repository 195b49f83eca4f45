package org.senesim.observe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of the tissue patch on one day, as image data: a regular grid of nx × ny × nz voxels
 * of edge {@code voxelMicrometres}, x fastest, z (depth, 0 = top of the dermis) slowest. Each named
 * array holds one value per voxel. Writers turn it into VTK image data and report images.
 */
public final class Snapshot {

    private final double simulatedDay;
    private final double ageYears;
    private final int nx;
    private final int ny;
    private final int nz;
    private final double voxelMicrometres;
    private final Map<String, float[]> arrays = new LinkedHashMap<>();

    public Snapshot(double simulatedDay, double ageYears, int nx, int ny, int nz, double voxelMicrometres) {
        this.simulatedDay = simulatedDay;
        this.ageYears = ageYears;
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.voxelMicrometres = voxelMicrometres;
    }

    /** Adds a per-voxel array (copied by the caller if the source keeps changing). */
    public Snapshot put(String name, float[] data) {
        if (data.length != nx * ny * nz) {
            throw new IllegalArgumentException(name + " has " + data.length + " values, grid has " + (nx * ny * nz));
        }
        arrays.put(name, data);
        return this;
    }

    public double simulatedDay() {
        return simulatedDay;
    }

    public double ageYears() {
        return ageYears;
    }

    public int nx() {
        return nx;
    }

    public int ny() {
        return ny;
    }

    public int nz() {
        return nz;
    }

    public double voxelMicrometres() {
        return voxelMicrometres;
    }

    public Map<String, float[]> arrays() {
        return Collections.unmodifiableMap(arrays);
    }
}
