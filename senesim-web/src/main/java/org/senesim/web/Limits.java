package org.senesim.web;

/**
 * What the explorer lets one machine's users ask of it: the server runs on the user's own machine,
 * but a page can be opened by anyone who reaches the port, so every run is bounded.
 *
 * @param maxQueued      jobs waiting to start; one more is answered 429
 * @param maxConcurrent  jobs running at once (each gets the machine's threads divided among them)
 * @param maxVoxelDays   largest job: voxels × simulated days, summed over every run of its design
 * @param maxSeconds     wall time after which a running job is stopped
 * @param maxBodyBytes   largest request body (a scenario is a few kilobytes)
 * @param keptJobs       finished jobs whose results stay in memory (the oldest is dropped first)
 */
public record Limits(int maxQueued, int maxConcurrent, long maxVoxelDays, long maxSeconds, long maxBodyBytes,
                     int keptJobs) {

    public Limits {
        if (maxQueued < 0 || maxConcurrent < 1 || maxVoxelDays < 1 || maxSeconds < 1 || maxBodyBytes < 1024
                || keptJobs < 1) {
            throw new IllegalArgumentException("limits out of range: " + maxQueued + ", " + maxConcurrent + ", "
                    + maxVoxelDays + ", " + maxSeconds + ", " + maxBodyBytes + ", " + keptJobs);
        }
    }

    /**
     * The defaults: one job at a time with four waiting; up to 5·10⁹ voxel-days (the flagship, three
     * arms × twelve seeds of a 100 × 60 section over 50 years, is 3.9·10⁹); 15 minutes; 256 KiB bodies;
     * the last 12 jobs kept.
     */
    public static Limits defaults() {
        return new Limits(4, 1, 5_000_000_000L, 900, 256 * 1024, 12);
    }

    public Limits withQueue(int queued, int concurrent) {
        return new Limits(queued, concurrent, maxVoxelDays, maxSeconds, maxBodyBytes, keptJobs);
    }

    public Limits withMaxVoxelDays(long v) {
        return new Limits(maxQueued, maxConcurrent, v, maxSeconds, maxBodyBytes, keptJobs);
    }

    public Limits withMaxSeconds(long s) {
        return new Limits(maxQueued, maxConcurrent, maxVoxelDays, s, maxBodyBytes, keptJobs);
    }
}
