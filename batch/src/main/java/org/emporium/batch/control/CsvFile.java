package org.emporium.batch.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A CSV file that a chunk step appends to and that can be cut back to its last checkpoint. A file is not
 * transactional: lines of a chunk that rolled back are already on disk, so a restart truncates the file to
 * the length its checkpoint recorded before it writes again, and no line ever appears twice.
 */
public final class CsvFile implements AutoCloseable {

    private final Path path;
    private final FileChannel channel;
    private long rows;

    private CsvFile(Path path, FileChannel channel, long rows) {
        this.path = path;
        this.channel = channel;
        this.rows = rows;
    }

    /** Starts the file afresh, replacing any earlier one, with the byte order mark and the header record. */
    public static CsvFile create(Path path, String header) {
        try {
            Path absolute = path.toAbsolutePath().normalize();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            FileChannel channel = FileChannel.open(
                    absolute,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            CsvFile file = new CsvFile(absolute, channel, 0);
            file.write(Csv.UTF8_BOM);
            file.write((header + Csv.RECORD_END).getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + path, e);
        }
    }

    /** Reopens the file of a checkpoint, dropping whatever was written after it. */
    public static CsvFile resume(FileOutput checkpoint) {
        Path path = Path.of(checkpoint.file());
        try {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE);
            if (channel.size() < checkpoint.bytes()) {
                channel.close();
                // The committed part is gone: resuming would leave a hole, so the run must start over.
                throw new IllegalStateException(path + " is shorter (" + Files.size(path) + " bytes) than its last"
                        + " checkpoint (" + checkpoint.bytes() + " bytes); it was changed outside the job");
            }
            channel.truncate(checkpoint.bytes());
            channel.position(checkpoint.bytes());
            return new CsvFile(path, channel, checkpoint.rows());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reopen " + path + " at its checkpoint", e);
        }
    }

    /** Appends records, each given without its terminator. */
    public void append(List<String> records) {
        StringBuilder text = new StringBuilder();
        records.forEach(r -> text.append(r).append(Csv.RECORD_END));
        write(text.toString().getBytes(StandardCharsets.UTF_8));
        rows += records.size();
    }

    /**
     * Where the file stands, after forcing it to disk: a checkpoint must never promise bytes that a crash
     * could still take away.
     */
    public FileOutput position() {
        try {
            channel.force(false);
            return new FileOutput(path.toString(), channel.position(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sync " + path, e);
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + path, e);
        }
    }

    private void write(byte[] bytes) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to " + path, e);
        }
    }
}
