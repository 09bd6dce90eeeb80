/**
 * The jobs page of the back office: ops start, restart and stop batch jobs; staff watch their runs.
 */
package org.emporium.web.backoffice.jobs;
