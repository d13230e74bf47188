package org.fuelwatch.system;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;

/**
 * Which database FuelWatch runs on. The SQL is portable except for upserts and bulk loading.
 *
 * @param postgres true on PostgreSQL, false on H2
 */
public record Database(boolean postgres) {

    public static Database of(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
            return new Database(product.toLowerCase().contains("postgres"));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the database's metadata", e);
        }
    }
}
