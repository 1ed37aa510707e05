package org.irrigate.app.persistence;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.jdbc.VarbinaryJdbcType;

/**
 * H2 with Axon's {@code @Lob byte[]} columns (event payload, metadata, tokens) stored as {@code binary varying}, in
 * the row. As BLOBs, every payload and metadata value longer than a few hundred bytes was a large object in H2's
 * separate LOB maps: each event written and read twice more, and each removed value left to H2's LOB cleaner — at a
 * million events the file grew past 30 GB while the projections caught up.
 */
public class InlineBinaryH2Dialect extends H2Dialect {
    /** The name H2 reports for the type, so that Hibernate's schema validation recognises the columns. */
    static final String BINARY = "binary varying";

    @Override
    protected String columnType(int sqlTypeCode) {
        return InlineBinary.isLob(sqlTypeCode) ? BINARY : super.columnType(sqlTypeCode);
    }

    @Override
    protected String castType(int sqlTypeCode) {
        return InlineBinary.isLob(sqlTypeCode) ? BINARY : super.castType(sqlTypeCode);
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        InlineBinary.register(typeContributions, VarbinaryJdbcType.INSTANCE);
    }
}
