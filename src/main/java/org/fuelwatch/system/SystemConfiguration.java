package org.fuelwatch.system;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every stage shares. */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    @Bean
    Fonts fonts() {
        return new Fonts();
    }

    @Bean
    Database database(DataSource dataSource) {
        return Database.of(dataSource);
    }
}
