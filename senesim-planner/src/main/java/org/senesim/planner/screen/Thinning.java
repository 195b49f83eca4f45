package org.senesim.planner.screen;

/**
 * How a search's screening front was thinned before it was judged again day by day
 * ({@link Resolution#thin}).
 *
 * @param cut           the search's evidence cut in words
 * @param screenedFront plans on the screening's front
 * @param judged        of those, the ones judged again on the daily mean field (one per ε-non-dominated box)
 * @param resolution    the boxes in words ("senescence 0.8 %, kc 4 %, cost exact")
 */
public record Thinning(String cut, int screenedFront, int judged, String resolution) {
}
