package org.emporium.catalog.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MediaLibraryTest {

    @Test
    void a_stored_file_name_loses_the_client_folder_and_control_characters() {
        assertThat(MediaLibrary.cleanFileName("C:\\Users\\li\\Pictures\\logo.png"))
                .isEqualTo("logo.png");
        assertThat(MediaLibrary.cleanFileName("../../etc/logo\n.png")).isEqualTo("logo.png");
        assertThat(MediaLibrary.cleanFileName("  ")).isEqualTo("image");
        assertThat(MediaLibrary.cleanFileName("品".repeat(300))).hasSize(MediaLibrary.MAX_FILE_NAME);
    }

    @Test
    void the_same_bytes_have_the_same_sha256_which_is_how_a_second_upload_finds_the_first() {
        byte[] bytes = "abc".getBytes(StandardCharsets.US_ASCII);

        assertThat(MediaLibrary.sha256(bytes))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
                .isEqualTo(MediaLibrary.sha256(bytes.clone()));
    }
}
