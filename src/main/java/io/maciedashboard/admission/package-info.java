/**
 * Request admission: how many requests may be at work at once, the others waiting their
 * turn in arrival order. A request gives its turn back while it waits for something other
 * than the processor (Macie, another thread's read), so that a slow Macie holds up only
 * the pages that need it. It uses the servlet API and Spring's filter base, nothing of
 * the dashboard; the packages that wait call
 * {@link io.maciedashboard.admission.RequestAdmission#whileWaiting}.
 */
package io.maciedashboard.admission;
