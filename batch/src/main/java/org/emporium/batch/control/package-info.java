/**
 * What every job of this module shares: CSV output that resumes at its checkpoint, the export directory,
 * the fault drill and the summary a finished step leaves in the exit status.
 */
package org.emporium.batch.control;
