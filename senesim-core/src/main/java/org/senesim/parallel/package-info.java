/**
 * The thread team ({@link org.senesim.parallel.Workers}) and phase timer
 * ({@link org.senesim.parallel.PhaseClock}) that one run's parallel sweeps use: the field solver, the
 * dermis, the matrix and the epidermis split their loops over it. It sits below the model (it uses
 * nothing of Senesim), so the model packages can use it without importing the engine that drives
 * them. No biology here; results never depend on the thread count (chunk boundaries depend only on
 * the range and the grain).
 */
package org.senesim.parallel;
