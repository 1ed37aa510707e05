package org.irrigate.app.persistence;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * PostgreSQL with Axon's {@code @Lob byte[]} columns (event payload, metadata, tokens) stored as {@code bytea}.
 * Hibernate's default maps them to {@code oid} large objects, which live outside the table, are not removed with
 * their rows, and are not carried by a plain logical backup.
 */
public class ByteaPostgreSQLDialect extends PostgreSQLDialect {

    @Override
    protected String columnType(int sqlTypeCode) {
        return InlineBinary.isLob(sqlTypeCode) ? "bytea" : super.columnType(sqlTypeCode);
    }

    @Override
    protected String castType(int sqlTypeCode) {
        return InlineBinary.isLob(sqlTypeCode) ? "bytea" : super.castType(sqlTypeCode);
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        InlineBinary.register(typeContributions, BinaryJdbcType.INSTANCE);
    }
}
