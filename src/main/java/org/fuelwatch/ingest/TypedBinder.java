package org.fuelwatch.ingest;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;

/**
 * Binds rows of statement parameters by their declared JDBC types, one setter call per value: the JDBC template's own
 * binding looks at each value's class first, which on a million rows costs as much as a tenth of the insert. A null
 * is bound as its type at once.
 */
record TypedBinder(int[] types) {

    BatchPreparedStatementSetter of(List<Object[]> rows) {
        return new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                Object[] row = rows.get(i);
                for (int c = 0; c < row.length; c++) {
                    bind(statement, c + 1, types[c], row[c]);
                }
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        };
    }

    private static void bind(PreparedStatement statement, int index, int type, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.VARCHAR -> statement.setString(index, (String) value);
            case Types.INTEGER -> statement.setInt(index, (Integer) value);
            case Types.BIGINT -> statement.setLong(index, (Long) value);
            case Types.DOUBLE -> statement.setDouble(index, (Double) value);
            case Types.DECIMAL -> statement.setBigDecimal(index, (java.math.BigDecimal) value);
            default -> statement.setObject(index, value, type);
        }
    }
}
