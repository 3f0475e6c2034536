package org.agora.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** The settings the app runs with (not the test profile's): the promises about data. */
class DatabaseSettingsTest {

    private static Properties appSettings() throws IOException {
        return PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
    }

    @Test
    void the_database_is_a_file_in_the_data_directory_that_keeps_every_acknowledged_commit() throws IOException {
        Properties settings = appSettings();
        assertThat(settings.getProperty("spring.datasource.url"))
                .startsWith("jdbc:h2:file:${agora.data-dir}/")
                .contains(";WRITE_DELAY=0");
        assertThat(settings.getProperty("agora.data-dir")).isEqualTo("${AGORA_DATA_DIR:./data}");
    }

    @Test
    void flyway_owns_the_schema_and_views_cannot_load_lazily() throws IOException {
        Properties settings = appSettings();
        assertThat(settings.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        assertThat(settings.getProperty("spring.jpa.open-in-view")).isEqualTo("false");
    }
}
