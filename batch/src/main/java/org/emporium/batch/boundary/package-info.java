/** What the back office and schedules call to start, restart, stop and watch the batch jobs. */
package org.emporium.batch.boundary;
