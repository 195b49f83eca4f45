package org.senesim.calibration.abc;

import java.util.List;

/** Where completed generations are kept, so an interrupted calibration resumes from the last one. */
public interface GenerationStore {

    /** The completed generations already stored, in order (empty for a new run). */
    List<Generation> load();

    /** Stores a completed generation atomically: after a crash it is either wholly there or absent. */
    void save(Generation generation);

    /** A store that keeps nothing (tests, throwaway runs). */
    static GenerationStore none() {
        return new GenerationStore() {
            @Override
            public List<Generation> load() {
                return List.of();
            }

            @Override
            public void save(Generation generation) {
            }
        };
    }
}
