package org.emporium.batch.control;

import java.io.Serializable;

/**
 * How far a job has written its output file: the writer's checkpoint, and the step's persistent user data
 * through which the back office finds the file and its row count.
 *
 * @param file  the absolute path of the file
 * @param bytes the file's length after the last committed chunk; a restart cuts the file back to it
 * @param rows  data records up to that length, the header not counted
 */
public record FileOutput(String file, long bytes, long rows) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The exit status a finished export leaves, for whoever lists jobs with asadmin rather than the back office. */
    public String summary() {
        return "EXPORTED rows=" + rows + " file=" + file;
    }
}
