package org.irrigate.app.persistence;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.JdbcType;

/** Axon's {@code @Lob byte[]} read and written as plain bytes, for dialects that store them in a binary column. */
final class InlineBinary {
    private InlineBinary() {
    }

    static boolean isLob(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB;
    }

    /** Reads and writes {@code @Lob} values as {@code binary}: its type code is what schema validation expects. */
    static void register(TypeContributions typeContributions, JdbcType binary) {
        typeContributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(SqlTypes.BLOB, binary);
    }
}
