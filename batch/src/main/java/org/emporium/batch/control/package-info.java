/**
 * What every job of this module shares: CSV output that resumes at its checkpoint, the export directory
 * and the fault drill.
 */
package org.emporium.batch.control;
