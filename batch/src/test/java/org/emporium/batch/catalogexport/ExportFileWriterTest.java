package org.emporium.batch.catalogexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.emporium.batch.control.Csv;
import org.emporium.batch.control.ExportDirectoryFixture;
import org.emporium.batch.control.FaultDrill;
import org.emporium.batch.control.FileOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFileWriterTest {

    private static final String HEADER = CatalogCsv.HEADER + "\r\n";

    @TempDir
    Path dir;

    private final AtomicReference<Serializable> userData = new AtomicReference<>();

    @Test
    void a_fresh_run_starts_the_file_with_the_byte_order_mark_and_the_header() throws IOException {
        Path file = dir.resolve("catalog.csv");
        ExportFileWriter writer = writer(file, null);
        writer.open(null);
        writer.writeItems(List.of(List.of("1,衬衫,A")));
        writer.checkpointInfo();
        writer.close();

        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(Csv.UTF8_BOM);
        assertThat(text(file)).isEqualTo(HEADER + "1,衬衫,A\r\n");
    }

    @Test
    void a_restart_cuts_the_file_back_to_its_last_checkpoint_and_writes_each_record_once() throws IOException {
        Path file = dir.resolve("catalog.csv");
        ExportFileWriter first = writer(file, null);
        first.open(null);
        first.writeItems(List.of(List.of("1,牛津纺衬衫,A", "1,牛津纺衬衫,B"), List.of("2,亚麻衬衫,C")));
        first.checkpointInfo();
        first.writeItems(List.of(List.of("3,\"连衣裙,真丝\",D"), List.of("4,针织裙,E")));
        Serializable committed = first.checkpointInfo();
        String afterTwoChunks = text(file);
        first.writeItems(List.of(List.of("5,铸铁锅,F")));
        first.close();
        assertThat(text(file)).as("the rolled-back chunk is on disk").endsWith("5,铸铁锅,F\r\n");

        ExportFileWriter restarted = writer(file, null);
        restarted.open(committed);
        assertThat(text(file)).isEqualTo(afterTwoChunks);

        restarted.writeItems(List.of(List.of("5,铸铁锅,F"), List.of("6,主厨刀,G")));
        FileOutput done = (FileOutput) restarted.checkpointInfo();
        restarted.close();

        assertThat(text(file))
                .isEqualTo(HEADER
                        + "1,牛津纺衬衫,A\r\n1,牛津纺衬衫,B\r\n2,亚麻衬衫,C\r\n"
                        + "3,\"连衣裙,真丝\",D\r\n4,针织裙,E\r\n"
                        + "5,铸铁锅,F\r\n6,主厨刀,G\r\n");
        assertThat(done).isEqualTo(new FileOutput(file.toString(), Files.size(file), 7));
        assertThat(userData.get()).as("what the back office reads").isEqualTo(done);
    }

    @Test
    void the_fault_drill_fails_mid_chunk_and_the_restart_still_writes_each_record_once() throws IOException {
        Path file = dir.resolve("catalog.csv");
        ExportFileWriter drilled = writer(file, "3");
        drilled.open(null);
        drilled.writeItems(List.of(List.of("1,A"), List.of("2,B")));
        Serializable committed = drilled.checkpointInfo();
        assertThatThrownBy(() -> drilled.writeItems(List.of(List.of("3,C"), List.of("4,D"))))
                .isInstanceOf(FaultDrill.Failure.class);
        drilled.close();
        assertThat(text(file)).isEqualTo(HEADER + "1,A\r\n2,B\r\n3,C\r\n");

        ExportFileWriter restarted = writer(file, "");
        restarted.open(committed);
        restarted.writeItems(List.of(List.of("3,C"), List.of("4,D")));
        restarted.checkpointInfo();
        restarted.close();

        assertThat(text(file)).isEqualTo(HEADER + "1,A\r\n2,B\r\n3,C\r\n4,D\r\n");
    }

    @Test
    void without_an_output_parameter_the_file_is_named_after_the_execution_in_the_export_directory() {
        ExportFileWriter writer = writer(null, null);
        writer.open(null);
        FileOutput position = (FileOutput) writer.checkpointInfo();
        writer.close();

        assertThat(Path.of(position.file()))
                .isEqualTo(dir.resolve("exports/catalog-42.csv"))
                .exists();
        assertThat(position.rows()).isZero();
    }

    @Test
    void a_file_shortened_behind_the_jobs_back_is_not_resumed() throws IOException {
        Path file = dir.resolve("catalog.csv");
        ExportFileWriter first = writer(file, null);
        first.open(null);
        first.writeItems(List.of(List.of("1,A")));
        Serializable committed = first.checkpointInfo();
        first.close();
        Files.writeString(file, "");

        assertThatThrownBy(() -> writer(file, null).open(committed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shorter");
    }

    private ExportFileWriter writer(Path output, String failAfterItems) {
        ExportFileWriter writer = new ExportFileWriter();
        writer.output = output == null ? "" : output.toString();
        writer.failAfterItems = failAfterItems;
        writer.exports = ExportDirectoryFixture.at(dir.resolve("exports"));
        writer.job = fake(JobContext.class, (name, args) -> {
            if (name.equals("getExecutionId")) {
                return 42L;
            }
            throw new UnsupportedOperationException(name);
        });
        writer.step = fake(StepContext.class, (name, args) -> switch (name) {
            case "setPersistentUserData" -> {
                userData.set((Serializable) args[0]);
                yield null;
            }
            case "getPersistentUserData" -> userData.get();
            default -> throw new UnsupportedOperationException(name);
        });
        return writer;
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    /** A batch context that answers only what the writer is meant to ask. */
    static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }

    private static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
}
